// The server's own probes: the prefix table, /health and /metrics.
import type { Catalog } from '../catalog/index.ts';
import type { Operation, Reply } from '../operation.ts';
import { PREFIXES } from '../rdf/index.ts';
import type { ValidationSummary } from '../shacl/index.ts';
import type { Dataset, WorkerPool } from '../workers/index.ts';
import type { CacheStats, Metrics } from './metrics.ts';

export interface SiteContext {
  graph: Pick<Dataset, 'quadCount' | 'graphs' | 'hash' | 'files'> & { tripleCount: number };
  pool: Pick<WorkerPool, 'stats'>;
  caches: Record<string, CacheStats>;
  metrics: Metrics;
  catalog: Catalog;
  /** The graph's validation at start. */
  validation: ValidationSummary;
  /** The external store queries go to (serve --store), if any. */
  store?: string;
}

const PREFIX_TABLE = JSON.stringify(PREFIXES);

const reply = (status: number, contentType: string, body: string): Reply => ({
  status,
  headers: { 'Content-Type': contentType },
  body,
});

/** What /health says of the validation at start. */
function validationOf({ skipped, violations, warnings, cached }: ValidationSummary) {
  return skipped ? { skipped } : { violations, warnings, reused: cached === true };
}

export function siteOperations(context: SiteContext): Record<'prefixes' | 'health' | 'metrics', Operation> {
  return {
    prefixes: async () => ({
      ...reply(200, 'application/json; charset=utf-8', PREFIX_TABLE),
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
    }),
    health: async () => {
      const pool = context.pool.stats();
      // Unavailable only while no worker can serve: a replacement under way is not an outage.
      const ready = pool.ready > 0;
      const caches = Object.fromEntries(Object.entries(context.caches).map(([name, cache]) => [name, cache.stats()]));
      const body = {
        status: ready ? 'ready' : 'unavailable',
        quads: context.graph.quadCount,
        triples: context.graph.tripleCount,
        graphs: context.graph.graphs.length,
        files: context.graph.files.length,
        savedQueries: context.catalog.queries.length,
        validation: validationOf(context.validation),
        dataHash: context.graph.hash,
        ...(context.store ? { store: context.store } : {}),
        workers: pool,
        caches: { ...caches, 'parsed-queries': pool.analysisCache },
        rssBytes: process.memoryUsage.rss(),
        uptimeSeconds: Math.round(process.uptime()),
      };
      return {
        status: ready ? 200 : 503,
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
        body: JSON.stringify(body),
      };
    },
    metrics: async () => ({
      status: 200,
      headers: { 'Content-Type': context.metrics.registry.contentType, 'Cache-Control': 'no-store' },
      body: await context.metrics.text(),
    }),
  };
}
