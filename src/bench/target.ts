// One server under benchmark, in its own process so the load generator does not share its CPU:
//   bare          express answering a fixed body of the requested size (/bytes/N): the baseline
//   main-thread   the real endpoint, queries run on the HTTP thread (what the worker pool costs is measured against it)
//   pool          the real endpoint as served (worker pool), cache off
//   pool-cached   the real endpoint as served, cache on
// Prints one JSON line { url, startupMs, … } when ready (startupMs counts from the end of this module's imports).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { configFromEnv } from '../config/index.ts';
import { loadGraph } from '../graph/index.ts';
import { BodyBudget } from '../server/bodies.ts';
import { startServer } from '../server/index.ts';
import { createApp } from '../server/routes.ts';
import { AnalysisMemo, answer, planQuery, runLocalQuery, SparqlService, sparqlOperation } from '../sparql/index.ts';

const kind = process.argv[2];
const config = configFromEnv();
const started = performance.now();
const ready = (url: string, extra: Record<string, number> = {}) =>
  console.log(JSON.stringify({ url, startupMs: performance.now() - started, ...extra }));

async function listen(app: express.Express): Promise<string> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

if (kind === 'bare') {
  const app = express();
  const bodies = new Map<number, string>();
  app.get('/bytes/:n', (req, res) => {
    const n = Number(req.params.n);
    if (!bodies.has(n)) bodies.set(n, 'x'.repeat(n));
    res.type('application/sparql-results+json').send(bodies.get(n));
  });
  ready(await listen(app));
} else if (kind === 'main-thread') {
  const graph = loadGraph(config.dataPaths, { maxDataBytes: config.maxDataBytes });
  const memo = new AnalysisMemo(config.analysisCacheBytes);
  const limits = { ...config, federationAllowList: [] };
  const runner = {
    runQuery: async (job: Parameters<typeof planQuery>[0]) => {
      const plan = planQuery(job, memo, limits);
      return answer(plan, runLocalQuery(graph.store, plan), limits.maxResultBytes, false);
    },
  };
  const sparql = new SparqlService({ runner, dataHash: graph.hash, cacheBytes: 0, limits: config });
  const operation = sparqlOperation(sparql, { tripleCount: graph.tripleCount, graphs: graph.graphs });
  const app = createApp(
    [{ path: '/sparql', methods: ['GET', 'POST'], operation, bodyLimit: { bytes: 1024 * 1024, setting: 'the bench' } }],
    { ...config, log: () => {}, bodies: new BodyBudget(config.maxBodyMemoryBytes, config.retryAfterSeconds) },
  );
  ready(await listen(app));
} else if (kind === 'soak') {
  // As served, behind a proxy on this machine that names each client in X-Forwarded-For.
  const server = await startServer({ ...config, port: 0, trustProxy: 'loopback' }, () => {});
  ready(server.url);
} else if (kind === 'pool' || kind === 'pool-cached') {
  // Behind the same proxy: one client may hold workers − 1 workers, several clients all of them.
  const server = await startServer(
    { ...config, port: 0, trustProxy: 'loopback', cacheBytes: kind === 'pool' ? 0 : config.cacheBytes },
    () => {},
  );
  ready(server.url, { loadMs: server.loadMs, validateMs: server.validateMs, readyMs: server.readyMs });
} else {
  console.error(`unknown target '${kind}': bare, main-thread, pool or pool-cached`);
  process.exit(2);
}
