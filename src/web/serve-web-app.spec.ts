import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
