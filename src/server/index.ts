// Starting and stopping the endpoint: load the data (all or nothing), start the warmed-up worker
// pool, then listen. Nothing is served until every worker holds the whole graph.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadCatalog } from '../catalog/index.ts';
import type { Config } from '../config/index.ts';
import { loadGraph, toNQuads } from '../graph/index.ts';
import { checkGraph } from '../shacl/index.ts';
import { QueryPool, SparqlService } from '../sparql/index.ts';
import { federationConfig } from '../wikidata/index.ts';
import { createApp } from './app.ts';

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:3030 */
  url: string;
  quadCount: number;
  fileCount: number;
  loadMs: number;
  validateMs: number;
  readyMs: number;
  sparql: SparqlService;
  pool: QueryPool;
  close(): Promise<void>;
}

export async function startServer(config: Config, log: (line: string) => void = console.log): Promise<RunningServer> {
  const started = performance.now();
  const catalog = loadCatalog(config.queriesPaths);
  if (catalog.missing.length > 0)
    log(
      `Saved queries: no such folder or file ${catalog.missing.join(', ')}; /api lists ${catalog.queries.length} queries.`,
    );
  const graph = loadGraph(config.dataPaths, { maxDataBytes: config.maxDataBytes });
  const validation = await checkGraph(graph, config.shapesPaths, config.allowInvalid, log);
  const data = {
    quadCount: graph.quadCount,
    tripleCount: graph.tripleCount,
    graphs: graph.graphs,
    hash: graph.hash,
    files: graph.files.length,
  };
  const pool = new QueryPool({
    nquads: toNQuads(graph.store),
    files: graph.files.map(({ path, graphs }) => ({ path, graphs })),
    shapesPaths: config.shapesPaths,
    federation: federationConfig(config),
    size: config.workers,
    timeoutMs: config.queryTimeoutMs,
    log,
  });
  try {
    await pool.ready;
  } catch (error) {
    await pool.close();
    throw error;
  }
  const sparql = new SparqlService({
    runner: pool,
    data,
    cacheBytes: config.cacheBytes,
    federationAllowList: config.federationAllowList,
  });
  const app = createApp({
    sparql,
    pool,
    data,
    maxQueryBytes: config.maxQueryBytes,
    maxUploadBytes: config.maxUploadBytes,
    log,
    catalog,
  });
  // A GET query travels in the URL: let the request line hold a query of the largest accepted size.
  const server = createServer({ maxHeaderSize: Math.max(16 * 1024, config.maxQueryBytes * 3 + 8 * 1024) }, app);
  await listen(server, config.port, config.host);
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    quadCount: graph.quadCount,
    fileCount: graph.files.length,
    loadMs: graph.loadMs,
    validateMs: validation.durationMs,
    readyMs: performance.now() - started,
    sparql,
    pool,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.close();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
