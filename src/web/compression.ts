import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export type Encoding = 'br' | 'gzip';

/** Responses smaller than this go uncompressed: the saving is less than the work. */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * Brotli quality: 4 for answers compressed per request; 9 for the web app's files, compressed once
 * and kept. Quality 11 saves about 10 % more than 9 on the app's script but took 14 s of a core
 * for 900 kB on the development machine (9: 0.7 s).
 */
const BROTLI_QUALITY = { response: 4, file: 9 } as const;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Bytes compressed with `encoding`, in zlib's thread pool (the event loop keeps serving). */
export function compress(body: Buffer, encoding: Encoding, kind: keyof typeof BROTLI_QUALITY): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY[kind],
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: kind === 'file' ? 9 : 6 });
}

/**
 * The encoding to answer with for an Accept-Encoding header: brotli or gzip, whichever the client
 * weighs more (brotli on a tie, being smaller), neither when it accepts neither. `*` stands for
 * any coding it does not name; `q=0` refuses one.
 */
export function negotiateEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: Encoding) => weights.get(name) ?? weights.get('*') ?? 0;
  const [br, gz] = [weightOf('br'), weightOf('gzip')];
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return null;
}

/** Content types worth compressing: text, JSON, JavaScript, SVG, XML. */
export function isCompressible(contentType: string | number | string[] | undefined): boolean {
  const type = (typeof contentType === 'string' ? contentType : '').split(';')[0].trim().toLowerCase();
  return (
    type.startsWith('text/') ||
    /^application\/([\w.+-]+\+)?(json|javascript|xml)$/.test(type) ||
    type === 'image/svg+xml' ||
    type === 'application/manifest+json'
  );
}

type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => Response;

/**
 * Compresses, by Accept-Encoding, the whole answers of the paths matched (GraphQL over HTTP):
 * an answer written in one piece (res.send, res.end(body)) of a compressible type and at least
 * MIN_COMPRESS_BYTES. An answer streamed in pieces (res.write) passes as written, so a streamed
 * answer is never held back; so do HEAD, 204 and 304 answers. WebSocket upgrades never reach
 * Express middleware.
 */
export function compressResponses(paths: RegExp): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!paths.test(req.path)) return next();
    res.vary('Accept-Encoding');
    const encoding = negotiateEncoding(req.headers['accept-encoding']);
    if (!encoding || req.method === 'HEAD') return next();

    const write: Response['write'] = res.write.bind(res);
    const end = res.end.bind(res) as End;
    const restore = () => {
      res.write = write;
      res.end = end as Response['end'];
    };
    res.write = ((...args: Parameters<Response['write']>) => {
      restore();
      return write(...args);
    }) as Response['write'];
    res.end = ((chunk?: unknown, chunkEncoding?: unknown, callback?: unknown) => {
      restore();
      if (typeof chunk === 'function' || chunk === undefined || chunk === null)
        return end(chunk, chunkEncoding, callback);
      const cb = typeof chunkEncoding === 'function' ? chunkEncoding : callback;
      const body = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk as string, typeof chunkEncoding === 'string' ? (chunkEncoding as BufferEncoding) : 'utf8');
      const skip =
        body.length < MIN_COMPRESS_BYTES ||
        res.headersSent ||
        res.statusCode === 204 ||
        res.statusCode === 304 ||
        res.getHeader('Content-Encoding') !== undefined ||
        !isCompressible(res.getHeader('Content-Type'));
      if (skip) return end(body, cb);
      compress(body, encoding, 'response').then(
        (compressed) => {
          res.setHeader('Content-Encoding', encoding);
          res.setHeader('Content-Length', compressed.length);
          end(compressed, cb);
        },
        () => end(body, cb),
      );
      return res;
    }) as Response['end'];
    next();
  };
}

export interface CompressedFile {
  body: Buffer;
  etag: string;
}

/**
 * The web app's files compressed once per encoding and kept in memory (the build's files do not
 * change while the service runs; a changed size or time compresses anew). Identical requests while
 * one compression runs share it. Null when compressing does not make the file smaller.
 */
export class CompressedFiles {
  private readonly kept = new Map<string, Promise<CompressedFile | null>>();

  async get(path: string, encoding: Encoding): Promise<CompressedFile | null> {
    const info = await stat(path);
    const key = `${encoding}:${path}:${info.size}:${info.mtimeMs}`;
    let entry = this.kept.get(key);
    if (!entry) {
      for (const old of this.kept.keys()) if (old.startsWith(`${encoding}:${path}:`)) this.kept.delete(old);
      entry = readFile(path).then(async (raw) => {
        const body = await compress(raw, encoding, 'file');
        if (body.length >= raw.length) return null;
        return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
      });
      // A failed read is not kept: the next request tries again.
      entry.catch(() => this.kept.delete(key));
      this.kept.set(key, entry);
    }
    return entry;
  }
}
