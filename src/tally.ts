// Counts per client (its connections, body bytes, queries in flight or running): a client whose count
// is back to zero is forgotten, so the maps hold only clients with something open.
export class Tally {
  private readonly counts = new Map<string, number>();

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Adds `delta` (negative to give back) to `key`'s count and returns the new count. */
  add(key: string, delta: number): number {
    const value = this.get(key) + delta;
    if (value > 0) this.counts.set(key, value);
    else this.counts.delete(key);
    return value;
  }

  /** How many keys count more than zero. */
  get size(): number {
    return this.counts.size;
  }
}
