// Shared helpers for the saved-query tests: the real graph served with the saved queries of
// queries/, running a saved query over HTTP, and reading its answer.
import { expect } from 'vitest';
import type { Config } from '../../src/config/index.ts';
import { jsonRows } from '../helpers/parse.ts';
import { QUERIES, REAL_DATA, SHAPES } from '../helpers/paths.ts';
import { sharedServer, startTestServer, type TestServer } from '../helpers/server.ts';

export { QUERIES, SHAPES, WIKIDATA_FIXTURE } from '../helpers/paths.ts';

export const BASE = 'https://w3id.org/aiactionsummit/';
export const ID = `${BASE}id/`;
export const GRAPH = `${BASE}graph/`;
export const AAS = `${BASE}ontology#`;
export const SCHEMA = 'https://schema.org/';
export const WD = 'http://www.wikidata.org/entity/';

export type Row = Record<string, string>;

/** The real graph and the saved queries of queries/: the run's shared server, or one of its own with other settings. */
export async function startQueryServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  if (Object.keys(overrides).length === 0) return sharedServer('real');
  return startTestServer({
    dataPaths: REAL_DATA,
    shapesPaths: [SHAPES],
    queriesPaths: [QUERIES],
    workers: 1,
    ...overrides,
  });
}

/** GET /api/queries/{name}?params: expects 200 and SPARQL JSON, returns the rows (values only). */
export async function runSaved(server: TestServer, name: string, params: Record<string, string> = {}): Promise<Row[]> {
  const query = new URLSearchParams(params).toString();
  const response = await server.get(`/api/queries/${name}${query ? `?${query}` : ''}`, {
    headers: { Accept: 'application/sparql-results+json' },
  });
  const body = await response.text();
  expect(response.status, body).toBe(200);
  return jsonRows(body);
}

/** An IRI without the knowledge graph's base, for short expectations: "id/country/FR", "graph/report-en". */
export const short = (iri: string | undefined): string | undefined => iri?.replace(BASE, '');

/** A GROUP_CONCAT cell as a sorted list (an empty group may come back empty or unbound, depending on the engine). */
export const list = (cell: string | undefined, separator = ' '): string[] => (cell ? cell.split(separator).sort() : []);

/** Source graphs of a cell of graph IRIs, as short names ("declaration", "report-en"...), sorted. */
export const graphs = (cell: string | undefined): string[] => list(cell).map((g) => g.replace(GRAPH, ''));

/** Picks some columns of each row, in order: rows.map(pick('a', 'b')) gives [[a, b], ...]. */
export const pick =
  (...columns: string[]) =>
  (row: Row): (string | undefined)[] =>
    columns.map((c) => row[c]);
