// Answers kept in memory: the data never changes while the server runs, so the same query over the
// same dataset in the same format always gives the same bytes.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export interface CachedAnswer {
  body: Buffer;
  contentType: string;
  etag: string;
  form: string;
  /** The body compressed, once a client asked for it so. */
  encoded?: Partial<Record<'br' | 'gzip', Buffer>>;
}

/** A byte-bounded LRU cache with hit and miss counts; `maxBytes` 0 turns it off. */
export class ByteCache<V> {
  private readonly entries?: LRUCache<string, { value: V; bytes: number }>;
  hits = 0;
  misses = 0;

  constructor(
    maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {
    if (maxBytes > 0) {
      this.entries = new LRUCache({
        maxSize: maxBytes,
        // Keys are UTF-16 in memory: two bytes a code unit, plus bookkeeping.
        sizeCalculation: (entry, key) => entry.bytes + 2 * key.length + 100,
        // A single entry larger than a quarter of the cache would evict everything else.
        maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
      });
    }
  }

  get enabled(): boolean {
    return this.entries !== undefined;
  }

  get(key: string): V | undefined {
    if (!this.entries) return undefined;
    const entry = this.entries.get(key);
    if (entry) this.hits++;
    else this.misses++;
    return entry?.value;
  }

  /** The entry, without counting a hit or a miss (and without refreshing its place in the LRU order). */
  peek(key: string): V | undefined {
    return this.entries?.peek(key)?.value;
  }

  set(key: string, value: V): void {
    this.entries?.set(key, { value, bytes: this.sizeOf(value) });
  }

  stats() {
    return {
      enabled: this.enabled,
      entries: this.entries?.size ?? 0,
      bytes: this.entries?.calculatedSize ?? 0,
      maxBytes: this.entries?.maxSize ?? 0,
      hits: this.hits,
      misses: this.misses,
    };
  }
}

export function answerCache(maxBytes: number): ByteCache<CachedAnswer> {
  // Compressed variants are small beside the body (a third of it at most): counted in the body's allowance.
  return new ByteCache<CachedAnswer>(
    maxBytes,
    (answer) => Math.ceil(answer.body.length * 1.5) + answer.contentType.length + 64,
  );
}

/** An entity tag for everything that shapes an answer, given the data's hash. */
export function entityTag(dataHash: string, parts: unknown[]): string {
  const digest = createHash('sha256').update(dataHash).update(JSON.stringify(parts)).digest('base64url');
  return `"${digest.slice(0, 32)}"`;
}

/** If-None-Match: a list of entity tags (weak or strong) or '*'. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}
