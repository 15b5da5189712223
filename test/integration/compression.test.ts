/**
 * The running API compresses what the web app downloads: the page, its files and GraphQL answers,
 * with brotli or gzip as the client asks. Needs web/dist (`npm test` builds it first).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { IncomingHttpHeaders, request } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { AppConfig } from '../../src/config/app-config';
import { TestApi, startTestApi } from '../support/api-client';
import { deleteQueueKeys } from '../support/services';
import { TEST_ADMIN, testConfig } from '../support/test-env';

const WEB_DIST = resolve(__dirname, '..', '..', 'web', 'dist');
const DECODE = { br: brotliDecompressSync, gzip: gunzipSync } as const;

/** An answer read as sent: Node's http does not decode it (fetch would). */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

describe('compressed answers of the running API', () => {
  let config: AppConfig;
  let api: TestApi;
  let token: string;

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html')))
      throw new Error('web/dist is missing: run `npm run build:web` first');
    config = await testConfig();
    api = await startTestApi(config);
    token = await api.signIn(TEST_ADMIN.email, TEST_ADMIN.password);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    if (config) await deleteQueueKeys(config.redis.url, config.queue.prefix);
  });

  /** The largest script of the build: the one the sign-in page loads first. */
  const largestScript = () =>
    readdirSync(join(WEB_DIST, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ f, size: readFileSync(join(WEB_DIST, 'assets', f)).length }))
      .sort((a, b) => b.size - a.size)[0].f;

  it.each(['br', 'gzip'] as const)('the page and its largest script, with %s', async (encoding) => {
    for (const [path, file] of [
      ['/', 'index.html'],
      [`/assets/${largestScript()}`, `assets/${largestScript()}`],
    ]) {
      const response = await send(api.url(path), { headers: { 'accept-encoding': `${encoding}, deflate` } });
      const original = readFileSync(join(WEB_DIST, file));
      expect([path, response.status, response.headers['content-encoding']]).toEqual([path, 200, encoding]);
      expect(response.headers.vary).toMatch(/Accept-Encoding/i);
      expect(response.body.length).toBeLessThan(original.length);
      expect(DECODE[encoding](response.body).equals(original)).toBe(true);
    }
  });

  it.each(['br', 'gzip'] as const)('a GraphQL answer of 1 kB or more, with %s', async (encoding) => {
    const query = '{ __schema { types { name description } } }';
    const response = await send(api.url('/graphql'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'accept-encoding': encoding,
      },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    const answer = JSON.parse(DECODE[encoding](response.body).toString('utf8')) as {
      data: { __schema: { types: { name: string }[] } };
    };
    expect(answer.data.__schema.types.map((t) => t.name)).toEqual(expect.arrayContaining(['Match', 'MatchStatus']));
    // The same answer uncompressed for a client that asks for none.
    const plain = await send(api.url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString('utf8'))).toEqual(answer);
  });

  it('leaves small answers and the health checks uncompressed; subscriptions still connect', async () => {
    const small = await send(api.url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      body: JSON.stringify({ query: '{ serviceInfo { name } }' }),
    });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { serviceInfo: { name: 'musubi' } } });
    for (const path of ['/health', '/health/ready']) {
      const health = await send(api.url(path), { headers: { 'accept-encoding': 'br, gzip' } });
      expect([path, health.status, health.headers['content-encoding']]).toEqual([path, 200, undefined]);
      expect(typeof (JSON.parse(health.body.toString('utf8')) as { status: unknown }).status).toBe('string');
    }
    // A subscription over the WebSocket on the same path is accepted (no Express middleware on upgrades).
    const client = createClient({
      url: api.url('/graphql').replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    try {
      const acknowledged = new Promise<boolean>((done) => client.on('connected', () => done(true)));
      const dispose = client.subscribe(
        { query: 'subscription { matchSuggested { id } }' },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
      expect(await acknowledged).toBe(true);
      dispose();
    } finally {
      await client.dispose();
    }
  });
});
