// Shared helpers for the saved-query tests: a real server (ontology/ and data/, the saved queries of
// queries/) on an ephemeral port, running a saved query over HTTP, and reading its answer.
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Config } from '../../src/config/index.ts';
import { jsonRows } from '../helpers/parse.ts';
import { REAL_DATA, startTestServer, type TestServer } from '../helpers/server.ts';

export const QUERIES = fileURLToPath(new URL('../../queries', import.meta.url));
export const WIKIDATA_FIXTURE = fileURLToPath(new URL('../fixtures/wikidata', import.meta.url));
/** The project's SHACL shapes: the server validates the real data against them before it serves. */
export const SHAPES = fileURLToPath(new URL('../../shapes', import.meta.url));

export const BASE = 'https://w3id.org/aiactionsummit/';
export const ID = `${BASE}id/`;
export const GRAPH = `${BASE}graph/`;
export const AAS = `${BASE}ontology#`;
export const SCHEMA = 'https://schema.org/';
export const WD = 'http://www.wikidata.org/entity/';

export type Row = Record<string, string>;

/** The real graph and the saved queries of queries/, on a port of its own. */
export function startQueryServer(overrides: Partial<Config> = {}): Promise<TestServer> {
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
