import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { IncomingHttpHeaders, request } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serveWebApp, WEB_CSP } from './serve-web-app';

@Controller()
class FakeApiController {
  @Get('health')
  health() {
    return { status: 'ok' };
  }
}

@Module({ controllers: [FakeApiController] })
class FakeApiModule {}

/** A bare Nest app with one API route, serving `distDir` as the service does. */
async function start(distDir: string): Promise<{ app: INestApplication; url: (path: string) => string }> {
  const app = await NestFactory.create<NestExpressApplication>(FakeApiModule, { logger: false });
  serveWebApp(app, distDir);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: (path) => `http://127.0.0.1:${port}${path}` };
}

/** A request whose answer is read as sent (fetch would decode it). */
function raw(url: string, headers: Record<string, string>, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** A page answer's text, whatever its encoding. */
function decode(response: { headers: IncomingHttpHeaders; body: Buffer }): string {
  const encoding = response.headers['content-encoding'];
  const bytes =
    encoding === 'br'
      ? brotliDecompressSync(response.body)
      : encoding === 'gzip'
        ? gunzipSync(response.body)
        : response.body;
  return bytes.toString('utf8');
}

describe('serveWebApp', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'musubi-web-spec-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('serves the built app with security headers, long-cached hashed assets and the SPA fallback', async () => {
    const html = '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>';
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), html);
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    const { app, url } = await start(root);
    try {
      const page = await fetch(url('/'));
      expect(page.status).toBe(200);
      expect(await page.text()).toBe(html);
      expect(page.headers.get('content-security-policy')).toBe(WEB_CSP);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('cache-control')).toBe('no-cache');

      const asset = await fetch(url('/assets/index-abc123.js'));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

      const deep = await fetch(url('/coordinator/inbox?x=1'));
      expect(deep.status).toBe(200);
      expect(await deep.text()).toBe(html);

      expect((await fetch(url('/assets/gone-000.js'))).status).toBe(404);
      // The API's routes answer for themselves, without the page's headers.
      const health = await fetch(url('/health'));
      expect(await health.json()).toEqual({ status: 'ok' });
      expect(health.headers.get('content-security-policy')).toBeNull();
      expect((await fetch(url('/graphql'))).status).toBe(404);
      expect((await fetch(url('/'), { method: 'POST' })).status).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('serves the page and the files compressed by Accept-Encoding, each compressed once and validated by ETag', async () => {
    const html = `<!doctype html><title>Musubi</title>${'<p>結び — tying together</p>'.repeat(60)}`;
    const script = `export const rows = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ id: i })))};`;
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), html);
    writeFileSync(join(root, 'assets', 'index-abc123.js'), script);
    writeFileSync(join(root, 'assets', 'logo-abc123.png'), Buffer.alloc(4000, 7));
    const { app, url } = await start(root);
    try {
      for (const [encoding, decode] of [
        ['br', brotliDecompressSync],
        ['gzip', gunzipSync],
      ] as const) {
        for (const [path, body, type, cache] of [
          ['/', html, 'text/html', 'no-cache'],
          ['/matches/42?tab=SHARED', html, 'text/html', 'no-cache'],
          ['/assets/index-abc123.js', script, 'text/javascript', 'public, max-age=31536000, immutable'],
        ]) {
          const response = await raw(url(path), { 'accept-encoding': `${encoding}, deflate` });
          expect([path, response.status, response.headers['content-encoding']]).toEqual([path, 200, encoding]);
          expect(response.headers['content-type']).toContain(type);
          expect(response.headers['cache-control']).toBe(cache);
          expect(response.headers.vary).toMatch(/Accept-Encoding/i);
          expect(Number(response.headers['content-length'])).toBe(response.body.length);
          expect(decode(response.body).toString('utf8')).toBe(body);
          // The page keeps its security headers.
          expect(response.headers['content-security-policy']).toBe(WEB_CSP);
          const etag = response.headers.etag as string;
          const again = await raw(url(path), { 'accept-encoding': encoding, 'if-none-match': etag });
          expect([path, again.status, again.body.length]).toEqual([path, 304, 0]);
        }
      }
      const head = await raw(url('/assets/index-abc123.js'), { 'accept-encoding': 'br' }, 'HEAD');
      expect([head.status, head.headers['content-encoding'], head.body.length]).toEqual([200, 'br', 0]);
      // Without an accepted encoding, or for a file that is not text: as it is.
      const plain = await raw(url('/'), { 'accept-encoding': 'identity' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString('utf8')).toBe(html);
      expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
      const png = await raw(url('/assets/logo-abc123.png'), { 'accept-encoding': 'br, gzip' });
      expect([png.status, png.headers['content-encoding'], png.body.length]).toEqual([200, undefined, 4000]);
      // A missing hashed asset is still a 404, and nothing outside the build is read.
      expect((await raw(url('/assets/gone-000.js'), { 'accept-encoding': 'br' })).status).toBe(404);
      const outside = await raw(url('/..%2f..%2fpackage.json'), { 'accept-encoding': 'br' });
      expect(outside.status === 404 || decode(outside).includes('<title>Musubi</title>')).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('starts without a build and says how to make one', async () => {
    const { app, url } = await start(join(root, 'missing'));
    try {
      const page = await fetch(url('/'));
      expect(page.status).toBe(503);
      expect(page.headers.get('content-type')).toContain('text/plain');
      expect(await page.text()).toContain('npm run build:web');
      expect(await (await fetch(url('/health'))).json()).toEqual({ status: 'ok' });
    } finally {
      await app.close();
    }
  });
});
