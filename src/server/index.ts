// Starting and stopping the server. It listens first, so that a taken port fails at once and a
// supervisor sees the server as starting (503) rather than absent; then it loads the data (all or
// nothing), validates it while the workers start, and serves once every worker holds the graph.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Binder, catalogOperations, loadCatalog } from '../catalog/index.ts';
import { type Config, queryBodyBytes } from '../config/index.ts';
import { AppError } from '../errors.ts';
import { listDataFiles } from '../graph/index.ts';
import { iriNames, Pages, Site, type SiteIndex } from '../pages/index.ts';
import { judgeGraph, type ValidationSummary, validateOperation } from '../shacl/index.ts';
import {
  GRAPH_STORE_PATH,
  graphStoreOperation,
  READ_ONLY_STORE,
  SparqlService,
  sparqlOperation,
} from '../sparql/index.ts';
import { credentialsFrom, RemoteRunner, type Snapshot, SparqlStore, snapshotStore } from '../store/index.ts';
import { federationConfig } from '../wikidata/index.ts';
import { Workbench } from '../workbench/index.ts';
import { type Dataset, keepSiteIndex, keptSiteIndex, startLoading, WorkerPool } from '../workers/index.ts';
import { BodyBudget } from './bodies.ts';
import { ClientConnections, trustedProxy } from './connections.ts';
import { FastPath } from './fast-path.ts';
import type { CacheStats } from './metrics.ts';
import type { Route } from './routes.ts';
import { siteOperations } from './site.ts';
import { clientErrorResponse } from './status.ts';

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:3030 */
  url: string;
  quadCount: number;
  fileCount: number;
  loadMs: number;
  /** The loaded data was read back as packed at an earlier start of the same files. */
  dataKept: boolean;
  validateMs: number;
  readyMs: number;
  /** The validation of the graph at start (or the kept report of the same data and shapes). */
  validation: ValidationSummary;
  sparql: SparqlService;
  pool: WorkerPool;
  /** The external store queries go to (serve --store), if any. */
  store?: string;
  close(): Promise<void>;
}

/** How often connections are checked against the headers and request timeouts: a limit is kept to within this. */
const CONNECTIONS_CHECK_MS = 500;

export async function startServer(config: Config, log: (line: string) => void = console.log): Promise<RunningServer> {
  const started = performance.now();
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  let fastPath: FastPath | undefined;
  const connections = new ClientConnections(
    config.maxClientConnections,
    trustedProxy(config.trustProxy),
    config.retryAfterSeconds,
  );
  // A GET query travels in the URL: let the request line hold a query of the largest accepted size.
  const maxHeaderSize = Math.max(16 * 1024, config.maxQueryBytes * 3 + 8 * 1024);
  const server = createServer(
    {
      maxHeaderSize,
      // Node looks for connections past their headers or request timeout every 30 s by default, so
      // a client that never finished its headers kept its connection 26–40 s against a 10 s limit.
      connectionsCheckingInterval: CONNECTIONS_CHECK_MS,
    },
    (req, res) => {
      if (connections.refuse(req, res)) return;
      if (!handler) starting(res);
      else if (!fastPath?.serve(req, res)) handler(req, res);
    },
  );
  server.on('connection', (socket: Socket) => connections.accept(socket));
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    // As Node does without a listener: write only where no answer has begun on this socket.
    const inFlight = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    const response = clientErrorResponse(error.code, { ...config, maxHeaderBytes: maxHeaderSize });
    if (!response || !socket.writable || inFlight?.headersSent) return socket.destroy();
    socket.end(response);
    socket.destroySoon();
  });
  server.headersTimeout = Math.min(config.headersTimeoutMs, config.requestTimeoutMs);
  server.requestTimeout = config.requestTimeoutMs;
  server.keepAliveTimeout = config.keepAliveTimeoutMs;
  server.maxConnections = config.maxConnections;
  await listen(server, config.port, config.host);

  let pool: WorkerPool | undefined;
  let snapshot: Snapshot | undefined;
  try {
    // With an external store, the loader reads a copy of the store's graphs instead of the data files.
    const store = config.store
      ? new SparqlStore(config.store, credentialsFrom(config), config.queryTimeoutMs)
      : undefined;
    snapshot = store ? await readStore(store, config, log) : undefined;
    // The copy's folder is new at every start: a validation report kept by its path would never be found again.
    const sources = snapshot ? { ...config, dataPaths: [snapshot.folder], cacheDir: '' } : config;
    // A missing folder fails before any thread starts.
    listDataFiles([...sources.dataPaths, ...config.shapesPaths]);
    // The loader reads the data on a thread of its own; the workers start from its bytes while it
    // goes on to try the saved queries on the engine and validate the graph.
    const loading = startLoading(sources, config.startValidationMs);
    const loaded = await loading.dataset;
    // Answers from the store are tagged with its data's version, the same on every replica.
    const graph = snapshot ? { ...loaded, hash: snapshot.version } : loaded;
    pool = startPool(config, graph, log);
    // express and prom-client take the HTTP thread tens of milliseconds to load: while the workers start, not before.
    const modules = Promise.all([import('./routes.ts'), import('./metrics.ts')]);
    modules.catch(() => {}); // awaited below; a failure is thrown there, not reported as unhandled first
    const ready = pool;
    // The server is put together while the workers load; a worker that cannot start stops it at once.
    const [tripleCount, read, validation, index] = await unlessFails(
      Promise.all([
        loading.tripleCount,
        loading.catalog,
        loading.validation,
        siteIndexOf(pool, sources.cacheDir, graph.hash, loading.siteIndex).catch((error: unknown) => {
          // Stopped by the memory ceiling while the graph loads: so would every query be.
          throw isMemoryCeiling(error) ? ceilingBelowGraph(config, graph.quadCount) : error;
        }),
      ]),
      pool.ready,
    );
    // As the loader read them; read here only if it stopped first (its engine's trial is then skipped).
    const catalog = read ?? loadCatalog(config.queriesPaths, { tryEngine: false, cacheDir: config.cacheDir });
    if (catalog.missing.length > 0) {
      log(
        `Saved queries: no such folder or file ${catalog.missing.join(', ')}; /api lists ${catalog.queries.length} queries.`,
      );
    }
    snapshot?.remove();
    if (snapshot && tripleCount !== snapshot.unionTriples) {
      log(
        `Warning: the store's union graph <${config.unionGraph}> holds ${snapshot.unionTriples} triples, the union of its named graphs ${tripleCount}: publish the graph again.`,
      );
    }
    judgeGraph(validation, config.allowInvalid, log);
    const data = { tripleCount, graphs: graph.graphs };
    // The caches are named once they exist; the metrics read them when scraped.
    const caches: Record<string, CacheStats> = {};
    const [{ createApp }, { Metrics }] = await modules;
    const bodies = new BodyBudget(config.maxBodyMemoryBytes, config.retryAfterSeconds);
    const metrics = new Metrics({ pool, caches, bodies });
    const runner =
      store && snapshot
        ? new RemoteRunner({
            store,
            helpers: pool,
            unionGraph: config.unionGraph,
            namedGraphs: snapshot.graphs.map((g) => g.graph),
            timeoutMs: config.queryTimeoutMs,
            maxResultBytes: config.maxResultBytes,
            retryAfterSeconds: config.retryAfterSeconds,
            maxClientQueries: config.maxClientQueries,
            maxQueue: config.maxQueue,
          })
        : pool;
    const sparql = new SparqlService({
      runner,
      dataHash: graph.hash,
      cacheBytes: config.cacheBytes,
      limits: config,
      observe: (form, outcome, seconds) => metrics.query(form, outcome, seconds),
    });
    const binder = new Binder(config.maxQueryBytes, config.bindCacheBytes);
    const onResponse = (route: string, status: number) => metrics.request(route, status);
    // The index of the fast path holds keys (URLs), not answers: an eighth of the answers' allowance.
    fastPath = new FastPath(sparql.cache, {
      maxBytes: Math.max(1024 * 1024, Math.floor(config.cacheBytes / 8)),
      writeTimeoutMs: config.writeTimeoutMs,
      log,
      onResponse,
    });
    Object.assign(caches, { results: sparql.cache, 'bound-queries': binder.cache, 'fast-path': fastPath });
    const site = siteOperations({
      graph: { ...graph, tripleCount },
      pool,
      caches,
      metrics,
      catalog,
      validation,
      store: config.store || undefined,
    });
    // The pages render from the index and from per-page jobs.
    const siteIndex = new Site({
      index,
      issues: validation.issues,
      validated: !validation.skipped,
      iriBase: config.iriBase,
      dataHash: graph.hash,
      quadCount: graph.quadCount,
      pageItems: config.pageItems,
      questions: catalog.queries.map(({ name, title, description, tags }) => ({ name, title, description, tags })),
    });
    const workbench = new Workbench(siteIndex, catalog, binder);
    const pages = new Pages(siteIndex, pool, config.cacheBytes, workbench.homeSection);
    caches.pages = pages.cache;
    const api = catalogOperations(catalog, sparql, binder, iriNames(pages.site));
    const page = pages.operations();
    const bench = workbench.operations(sparqlOperation(sparql, data), page.home);
    const queryBody = {
      bytes: queryBodyBytes(config),
      setting: 'SUMMIT_KG_MAX_QUERY_BYTES',
      derived: 'three times the largest query, which form-encoding can triple, and 16 KiB',
    };
    const routes: Route[] = [
      { path: '/', methods: ['GET'], operation: bench.home },
      { path: '/prefixes.json', methods: ['GET'], operation: site.prefixes },
      { path: '/health', methods: ['GET'], operation: site.health },
      { path: '/metrics', methods: ['GET'], operation: site.metrics },
      {
        path: '/sparql',
        methods: ['GET', 'POST'],
        operation: bench.sparql,
        bodyLimit: queryBody,
        refusal: `This endpoint answers queries only. ${READ_ONLY_STORE}`,
      },
      {
        path: GRAPH_STORE_PATH,
        methods: ['GET'],
        operation: graphStoreOperation(sparql, data),
        refusal: READ_ONLY_STORE,
      },
      { path: '/workbench/complete', methods: ['GET'], operation: bench.complete },
      // Bounded like a query: the body's size bounds how many IRIs are named at once.
      { path: '/workbench/labels', methods: ['POST'], operation: bench.labels, bodyLimit: queryBody },
      { path: '/assets/workbench/:file', methods: ['GET'], operation: bench.asset },
      {
        path: '/validate',
        methods: ['POST'],
        operation: validateOperation(pool),
        bodyLimit: { bytes: config.maxUploadBytes, setting: 'SUMMIT_KG_MAX_UPLOAD_BYTES' },
      },
      { path: '/api/', methods: ['GET'], operation: api.page },
      { path: '/api/openapi.json', methods: ['GET'], operation: api.openapi },
      { path: '/api/docs/', methods: ['GET'], operation: api.docs },
      { path: '/api/queries', methods: ['GET'], operation: api.list },
      {
        path: '/api/queries/:name',
        methods: ['GET', 'POST'],
        operation: routeByMethod(api.get, api.post),
        bodyLimit: queryBody,
      },
      { path: '/browse/', methods: ['GET'], operation: page.browseAll },
      { path: '/browse/:kind', methods: ['GET'], operation: page.browse },
      { path: '/search', methods: ['GET'], operation: page.search },
      { path: '/downloads/', methods: ['GET'], operation: page.downloads },
      { path: '/downloads/*file', methods: ['GET'], operation: page.download },
      { path: '/.well-known/void', methods: ['GET'], operation: page.dataset },
      { path: '/dataset', methods: ['GET'], operation: page.dataset },
      // Last: every other path names an IRI under the public base.
      { path: '/*path', methods: ['GET'], operation: page.dereference },
    ];
    const app = createApp(routes, { ...config, log, onResponse, answers: sparql.cache, fastPath, bodies });
    await pool.ready;
    if (process.memoryUsage.rss() > config.maxMemoryBytes) throw ceilingBelowGraph(config, graph.quadCount);
    handler = app;
    return {
      url: urlOf(server, config.host),
      quadCount: graph.quadCount,
      fileCount: graph.files.length,
      loadMs: graph.loadMs,
      dataKept: graph.kept,
      validateMs: validation.cached ? 0 : validation.durationMs,
      validation,
      readyMs: performance.now() - started,
      sparql,
      pool: ready,
      store: config.store || undefined,
      close: () => stop(server, ready),
    };
  } catch (error) {
    snapshot?.remove();
    await stop(server, pool);
    throw error;
  }
}

const isMemoryCeiling = (error: unknown) =>
  error instanceof AppError && error.context.limit?.setting === 'SUMMIT_KG_MAX_MEMORY_BYTES';

/** The memory ceiling under what the started server holds at rest: every query would be stopped, so the start stops. */
function ceilingBelowGraph(config: Config, quads: number): AppError {
  const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
  return new AppError(
    'usage',
    `The server holds ${mib(process.memoryUsage.rss())} once started (${quads.toLocaleString('en')} quads in each of its ${config.workers} workers), over its memory ceiling of ${mib(config.maxMemoryBytes)} (SUMMIT_KG_MAX_MEMORY_BYTES): every query would be stopped. Raise SUMMIT_KG_MAX_MEMORY_BYTES well above that (queries need room too), or start fewer workers (SUMMIT_KG_WORKERS).`,
    { limit: { setting: 'SUMMIT_KG_MAX_MEMORY_BYTES', value: config.maxMemoryBytes } },
  );
}

/** `work`'s outcome, unless `watched` fails first (then its error). */
function unlessFails<T>(work: Promise<T>, watched: Promise<unknown>): Promise<T> {
  return Promise.race([work, watched.then(() => work)]);
}

/** The store's published graphs, copied for the workers (reading a large graph may take longer than one query). */
async function readStore(store: SparqlStore, config: Config, log: (line: string) => void): Promise<Snapshot> {
  const started = performance.now();
  const reader = new SparqlStore(store.endpoint, credentialsFrom(config), Math.max(config.queryTimeoutMs, 120_000));
  // The published graphs are the union's neighbours: the named graphs whose IRIs start as its does, up to its last /.
  const namespace = config.unionGraph.slice(0, config.unionGraph.lastIndexOf('/') + 1);
  const snapshot = await snapshotStore(reader, namespace, config.unionGraph);
  const quads = snapshot.graphs.reduce((sum, g) => sum + g.quads, 0);
  log(
    `Read ${quads} quads in ${snapshot.graphs.length} named graphs from the store at ${store.endpoint} in ${(performance.now() - started).toFixed(0)} ms; queries go to the store.`,
  );
  return snapshot;
}

/**
 * The pages' index of the graph: kept from an earlier start of the same data and code, or read by
 * the loader from its store while the workers load, or else by the first worker ready; then kept.
 */
async function siteIndexOf(
  pool: WorkerPool,
  cacheDir: string,
  dataHash: string,
  fromLoader: Promise<SiteIndex | undefined>,
): Promise<SiteIndex> {
  const kept = keptSiteIndex(cacheDir, dataHash);
  if (kept) return kept;
  const index = (await fromLoader) ?? (await pool.siteIndex('server'));
  keepSiteIndex(cacheDir, dataHash, index);
  return index;
}

function startPool(config: Config, graph: Dataset, log: (line: string) => void): WorkerPool {
  return new WorkerPool(
    {
      data: graph.data,
      graphs: graph.graphs,
      maxDataBytes: config.maxDataBytes,
      files: graph.files,
      shapesPaths: config.shapesPaths,
      shaclEngine: config.shaclEngine,
      limits: config,
      federation: federationConfig(config),
    },
    {
      size: config.workers,
      timeoutMs: config.queryTimeoutMs,
      maxQueue: config.maxQueue,
      maxClientQueries: config.maxClientQueries,
      maxClientWorkers: config.maxClientWorkers,
      retryAfterSeconds: config.retryAfterSeconds,
      workerGrowthBytes: config.workerGrowthBytes,
      workerHeapBytes: config.workerHeapBytes,
      maxMemoryBytes: config.maxMemoryBytes,
    },
    log,
  );
}

function routeByMethod(get: Route['operation'], post: Route['operation']): Route['operation'] {
  return (request) => (request.method === 'POST' ? post(request) : get(request));
}

/** Before the data is loaded: every request is told to come back (a supervisor's health check included). */
function starting(res: ServerResponse): void {
  res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' });
  res.end('The server is starting: it is loading and validating the graph.\n');
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why =
        error.code === 'EADDRINUSE'
          ? 'the port is in use'
          : error.code === 'EACCES'
            ? 'permission denied'
            : error.message;
      reject(
        new AppError(
          'cannot-listen',
          `Cannot listen on ${host}:${port}: ${why}. Choose another port with --port or SUMMIT_KG_PORT.`,
        ),
      );
    });
    server.listen(port, host, () => resolve());
  });
}

function urlOf(server: Server, configuredHost: string): string {
  const { port } = server.address() as AddressInfo;
  const host = configuredHost.includes(':') ? `[${configuredHost}]` : configuredHost;
  return `http://${host}:${port}`;
}

async function stop(server: Server, pool: WorkerPool | undefined): Promise<void> {
  server.closeAllConnections();
  if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
  await pool?.close();
}
