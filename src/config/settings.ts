// Every setting of the server in one table: its environment variable, its command-line flag, its
// default, the values it accepts and what it means. The CLI's flags, the README's configuration
// table (checked by a test) and the error messages are all read from here.
import { availableParallelism } from 'node:os';

/** Wikidata's query service, as queries name it in SERVICE clauses. */
export const WIKIDATA_SPARQL = 'https://query.wikidata.org/sparql';

const MiB = 1024 * 1024;

/** How a raw text becomes a value; `check` returns what is wrong, or undefined. */
type Kind =
  | { type: 'integer'; min: number; max: number }
  | { type: 'boolean' }
  | { type: 'list' }
  | { type: 'urls' }
  | { type: 'text'; check?: (value: string) => string | undefined };

export interface Setting {
  env: string;
  /** The flag of `summit-kg serve` (and of other commands that take it), without the dashes. */
  flag?: string;
  kind: Kind;
  /** What the setting means, for --help and the README. */
  describe: string;
  /** How the README shows the default when it depends on the machine. */
  defaultText?: string;
}

const int = (min: number, max: number): Kind => ({ type: 'integer', min, max });
/** An http(s) URL without credentials in it: they belong in SUMMIT_KG_STORE_USER and SUMMIT_KG_STORE_PASSWORD. */
export const storeUrl = (value: string) =>
  !/^https?:\/\/[^\s]+$/.test(value)
    ? 'must be an http(s) URL'
    : /^https?:\/\/[^/]*@/.test(value)
      ? 'must not hold credentials: set SUMMIT_KG_STORE_USER and SUMMIT_KG_STORE_PASSWORD instead'
      : undefined;
const url = (value: string) => (/^https?:\/\/[^\s]+$/.test(value) ? undefined : 'must hold http(s) URLs');

/** The largest body of a query route: form-encoding can triple a query, and other parameters come along. */
export const queryBodyBytes = (config: Pick<Config, 'maxQueryBytes'>) => config.maxQueryBytes * 3 + 16 * 1024;

export interface Config {
  host: string;
  port: number;
  publicBaseUrl: string;
  iriBase: string;
  trustProxy: string;
  dataPaths: string[];
  shapesPaths: string[];
  shaclEngine: 'shacl-engine' | 'rdf-validate-shacl';
  allowInvalid: boolean;
  startValidationMs: number;
  validationHeapBytes: number;
  queriesPaths: string[];
  cacheDir: string;
  workers: number;
  queryTimeoutMs: number;
  maxQueryBytes: number;
  maxQueryDepth: number;
  maxQueryNodes: number;
  maxResultBytes: number;
  writeTimeoutMs: number;
  maxQueue: number;
  maxClientQueries: number;
  maxClientWorkers: number;
  retryAfterSeconds: number;
  workerGrowthBytes: number;
  workerHeapBytes: number;
  maxMemoryBytes: number;
  maxDataBytes: number;
  cacheBytes: number;
  pageItems: number;
  analysisCacheBytes: number;
  bindCacheBytes: number;
  maxUploadBytes: number;
  maxUploadQuads: number;
  maxUploadExpandedBytes: number;
  maxBodyMemoryBytes: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
  maxClientConnections: number;
  federationAllowList: string[];
  wikidataEndpoint: string;
  serviceTimeoutMs: number;
  serviceCacheEntries: number;
  serviceCacheTtlSeconds: number;
  store: string;
  unionGraph: string;
  storeUser: string;
  storePassword: string;
}

const workers = Math.max(2, Math.min(availableParallelism(), 8));

export const DEFAULTS: Config = {
  host: '127.0.0.1',
  port: 3030,
  publicBaseUrl: '',
  // The same text as BASE_IRI in src/rdf/namespaces.ts (this folder imports nothing but errors; a test keeps them equal).
  iriBase: 'https://w3id.org/aiactionsummit/',
  trustProxy: '',
  dataPaths: ['ontology', 'data'],
  shapesPaths: ['shapes'],
  shaclEngine: 'shacl-engine',
  allowInvalid: false,
  startValidationMs: 120_000,
  // V8's own heap limit on a 64-bit machine with 16 GiB or more: the bound changes nothing there but the message.
  validationHeapBytes: 4096 * MiB,
  queriesPaths: ['queries'],
  cacheDir: 'node_modules/.cache/summit-kg',
  workers,
  queryTimeoutMs: 10_000,
  maxQueryBytes: 64 * 1024,
  maxQueryDepth: 64,
  maxQueryNodes: 4000,
  maxResultBytes: 32 * MiB,
  writeTimeoutMs: 30_000,
  maxQueue: 1000,
  maxClientQueries: 32,
  maxClientWorkers: Math.max(1, workers - 1),
  retryAfterSeconds: 5,
  workerGrowthBytes: 64 * MiB,
  workerHeapBytes: 512 * MiB,
  maxMemoryBytes: 2048 * MiB,
  maxDataBytes: 200 * MiB,
  cacheBytes: 64 * MiB,
  pageItems: 500,
  analysisCacheBytes: 8 * MiB,
  bindCacheBytes: 8 * MiB,
  maxUploadBytes: 4 * MiB,
  maxUploadQuads: 200_000,
  maxUploadExpandedBytes: 64 * MiB,
  maxBodyMemoryBytes: 64 * MiB,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1024,
  maxClientConnections: 128,
  federationAllowList: [WIKIDATA_SPARQL],
  wikidataEndpoint: WIKIDATA_SPARQL,
  serviceTimeoutMs: 8_000,
  serviceCacheEntries: 1000,
  serviceCacheTtlSeconds: 3600,
  store: '',
  // The graph namespace of src/rdf/namespaces.ts, and a name no data file takes.
  unionGraph: 'https://w3id.org/aiactionsummit/graph/union',
  storeUser: '',
  storePassword: '',
};

export const SETTINGS: { [K in keyof Config]: Setting } = {
  host: { env: 'SUMMIT_KG_HOST', flag: 'host', kind: { type: 'text' }, describe: 'interface to listen on' },
  port: { env: 'SUMMIT_KG_PORT', flag: 'port', kind: int(0, 65535), describe: 'port; 0 picks a free one' },
  publicBaseUrl: {
    env: 'SUMMIT_KG_PUBLIC_URL',
    flag: 'public-url',
    kind: { type: 'text', check: (v) => (v === '' ? undefined : url(v)) },
    describe: 'the public URL of the server (behind a proxy); by default built from the request’s validated Host',
  },
  iriBase: {
    env: 'SUMMIT_KG_IRI_BASE',
    flag: 'iri-base',
    kind: {
      type: 'text',
      check: (v) => (/^https?:\/\/[^\s#?]+\/$/.test(v) ? undefined : 'must be an http(s) IRI ending with /'),
    },
    describe:
      'the public base of the IRIs the server dereferences: <base>id/country/FR is served at /id/country/FR (point the w3id redirect at this server)',
  },
  trustProxy: {
    env: 'SUMMIT_KG_TRUST_PROXY',
    flag: 'trust-proxy',
    kind: {
      type: 'text',
      check: (v) => (/^[\w.:/, -]*$/.test(v) ? undefined : 'must be addresses, subnets, loopback or a hop count'),
    },
    describe:
      'proxies whose X-Forwarded-For names the client (express "trust proxy": loopback, addresses, subnets, or a hop count); none by default',
  },
  dataPaths: {
    env: 'SUMMIT_KG_DATA',
    flag: 'data',
    kind: { type: 'list' },
    describe: 'folders or files of Turtle/TriG to load',
  },
  shapesPaths: {
    env: 'SUMMIT_KG_SHAPES',
    flag: 'shapes',
    kind: { type: 'list' },
    describe: 'folders or files of SHACL shapes',
  },
  shaclEngine: {
    env: 'SUMMIT_KG_SHACL_ENGINE',
    flag: 'shacl-engine',
    kind: {
      type: 'text',
      check: (v) =>
        v === 'shacl-engine' || v === 'rdf-validate-shacl' ? undefined : 'must be shacl-engine or rdf-validate-shacl',
    },
    describe: 'the SHACL engine: shacl-engine (faster) or rdf-validate-shacl; both give the same results',
  },
  allowInvalid: {
    env: 'SUMMIT_KG_ALLOW_INVALID',
    flag: 'allow-invalid',
    kind: { type: 'boolean' },
    describe: 'serve a graph that violates its shapes, with a loud warning',
  },
  startValidationMs: {
    env: 'SUMMIT_KG_START_VALIDATION_MS',
    flag: 'start-validation-ms',
    kind: int(0, 86_400_000),
    describe:
      'how long the start waits for the graph’s validation; past it the graph is served unvalidated, as the log, /health and its pages say (0: no limit)',
  },
  validationHeapBytes: {
    env: 'SUMMIT_KG_VALIDATION_HEAP_BYTES',
    flag: 'validation-heap-bytes',
    kind: int(32 * MiB, 64 * 1024 * MiB),
    describe:
      'JavaScript heap of the thread that validates the graph (the loader at start, summit-kg validate), and of each thread that parses the data at start; past it the validation stops, naming this setting',
  },
  queriesPaths: {
    env: 'SUMMIT_KG_QUERIES',
    flag: 'queries',
    kind: { type: 'list' },
    describe: 'folders or .rq files of saved queries',
  },
  cacheDir: {
    env: 'SUMMIT_KG_CACHE_DIR',
    flag: 'cache-dir',
    kind: { type: 'text' },
    describe:
      'where results that outlive a run are kept, under the hash of the files and code they came from (the packed dataset, the checked saved queries, the validation report, the pages’ index); empty: nowhere',
  },
  workers: {
    env: 'SUMMIT_KG_WORKERS',
    flag: 'workers',
    kind: int(1, 64),
    describe: 'query worker threads, each holding a copy of the store',
    defaultText: 'number of CPUs, 2 to 8',
  },
  queryTimeoutMs: {
    env: 'SUMMIT_KG_QUERY_TIMEOUT_MS',
    flag: 'timeout',
    kind: int(1, 3_600_000),
    describe: 'time limit of one query or validation, in ms',
  },
  maxQueryBytes: {
    env: 'SUMMIT_KG_MAX_QUERY_BYTES',
    flag: 'max-query-bytes',
    kind: int(16, 64 * MiB),
    describe: 'largest accepted query text',
  },
  maxQueryDepth: {
    env: 'SUMMIT_KG_MAX_QUERY_DEPTH',
    flag: 'max-query-depth',
    kind: int(4, 10_000),
    describe:
      'deepest nesting of { } ( ) [ ] in a query, of steps and alternatives in a property path (the engine fails somewhere past 500), and of lists, blank nodes and triple terms in an uploaded document',
  },
  maxQueryNodes: {
    env: 'SUMMIT_KG_MAX_QUERY_NODES',
    flag: 'max-query-nodes',
    kind: int(100, 1_000_000),
    describe: 'most parts (patterns, terms, operators) in one parsed query; VALUES rows are not counted',
  },
  maxResultBytes: {
    env: 'SUMMIT_KG_MAX_RESULT_BYTES',
    flag: 'max-result-bytes',
    kind: int(1024, 1024 * MiB),
    describe: 'largest answer sent',
  },
  writeTimeoutMs: {
    env: 'SUMMIT_KG_WRITE_TIMEOUT_MS',
    flag: 'write-timeout',
    kind: int(100, 3_600_000),
    describe: 'time a client has to receive a whole answer before the connection is closed, in ms',
  },
  maxQueue: {
    env: 'SUMMIT_KG_MAX_QUEUE',
    flag: 'max-queue',
    kind: int(1, 1_000_000),
    describe: 'jobs waiting for a worker before 503',
  },
  maxClientQueries: {
    env: 'SUMMIT_KG_MAX_CLIENT_QUERIES',
    flag: 'max-client-queries',
    kind: int(1, 1_000_000),
    describe: 'queries and validations one client may have waiting or running before 429',
  },
  maxClientWorkers: {
    env: 'SUMMIT_KG_MAX_CLIENT_WORKERS',
    flag: 'max-client-workers',
    kind: int(1, 64),
    describe: 'workers one client may hold at once (its other jobs wait their turn)',
    defaultText: 'workers − 1, at least 1',
  },
  retryAfterSeconds: {
    env: 'SUMMIT_KG_RETRY_AFTER_S',
    flag: 'retry-after',
    kind: int(1, 3600),
    describe: 'Retry-After sent with 429 and 503',
  },
  workerGrowthBytes: {
    env: 'SUMMIT_KG_WORKER_GROWTH_BYTES',
    flag: 'worker-growth-bytes',
    kind: int(MiB, 64 * 1024 * MiB),
    describe: 'a worker whose memory grew by more than this since it started is replaced after its job',
  },
  workerHeapBytes: {
    env: 'SUMMIT_KG_WORKER_HEAP_BYTES',
    flag: 'worker-heap-bytes',
    kind: int(64 * MiB, 64 * 1024 * MiB),
    describe: 'JavaScript heap of a worker; past it the worker dies and is replaced',
  },
  maxMemoryBytes: {
    env: 'SUMMIT_KG_MAX_MEMORY_BYTES',
    flag: 'max-memory-bytes',
    kind: int(64 * MiB, 1024 * 1024 * MiB),
    describe: 'resident memory of the process past which the longest-running job is stopped (503)',
  },
  maxDataBytes: {
    env: 'SUMMIT_KG_MAX_DATA_BYTES',
    flag: 'max-data-bytes',
    kind: int(1, 4 * 1024 * MiB),
    describe: 'largest total size of the data files',
  },
  cacheBytes: {
    env: 'SUMMIT_KG_CACHE_BYTES',
    flag: 'cache-bytes',
    kind: int(0, 16 * 1024 * MiB),
    describe: 'memory for cached answers; 0 turns the cache off',
  },
  pageItems: {
    env: 'SUMMIT_KG_PAGE_ITEMS',
    flag: 'page-items',
    kind: int(10, 100_000),
    describe:
      'resources an entity page lists under one heading (past it, it says how many more and links to a query listing them all), and a page of a kind or a source shows (the rest on ?page=2…)',
  },
  analysisCacheBytes: {
    env: 'SUMMIT_KG_ANALYSIS_CACHE_BYTES',
    flag: 'analysis-cache-bytes',
    kind: int(0, 1024 * MiB),
    describe: 'memory of each worker for parsed queries; 0 turns it off',
  },
  bindCacheBytes: {
    env: 'SUMMIT_KG_BIND_CACHE_BYTES',
    flag: 'bind-cache-bytes',
    kind: int(0, 1024 * MiB),
    describe: 'memory for saved queries with their parameters bound; 0 turns it off',
  },
  maxUploadBytes: {
    env: 'SUMMIT_KG_MAX_UPLOAD_BYTES',
    flag: 'max-upload-bytes',
    kind: int(16, 1024 * MiB),
    describe: 'largest document accepted by POST /validate',
  },
  maxUploadQuads: {
    env: 'SUMMIT_KG_MAX_UPLOAD_QUADS',
    flag: 'max-upload-quads',
    kind: int(1, 100_000_000),
    describe: 'most statements an uploaded document may hold once parsed',
  },
  maxUploadExpandedBytes: {
    env: 'SUMMIT_KG_MAX_UPLOAD_EXPANDED_BYTES',
    flag: 'max-upload-expanded-bytes',
    kind: int(1024, 16 * 1024 * MiB),
    describe: 'most bytes of IRIs and literals an uploaded document may expand to once parsed',
  },
  maxBodyMemoryBytes: {
    env: 'SUMMIT_KG_MAX_BODY_MEMORY_BYTES',
    flag: 'max-body-memory-bytes',
    kind: int(64 * 1024, 16 * 1024 * MiB),
    describe:
      'request bodies held at once, from admission until answered, before 503 (a body of unknown size counts as its route’s limit); at least SUMMIT_KG_MAX_UPLOAD_BYTES',
  },
  headersTimeoutMs: {
    env: 'SUMMIT_KG_HEADERS_TIMEOUT_MS',
    flag: 'headers-timeout',
    kind: int(100, 600_000),
    describe: 'time a client has to send the request headers, in ms',
  },
  requestTimeoutMs: {
    env: 'SUMMIT_KG_REQUEST_TIMEOUT_MS',
    flag: 'request-timeout',
    kind: int(100, 3_600_000),
    describe: 'time a client has to send the whole request, in ms',
  },
  keepAliveTimeoutMs: {
    env: 'SUMMIT_KG_KEEP_ALIVE_TIMEOUT_MS',
    flag: 'keep-alive-timeout',
    kind: int(100, 600_000),
    describe: 'how long an idle kept-alive connection stays open, in ms',
  },
  maxConnections: {
    env: 'SUMMIT_KG_MAX_CONNECTIONS',
    flag: 'max-connections',
    kind: int(1, 1_000_000),
    describe: 'open connections beyond which new ones are refused',
  },
  maxClientConnections: {
    env: 'SUMMIT_KG_MAX_CLIENT_CONNECTIONS',
    flag: 'max-client-connections',
    kind: int(1, 1_000_000),
    describe:
      'open connections from one address (a proxy trusted by SUMMIT_KG_TRUST_PROXY excepted) beyond which its requests get 429 and the connection is closed',
  },
  federationAllowList: {
    env: 'SUMMIT_KG_FEDERATION_ALLOW',
    kind: { type: 'urls' },
    describe: 'comma-separated SERVICE endpoints queries may call',
  },
  wikidataEndpoint: {
    env: 'SUMMIT_KG_WIKIDATA_ENDPOINT',
    flag: 'wikidata',
    kind: { type: 'text', check: url },
    describe: 'the URL called for Wikidata’s SERVICE IRI and by link',
  },
  serviceTimeoutMs: {
    env: 'SUMMIT_KG_SERVICE_TIMEOUT_MS',
    kind: int(1, 600_000),
    describe: 'time limit of one request to a remote endpoint, in ms',
  },
  serviceCacheEntries: {
    env: 'SUMMIT_KG_SERVICE_CACHE_ENTRIES',
    kind: int(0, 1_000_000),
    describe: 'remote answers kept per worker; 0: no cache',
  },
  serviceCacheTtlSeconds: {
    env: 'SUMMIT_KG_SERVICE_CACHE_TTL_S',
    kind: int(1, 30 * 24 * 3600),
    describe: 'how long a remote answer is kept, in seconds',
  },
  store: {
    env: 'SUMMIT_KG_STORE',
    flag: 'store',
    kind: { type: 'text', check: (v) => (v === '' ? undefined : storeUrl(v)) },
    describe:
      'the SPARQL query endpoint of an external store holding the published graph (summit-kg publish): queries go there instead of the embedded store',
  },
  unionGraph: {
    env: 'SUMMIT_KG_UNION_GRAPH',
    flag: 'union-graph',
    kind: {
      type: 'text',
      check: (v) => (/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(v) ? undefined : 'must be an http(s) IRI'),
    },
    describe:
      'the named graph that holds the union default graph in an external store: publish writes it, serve --store queries it as the default graph and keeps it out of GRAPH ?g',
  },
  storeUser: {
    env: 'SUMMIT_KG_STORE_USER',
    kind: { type: 'text' },
    describe:
      'the user name for the external store (HTTP Basic or Digest, as the store asks); from the environment only',
  },
  storePassword: {
    env: 'SUMMIT_KG_STORE_PASSWORD',
    kind: { type: 'text' },
    describe: 'the password for the external store; from the environment only, never logged',
  },
};
