import { Controller, Get, Header, Module, Res } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Response } from 'express';
import { request } from 'node:http';
import { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressResponses, MIN_COMPRESS_BYTES, negotiateEncoding } from './compression';

const BIG = JSON.stringify({ data: { rows: Array.from({ length: 200 }, (_, i) => ({ id: i, title: `行 ${i}` })) } });

@Controller()
class FakeController {
  @Get('graphql')
  @Header('Content-Type', 'application/json; charset=utf-8')
  big() {
    return BIG;
  }

  @Get('graphql/small')
  @Header('Content-Type', 'application/json; charset=utf-8')
  small() {
    return '{"data":{"ok":true}}';
  }

  @Get('graphql/streamed')
  streamed(@Res() res: Response) {
    res.type('text/plain');
    res.write('a'.repeat(2000));
    res.end('b'.repeat(2000));
  }

  @Get('health')
  health() {
    return { status: 'ok', padding: 'x'.repeat(2000) };
  }
}

@Module({ controllers: [FakeController] })
class FakeModule {}

/** A GET without any decoding of the answer (fetch would decode it): the bytes as sent. */
function get(url: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (done, fail) => {
      const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', fail);
      req.end();
    },
  );
}

describe('negotiateEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0.1', 'gzip'],
    ['BR', 'br'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['gzip;q=0, br;q=0', null],
    ['identity', null],
    ['deflate', null],
    ['', null],
    [undefined, null],
  ])('%s -> %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe('compressResponses', () => {
  let app: NestExpressApplication;
  let url: (path: string) => string;
  beforeAll(async () => {
    app = await NestFactory.create<NestExpressApplication>(FakeModule, { logger: false });
    app.use(compressResponses(/^\/graphql\/?$/));
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    url = (path) => `http://127.0.0.1:${port}${path}`;
  });
  afterAll(() => app.close());

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)(
    'compresses a whole answer of the paths given with %s, and it decodes to the answer',
    async (encoding, decode) => {
      const response = await get(url('/graphql'), `${encoding}, deflate`);
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers.vary).toMatch(/Accept-Encoding/i);
      expect(Number(response.headers['content-length'])).toBe(response.body.length);
      expect(response.body.length).toBeLessThan(Buffer.byteLength(BIG));
      expect(decode(response.body).toString('utf8')).toBe(BIG);
    },
  );

  it('leaves uncompressed: no accepted encoding, a small answer, a streamed one, other paths', async () => {
    const plain = await get(url('/graphql'));
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString('utf8')).toBe(BIG);
    expect((await get(url('/graphql'), 'identity')).headers['content-encoding']).toBeUndefined();

    const small = await get(url('/graphql/small'), 'br');
    expect(small.body.length).toBeLessThan(MIN_COMPRESS_BYTES);
    expect(small.headers['content-encoding']).toBeUndefined();

    const health = await get(url('/health'), 'br, gzip');
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(health.body.toString('utf8'))).toMatchObject({ status: 'ok' });
  });

  it('passes a streamed answer as written', async () => {
    // A path the middleware covers only in this spec: the answer is written in two pieces.
    const streamApp = await NestFactory.create<NestExpressApplication>(FakeModule, { logger: false });
    streamApp.use(compressResponses(/^\/graphql\/streamed$/));
    await streamApp.listen(0, '127.0.0.1');
    try {
      const { port } = streamApp.getHttpServer().address() as AddressInfo;
      const streamed = await get(`http://127.0.0.1:${port}/graphql/streamed`, 'br');
      expect(streamed.headers['content-encoding']).toBeUndefined();
      expect(streamed.body.toString('utf8')).toBe('a'.repeat(2000) + 'b'.repeat(2000));
    } finally {
      await streamApp.close();
    }
  });
});
