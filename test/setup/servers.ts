// Servers shared by the test files of a project, started once (vitest globalSetup): the real graph
// with its saved queries and shapes, the small fixture with the fixture queries, and a stand-in for
// Wikidata. Tests reach them by URL (sharedServer() in helpers/server.ts); a test that needs other
// settings starts a server of its own.
import type { TestProject } from 'vitest/node';
import { DEFAULTS } from '../../src/config/index.ts';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import {
  FIXTURE_QUERIES,
  QUERIES,
  REAL_DATA,
  SHAPES,
  SMALL_DATA,
  SMALL_SHAPES,
  WIKIDATA_FIXTURE,
} from '../helpers/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    servers: Record<'real' | 'fixtures' | 'wikidata', string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const quiet = () => {};
  // A generous time limit: on a busy machine a whole-graph validation can take more than the default
  // 10 s. Every test file connects from 127.0.0.1, as one address: its share of the connections is
  // that of a proxy. The tests of these limits start servers of their own.
  const base = { ...DEFAULTS, port: 0, workers: 2, queryTimeoutMs: 120_000, maxClientConnections: 1000 };
  const started: RunningServer[] = await Promise.all([
    startServer({ ...base, dataPaths: REAL_DATA, shapesPaths: [SHAPES], queriesPaths: [QUERIES] }, quiet),
    startServer(
      { ...base, dataPaths: [SMALL_DATA], shapesPaths: [SMALL_SHAPES], queriesPaths: [FIXTURE_QUERIES] },
      quiet,
    ),
    startServer({ ...base, workers: 1, dataPaths: [WIKIDATA_FIXTURE], shapesPaths: [SMALL_SHAPES] }, quiet),
  ]);
  const [real, fixtures, wikidata] = started.map((server) => server.url) as [string, string, string];
  project.provide('servers', { real, fixtures, wikidata });
  return async () => {
    await Promise.all(started.map((server) => server.close()));
  };
}
