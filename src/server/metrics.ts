// /metrics in the Prometheus text format, for the dashboards people already run: requests by route
// and status, queries by form and outcome with their durations, the pool (queue, workers,
// replacements by cause), the caches (sizes, hit rates) and the process (memory, event loop).
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ByteCache } from '../sparql/index.ts';
import type { WorkerPool } from '../workers/index.ts';
import type { BodyBudget } from './bodies.ts';

export type CacheStats = Pick<ByteCache<unknown>, 'stats'>;

export interface MetricSources {
  pool: Pick<WorkerPool, 'stats'>;
  /** The caches by name, read at each scrape. */
  caches: Record<string, CacheStats>;
  bodies: Pick<BodyBudget, 'heldBytes'>;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'summit_kg_http_requests_total',
    help: 'HTTP requests answered, by route and status',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly queries = new Counter({
    name: 'summit_kg_queries_total',
    help: 'SPARQL queries (from /sparql and saved queries), by form and outcome (ok, hit, not-modified, or the error kind)',
    labelNames: ['form', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly durations = new Histogram({
    name: 'summit_kg_query_duration_seconds',
    help: 'Time to answer a SPARQL query, cache hits included',
    labelNames: ['form'] as const,
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30],
    registers: [this.registry],
  });

  constructor(sources: MetricSources) {
    collectDefaultMetrics({ register: this.registry, prefix: 'summit_kg_' });
    const gauge = (name: string, help: string, labelNames: string[], collect: (g: Gauge) => void) =>
      new Gauge({
        name,
        help,
        labelNames,
        registers: [this.registry],
        collect() {
          collect(this);
        },
      });
    gauge('summit_kg_queue_length', 'Jobs waiting for a worker', [], (g) => g.set(sources.pool.stats().queued));
    gauge('summit_kg_request_body_bytes', 'Bytes of request bodies admitted and not yet answered', [], (g) =>
      g.set(sources.bodies.heldBytes),
    );
    gauge('summit_kg_workers', 'Workers by state', ['state'], (g) => {
      const stats = sources.pool.stats();
      g.set({ state: 'ready' }, stats.ready);
      g.set({ state: 'busy' }, stats.busy);
    });
    gauge('summit_kg_worker_replacements', 'Workers replaced since start, by cause', ['cause'], (g) => {
      for (const [cause, n] of Object.entries(sources.pool.stats().retired)) g.set({ cause }, n);
    });
    gauge('summit_kg_cache_bytes', 'Bytes held by each cache', ['cache'], (g) => {
      for (const [cache, c] of Object.entries(sources.caches)) g.set({ cache }, c.stats().bytes);
      g.set({ cache: 'parsed-queries' }, sources.pool.stats().analysisCache.bytes);
    });
    gauge('summit_kg_cache_hits', 'Cache lookups that found an entry, since start', ['cache'], (g) => {
      for (const [cache, c] of Object.entries(sources.caches)) g.set({ cache }, c.stats().hits);
    });
    gauge('summit_kg_cache_misses', 'Cache lookups that found nothing, since start', ['cache'], (g) => {
      for (const [cache, c] of Object.entries(sources.caches)) g.set({ cache }, c.stats().misses);
    });
  }

  request(route: string, status: number): void {
    this.requests.inc({ route, status: String(status) });
  }

  query(form: string, outcome: string, seconds: number): void {
    this.queries.inc({ form, outcome });
    this.durations.observe({ form }, seconds);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
