// Serialised results kept in memory: the data never changes while the server runs, so the same
// query over the same dataset in the same format always gives the same bytes.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export interface CachedResult {
  body: string;
  contentType: string;
  etag: string;
}

export class ResultCache {
  private readonly entries?: LRUCache<string, CachedResult>;

  /** `maxBytes` 0 turns caching off (every query runs); ETags still work. */
  constructor(maxBytes: number) {
    if (maxBytes > 0) {
      this.entries = new LRUCache<string, CachedResult>({
        maxSize: maxBytes,
        // Strings are UTF-16 in memory: two bytes a code unit, plus the key.
        sizeCalculation: (value, key) => 2 * (value.body.length + key.length) + 200,
        // A single result larger than a quarter of the cache would evict everything else.
        maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
      });
    }
  }

  get enabled(): boolean {
    return this.entries !== undefined;
  }

  get(key: string): CachedResult | undefined {
    return this.entries?.get(key);
  }

  set(key: string, value: CachedResult): void {
    this.entries?.set(key, value);
  }

  clear(): void {
    this.entries?.clear();
  }

  stats() {
    return { enabled: this.enabled, entries: this.entries?.size ?? 0, bytes: this.entries?.calculatedSize ?? 0 };
  }
}

/** ETag basis of a result: the data's hash and everything that shapes the answer. */
export function resultKey(dataHash: string, parts: unknown[]): string {
  return createHash('sha256').update(dataHash).update(JSON.stringify(parts)).digest('base64url');
}
