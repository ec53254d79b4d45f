// Run-time settings: defaults, then environment variables, then command-line flags (in the CLI).
// Every setting is validated here once, so the rest of the code can trust its types.
import { availableParallelism } from 'node:os';

export interface Config {
  host: string;
  port: number;
  /** Folders or files of Turtle/TriG loaded at start (ontology first, then data). */
  dataPaths: string[];
  /** Worker threads, each holding its own copy of the store. */
  workers: number;
  /** A query running longer than this is stopped and its worker replaced. */
  queryTimeoutMs: number;
  /** Largest accepted query text (URL-encoded or body), in bytes. */
  maxQueryBytes: number;
  /** Largest total size of the data files, in bytes: the in-memory store has a 4 GiB ceiling, and holds the union default graph besides the named graphs. */
  maxDataBytes: number;
  /** Memory given to the result cache, in bytes; 0 turns the cache off. */
  cacheBytes: number;
  /** Folders or files of SHACL shapes (Turtle) the graph is validated against at start. */
  shapesPaths: string[];
  /** Serve even when the graph violates the shapes (warns loudly). */
  allowInvalid: boolean;
  /** Largest Turtle/TriG document accepted by POST /validate, in bytes. */
  maxUploadBytes: number;
  /** Folders or .rq files of saved queries, served at /api and run by `query --saved`. */
  queriesPaths: string[];
  /** SERVICE endpoints queries may call; no other URL is ever fetched. */
  federationAllowList: string[];
  /** The URL actually called for SERVICE <https://query.wikidata.org/sparql> (a mirror, or a test fixture). */
  wikidataEndpoint: string;
  /** Time limit of one request to a remote SPARQL endpoint. */
  serviceTimeoutMs: number;
  /** Remote answers kept in memory (per worker) and for how long. */
  serviceCacheEntries: number;
  serviceCacheTtlSeconds: number;
}

/** Wikidata's query service, as queries name it in SERVICE clauses. */
export const WIKIDATA_SPARQL = 'https://query.wikidata.org/sparql';

export const DEFAULTS: Config = {
  host: '127.0.0.1',
  port: 3030,
  dataPaths: ['ontology', 'data'],
  workers: Math.max(2, Math.min(availableParallelism(), 8)),
  queryTimeoutMs: 10_000,
  maxQueryBytes: 64 * 1024,
  maxDataBytes: 200 * 1024 * 1024,
  cacheBytes: 64 * 1024 * 1024,
  shapesPaths: ['shapes'],
  allowInvalid: false,
  maxUploadBytes: 4 * 1024 * 1024,
  queriesPaths: ['queries'],
  federationAllowList: [WIKIDATA_SPARQL],
  wikidataEndpoint: WIKIDATA_SPARQL,
  serviceTimeoutMs: 8_000,
  serviceCacheEntries: 1000,
  serviceCacheTtlSeconds: 3600,
};

/** The environment variable that sets each setting (documented in the README). */
export const ENV_NAMES: Record<keyof Config, string> = {
  host: 'SUMMIT_KG_HOST',
  port: 'SUMMIT_KG_PORT',
  dataPaths: 'SUMMIT_KG_DATA',
  workers: 'SUMMIT_KG_WORKERS',
  queryTimeoutMs: 'SUMMIT_KG_QUERY_TIMEOUT_MS',
  maxQueryBytes: 'SUMMIT_KG_MAX_QUERY_BYTES',
  maxDataBytes: 'SUMMIT_KG_MAX_DATA_BYTES',
  cacheBytes: 'SUMMIT_KG_CACHE_BYTES',
  shapesPaths: 'SUMMIT_KG_SHAPES',
  allowInvalid: 'SUMMIT_KG_ALLOW_INVALID',
  maxUploadBytes: 'SUMMIT_KG_MAX_UPLOAD_BYTES',
  queriesPaths: 'SUMMIT_KG_QUERIES',
  federationAllowList: 'SUMMIT_KG_FEDERATION_ALLOW',
  wikidataEndpoint: 'SUMMIT_KG_WIKIDATA_ENDPOINT',
  serviceTimeoutMs: 'SUMMIT_KG_SERVICE_TIMEOUT_MS',
  serviceCacheEntries: 'SUMMIT_KG_SERVICE_CACHE_ENTRIES',
  serviceCacheTtlSeconds: 'SUMMIT_KG_SERVICE_CACHE_TTL_S',
};

export class ConfigError extends Error {}

/** Reads a whole number within [min, max]; `name` says where the value came from. */
export function parseInteger(raw: string, name: string, min: number, max: number): number {
  const value = Number(raw.trim());
  if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got '${raw}'`);
  }
  return value;
}

type Raw = Partial<Record<keyof Config, string | string[] | undefined>>;

/** Builds a validated Config from raw strings (environment or flags); unset values keep their defaults. */
export function resolveConfig(
  raw: Raw,
  base: Config = DEFAULTS,
  describe = (key: keyof Config) => ENV_NAMES[key],
): Config {
  const config = { ...base };
  const text = (key: keyof Config) => {
    const value = raw[key];
    return Array.isArray(value) ? value.join(',') : value;
  };
  const integer = (key: keyof Config, min: number, max: number) => {
    const value = text(key);
    return value === undefined || value === '' ? (base[key] as number) : parseInteger(value, describe(key), min, max);
  };
  const host = text('host');
  if (host) config.host = host;
  config.port = integer('port', 0, 65535);
  config.workers = integer('workers', 1, 64);
  config.queryTimeoutMs = integer('queryTimeoutMs', 1, 3_600_000);
  config.maxQueryBytes = integer('maxQueryBytes', 16, 64 * 1024 * 1024);
  config.maxDataBytes = integer('maxDataBytes', 1, 4 * 1024 * 1024 * 1024);
  config.cacheBytes = integer('cacheBytes', 0, 16 * 1024 * 1024 * 1024);
  config.maxUploadBytes = integer('maxUploadBytes', 16, 1024 * 1024 * 1024);
  config.serviceTimeoutMs = integer('serviceTimeoutMs', 1, 600_000);
  config.serviceCacheEntries = integer('serviceCacheEntries', 0, 1_000_000);
  config.serviceCacheTtlSeconds = integer('serviceCacheTtlSeconds', 1, 30 * 24 * 3600);
  config.federationAllowList = paths(raw.federationAllowList) ?? base.federationAllowList;
  const wikidata = text('wikidataEndpoint');
  if (wikidata) config.wikidataEndpoint = wikidata;
  for (const [key, urls] of [
    ['federationAllowList', config.federationAllowList],
    ['wikidataEndpoint', [config.wikidataEndpoint]],
  ] as const) {
    for (const url of urls)
      if (!/^https?:\/\/[^\s]+$/.test(url))
        throw new ConfigError(`${describe(key)} must hold http(s) URLs, got '${url}'`);
  }
  config.dataPaths = paths(raw.dataPaths) ?? base.dataPaths;
  config.shapesPaths = paths(raw.shapesPaths) ?? base.shapesPaths;
  config.queriesPaths = paths(raw.queriesPaths) ?? base.queriesPaths;
  const allow = text('allowInvalid');
  if (allow !== undefined && allow !== '') {
    if (!/^(1|0|true|false|yes|no)$/i.test(allow))
      throw new ConfigError(`${describe('allowInvalid')} must be true or false, got '${allow}'`);
    config.allowInvalid = /^(1|true|yes)$/i.test(allow);
  }
  return config;
}

/** A comma-separated list (environment) or repeated values (flags); undefined when empty. */
function paths(value: string | string[] | undefined): string[] | undefined {
  const list = (Array.isArray(value) ? value : value?.split(','))?.map((p) => p.trim()).filter(Boolean);
  return list && list.length > 0 ? list : undefined;
}

/** The configuration given by SUMMIT_KG_* environment variables. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Raw = {};
  for (const key of Object.keys(ENV_NAMES) as (keyof Config)[]) raw[key] = env[ENV_NAMES[key]];
  return resolveConfig(raw);
}
