import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
  res.setHeader('Content-Security-Policy', WEB_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

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

  const isPageRequest = (req: Request) => (req.method === 'GET' || req.method === 'HEAD') && !API_PATH.test(req.path);

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

  app.useStaticAssets(distDir, {
    index: false,
    redirect: false,
    fallthrough: true,
    setHeaders: (res: Response, path: string) => {
      const relative = path.slice(distDir.length).replace(/\\/g, '/');
      res.setHeader('Cache-Control', HASHED_ASSET.test(relative) ? 'public, max-age=31536000, immutable' : 'no-cache');
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
