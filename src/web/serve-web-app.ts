import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { CompressedFiles, negotiateEncoding } from './compression';

/**
 * The page's security headers. Everything the bundle needs comes from this origin: scripts and
 * styles are files in web/dist/assets (no inline script), the API is /graphql on the same origin,
 * cytoscape and chart.js draw on canvas. Inline style attributes stay blocked; React and the two
 * libraries set styles through the CSSOM, which CSP does not restrict.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths the web app never answers: the API and the health checks keep their own routes. */
const API_PATH = /^\/(graphql|health)(\/|$|\?)/;
/** Vite writes content-hashed names under assets/: they never change, so caches may keep them. */
const HASHED_ASSET = /^\/assets\//;

const isPageRequest = (req: Request) => (req.method === 'GET' || req.method === 'HEAD') && !API_PATH.test(req.path);

/**
 * web/dist seen from this file: src/web (ts-jest, ts-node) or dist/src/web (compiled), both two or
 * three levels below the repository root.
 */
export function defaultWebDistDir(): string {
  const candidates = [
    resolve(__dirname, '..', '..', 'web', 'dist'),
    resolve(__dirname, '..', '..', '..', 'web', 'dist'),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[0];
}

function setPageHeaders(res: Response): void {
  // The same URL answers compressed or not by Accept-Encoding: caches must keep them apart.
  res.vary('Accept-Encoding');
  res.setHeader('Content-Security-Policy', WEB_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

const cacheControlOf = (relative: string) =>
  HASHED_ASSET.test(relative) ? 'public, max-age=31536000, immutable' : 'no-cache';

/**
 * The web app's files compressed, for a client that accepts brotli or gzip: a file of the build,
 * or index.html for any other page path (the SPA fallback), from CompressedFiles (compressed once,
 * kept). Anything else (no such encoding, a file not worth compressing, a missing hashed asset)
 * goes on to the uncompressed serving below it.
 */
function serveCompressed(distDir: string, indexFile: string) {
  const files = new CompressedFiles();
  const root = resolve(distDir);
  return (req: Request, res: Response, next: NextFunction) => {
    const encoding = negotiateEncoding(req.headers['accept-encoding']);
    if (!encoding || !isPageRequest(req)) return next();
    let path: string;
    try {
      path = resolve(root, `.${decodeURIComponent(req.path)}`);
    } catch {
      return next();
    }
    // Inside the build only, and no dot files (express.static's rules for the same paths).
    const inside = path === root || path.startsWith(root + sep);
    if (!inside || path.includes('\0') || /[\\/]\./.test(path.slice(root.length))) return next();
    void (async () => {
      const file = (await isFile(path)) ? path : HASHED_ASSET.test(req.path) ? null : indexFile;
      const type = file ? COMPRESSIBLE_TYPES[extname(file).toLowerCase()] : undefined;
      if (!file || !type) return next();
      const compressed = await files.get(file, encoding);
      if (!compressed) return next();
      res.setHeader('Content-Type', type);
      res.setHeader('Cache-Control', cacheControlOf(file.slice(root.length).replace(/\\/g, '/')));
      res.setHeader('ETag', compressed.etag);
      if (req.headers['if-none-match'] === compressed.etag) return res.status(304).end();
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', compressed.body.length);
      res.status(200).end(req.method === 'HEAD' ? undefined : compressed.body);
    })().catch(next);
  };
}

/** The build's text files by extension; anything else (images, fonts: compressed already) is served as it is. */
const COMPRESSIBLE_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * Serves the built web app (web/dist) at `/`, with the SPA fallback: any other GET or HEAD that is
 * not the API or a health check answers index.html, so a reload on a client route works. Registered
 * before Nest's routes, so it must step aside for /graphql and /health*. When the app was not built
 * the service still starts, and `/` says how to build it.
 */
export function serveWebApp(app: NestExpressApplication, distDir = defaultWebDistDir()): void {
  const indexFile = join(distDir, 'index.html');
  const built = existsSync(indexFile);
  if (!built) new Logger('WebApp').warn(`web app not built (${indexFile} missing): run npm run build:web`);

  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isPageRequest(req)) return next();
    setPageHeaders(res);
    if (built) return next();
    res
      .status(503)
      .type('text/plain')
      .send('The web app is not built. Run `npm run build:web`, then restart the service.\n');
  });
  if (!built) return;

  app.use(serveCompressed(distDir, indexFile));
  app.useStaticAssets(distDir, {
    index: false,
    redirect: false,
    fallthrough: true,
    setHeaders: (res: Response, path: string) => {
      res.setHeader('Cache-Control', cacheControlOf(path.slice(distDir.length).replace(/\\/g, '/')));
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isPageRequest(req)) return next();
    // A missing hashed asset is a real 404, not the page: a stale tab must not get HTML for a script.
    if (HASHED_ASSET.test(req.path)) return res.status(404).type('text/plain').send('Not found\n');
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
}
