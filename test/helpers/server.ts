// Servers for tests: the shared ones started once for the whole run (test/setup/servers.ts), or one
// of a test's own, on an ephemeral port of 127.0.0.1, when it needs other settings.
import { inject } from 'vitest';
import { type Config, DEFAULTS } from '../../src/config/index.ts';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import { SMALL_DATA, SMALL_SHAPES } from './paths.ts';

export { REAL_DATA, SMALL_DATA, SMALL_SHAPES } from './paths.ts';

/** What tests use of a server: its URL, fetch() relative to it, and close() (a no-op for shared ones). */
export interface TestServer {
  url: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** A server a test started itself, with its internals (pool, log lines) to look at. */
export interface OwnServer extends RunningServer, TestServer {
  logs: string[];
}

/** A server of the test's own: the small fixture unless `overrides` say otherwise. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<OwnServer> {
  const logs: string[] = [];
  const server = await startServer(
    { ...DEFAULTS, port: 0, workers: 2, dataPaths: [SMALL_DATA], shapesPaths: [SMALL_SHAPES], ...overrides },
    (line) => logs.push(line),
  );
  return Object.assign(server, {
    logs,
    get: (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init),
  });
}

/**
 * One of the servers shared by the run: 'real' (the graph, its saved queries and shapes),
 * 'fixtures' (the small fixture and the fixture queries) or 'wikidata' (a stand-in for Wikidata).
 * Closing it is left to the run.
 */
export function sharedServer(name: 'real' | 'fixtures' | 'wikidata'): TestServer {
  const url = inject('servers')[name];
  return { url, get: (path, init) => fetch(`${url}${path}`, init), close: async () => {} };
}

export const sparqlGet = (query: string, extra = '') => `/sparql?query=${encodeURIComponent(query)}${extra}`;
