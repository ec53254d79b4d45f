// What the WebAssembly store can hold, said in words when it cannot, and how bytes are handed to it. Apart
// from load.ts because a worker needs it before it is ready (pack.ts), without the parsers and writers that
// load.ts brings.
import { AppError } from '../errors.ts';

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const STORE_CEILING =
  'Each query worker holds the whole graph (and its union as the default graph) in a WebAssembly store whose ' +
  'memory cannot grow past 4 GiB (about 8 million quads with their union; 5 million take 2.7 GB).';

/** A WebAssembly trap while loading (its memory exhausted): said in words, with the limit that should have stopped it. */
export function storeFull(where: string, error: unknown, limit: number): AppError {
  return new AppError(
    'too-large',
    `${where}: the store ran out of memory while loading (${(error as Error).message}). ${STORE_CEILING} ` +
      `The data is under the ${mb(limit)} limit (SUMMIT_KG_MAX_DATA_BYTES) but does not fit: lower the limit, split the ` +
      'data, or serve it from an external triple store (summit-kg serve --store URL).',
    { limit: { setting: 'SUMMIT_KG_MAX_DATA_BYTES', value: limit } },
  );
}

/** Whether an error thrown by the engine is a WebAssembly trap (the store is then unusable), not a parse error. */
export const isTrap = (error: unknown) =>
  error instanceof RangeError || (error instanceof Error && error.constructor.name === 'RuntimeError');

/** Bytes handed to the engine in slices: it parses across their boundaries, and no slice is ever a whole file's copy. */
export function* slices(bytes: Uint8Array, size = 8 * 1024 * 1024): Generator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) {
    yield bytes.subarray(start, Math.min(bytes.length, start + size));
  }
}
