// Starts the real server on an ephemeral port of 127.0.0.1 for a test file.
import { fileURLToPath } from 'node:url';
import { type Config, DEFAULTS } from '../../src/config/index.ts';
import { type RunningServer, startServer } from '../../src/server/index.ts';

export const SMALL_DATA = fileURLToPath(new URL('../fixtures/small', import.meta.url));
export const SMALL_SHAPES = fileURLToPath(new URL('../fixtures/small-shapes', import.meta.url));
export const REAL_DATA = ['ontology', 'data'].map((dir) => fileURLToPath(new URL(`../../${dir}`, import.meta.url)));

export interface TestServer extends RunningServer {
  logs: string[];
  /** fetch() relative to the server's URL. */
  get(path: string, init?: RequestInit): Promise<Response>;
}

export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
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

export const sparqlGet = (query: string, extra = '') => `/sparql?query=${encodeURIComponent(query)}${extra}`;
