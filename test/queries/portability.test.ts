// The saved queries as a whole: enough of them, each following the conventions (a description, tags, an
// ORDER BY, only checked Wikidata identifiers), and each non-federated one giving the same solutions on
// another SPARQL 1.1 engine (Comunica, over the same quads) as on the endpoint: standard SPARQL only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QueryEngine } from '@comunica/query-sparql';
import { Store as N3Store, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Binder, readSavedQuery, type SavedQuery } from '../../src/catalog/index.ts';
import { sampleValue } from '../../src/catalog/params.ts';
import { DEFAULTS } from '../../src/config/index.ts';
import { loadGraph } from '../../src/graph/index.ts';
import type { TestServer } from '../helpers/server.ts';
import { REAL_DATA } from '../helpers/server.ts';
import { QUERIES, type Row, runSaved, startQueryServer } from './helpers.ts';

const TESTS = fileURLToPath(new URL('.', import.meta.url));
const FILES = readdirSync(QUERIES)
  .filter((f) => f.endsWith('.rq'))
  .sort();
const SAVED: SavedQuery[] = FILES.map((f) => {
  const { query, problems } = readSavedQuery(join(QUERIES, f), readFileSync(join(QUERIES, f), 'utf8'));
  if (!query) throw new Error(`${f}: ${problems.map((p) => `${p.line}: ${p.message}`).join('; ')}`);
  return query;
});
const isFederated = (q: SavedQuery) => /SERVICE\s*</.test(q.text);
const LOCAL = SAVED.filter((q) => !isFederated(q));
const FEDERATED = SAVED.filter(isFederated);

// Wikidata identifiers the federated queries may use: the properties and items checked in
// shared/reference (P31, P17, P30, P297, P463, P1891; the EU Q458, the G7 Q1764511, the G20 Q19771),
// and P1082 (population) and P856 (official website), confirmed in public Wikidata query code.
const CHECKED_PROPERTIES = new Set(['P31', 'P17', 'P30', 'P297', 'P463', 'P1891', 'P1082', 'P856']);
const CHECKED_ITEMS = new Set(['Q458', 'Q1764511', 'Q19771', 'Q6256', 'Q3624078', 'Q484652', 'Q4830453']);

describe('the saved queries, as a catalogue', () => {
  it('should answer what users ask: at least 25 local queries and 6 federated ones', () => {
    expect(LOCAL.length).toBeGreaterThanOrEqual(25);
    expect(FEDERATED.length).toBeGreaterThanOrEqual(6);
    expect(FEDERATED.every((q) => q.name.startsWith('wikidata-') && q.tags.includes('federated'))).toBe(true);
  });

  it('should each have its own describe block in test/queries', () => {
    const tests = readdirSync(TESTS)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(TESTS, f), 'utf8'))
      .join('\n');
    expect(
      SAVED.filter((q) => !tests.includes(`describe('${q.name}: `) && !tests.includes(`describe("${q.name}: `)).map(
        (q) => q.name,
      ),
    ).toEqual([]);
  });

  for (const query of SAVED) {
    it(`${query.name} should have a description, tags, explicit prefixes and an ORDER BY`, () => {
      expect(query.description?.trim(), query.name).toBeTruthy();
      expect(query.tags.length, query.name).toBeGreaterThan(0);
      expect(query.text, query.name).toMatch(/^ORDER BY /m);
      expect(query.text, query.name).not.toMatch(/^\s*BASE\s/im);
      for (const p of query.parameters)
        expect(p.example ?? p.default ?? p.enum, `${query.name}: ${p.name}`).toBeDefined();
    });
  }

  for (const query of FEDERATED) {
    it(`${query.name} should call Wikidata only, with checked identifiers, and pass no parameter into SERVICE`, () => {
      const services = [...query.text.matchAll(/SERVICE\s*<([^>]+)>/g)].map((m) => m[1]);
      expect(new Set(services)).toEqual(new Set(['https://query.wikidata.org/sparql']));
      for (const [, property] of query.text.matchAll(/wdt:(P\d+)/g))
        expect(CHECKED_PROPERTIES, `${query.name}: ${property}`).toContain(property);
      for (const [, item] of query.text.matchAll(/wd:(Q\d+)/g))
        expect(CHECKED_ITEMS, `${query.name}: ${item}`).toContain(item);
      // Parameters stay in the local part: a value bound inside SERVICE would make every parameter value a
      // different Wikidata request, where the local part narrows one request for all of them.
      for (const block of query.text.split(/SERVICE\s*</).slice(1)) {
        const body = block.slice(0, block.indexOf('}'));
        expect(body, query.name).not.toMatch(/\?_/);
      }
    });
  }
});

/** Rows compared without order, each cell's separated parts sorted (GROUP_CONCAT's order is the engine's), empty cells dropped. */
function normalised(rows: Row[]): string[] {
  return rows
    .map((row) =>
      JSON.stringify(
        Object.entries(row)
          .filter(([, value]) => value !== '')
          .map(([name, value]) => [
            name,
            value
              .split(/ \| | \+ |, | /)
              .sort()
              .join(' '),
          ])
          .sort(),
      ),
    )
    .sort();
}

describe('the local saved queries on another SPARQL 1.1 engine', () => {
  let server: TestServer;
  let store: N3Store;
  const engine = new QueryEngine();
  beforeAll(async () => {
    // The slow project has no shared servers: a server of its own.
    server = await startQueryServer({ workers: 1 });
    // The same quads, the default graph holding the union of the named graphs as on the endpoint.
    const { store: oxigraphStore } = await loadGraph(REAL_DATA, { maxDataBytes: DEFAULTS.maxDataBytes });
    store = new N3Store();
    for (const quad of oxigraphStore.match(null, null, null, null)) store.addQuad(quad as unknown as Quad);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  for (const query of LOCAL) {
    it(`${query.name} should give the same solutions on Comunica as on the endpoint`, async () => {
      const params = Object.fromEntries(
        query.parameters.filter((p) => p.mandatory || p.example !== undefined).map((p) => [p.name, sampleValue(p)]),
      );
      const expected = await runSaved(server, query.name, params);
      const bindings = await (
        await engine.queryBindings(new Binder(64 * 1024, 0).bind(query, params).text, { sources: [store] })
      ).toArray();
      const actual = bindings.map((b) =>
        Object.fromEntries([...b].map(([variable, term]) => [variable.value, term.value])),
      );
      expect(expected.length, query.name).toBeGreaterThan(0);
      expect(normalised(actual)).toEqual(normalised(expected));
    }, 30_000);
  }
});
