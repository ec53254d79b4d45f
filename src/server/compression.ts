// Compressed answers for clients that accept them (br, then gzip): bodies under a kilobyte are
// sent as they are. Compression runs on libuv's thread pool, never blocking the HTTP thread; an
// answer from the cache is compressed once and kept compressed.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import Negotiator from 'negotiator';

export type Encoding = 'br' | 'gzip';

const MIN_BYTES = 1024;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The encoding to answer with, given Accept-Encoding and the body's type and size; undefined for none. */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  contentType: string | undefined,
  bytes: number,
): Encoding | undefined {
  if (!acceptEncoding || bytes < MIN_BYTES) return undefined;
  // Already compressed, or not worth it.
  if (contentType && /^(image|audio|video)\/|zip|gzip/.test(contentType)) return undefined;
  const best = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }).encoding(['br', 'gzip']);
  return best === 'br' || best === 'gzip' ? best : undefined;
}

export function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  // Brotli's middle quality: most of its gain at a fraction of its highest setting's time.
  return encoding === 'br'
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipAsync(body, { level: 6 });
}

/** Adds Accept-Encoding to a Vary header value. */
export function varyEncoding(vary: string | undefined): string {
  if (!vary) return 'Accept-Encoding';
  return /accept-encoding/i.test(vary) ? vary : `${vary}, Accept-Encoding`;
}
