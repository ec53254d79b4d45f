// Federated answers against the local engine's: for every federated saved query and a set of scoping
// patterns (FILTER in nested groups, OPTIONAL inside and around SERVICE, MINUS, EXISTS, BIND,
// aggregates, sub-queries with LIMIT, VALUES, UNION), the answer of the federation — the real graph
// joined through SERVICE with a local endpoint serving the Wikidata-shaped fixture — must equal
// Oxigraph's answer on the real graph plus the fixture, with the SERVICE keyword removed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Binder, readSavedQuery, type SavedQuery } from '../../src/catalog/index.ts';
import { DEFAULTS } from '../../src/config/index.ts';
import { loadGraph } from '../../src/graph/index.ts';
import { defaultGraph, parseQuads, parseSparql, quad, type Store, writeSparql } from '../../src/rdf/index.ts';
import { AnalysisMemo, planQuery, runLocalQuery } from '../../src/sparql/index.ts';
import { runFederatedQuery, USER_AGENT } from '../../src/wikidata/index.ts';
import { QUERIES, REAL_DATA, SMALL_SHAPES, WIKIDATA_FIXTURE } from '../helpers/paths.ts';
import { type OwnServer, startTestServer } from '../helpers/server.ts';

const WIKIDATA = 'https://query.wikidata.org/sparql';
const LIMITS = {
  maxQueryNodes: DEFAULTS.maxQueryNodes,
  maxQueryDepth: DEFAULTS.maxQueryDepth,
  maxResultBytes: Number.MAX_SAFE_INTEGER,
  federationAllowList: [WIKIDATA],
  analysisCacheBytes: 0,
};

let fixture: OwnServer;
let local: Store;
let merged: Store;
beforeAll(async () => {
  fixture = await startTestServer({ dataPaths: [WIKIDATA_FIXTURE], shapesPaths: [SMALL_SHAPES], workers: 1 });
  local = loadGraph(REAL_DATA, { maxDataBytes: DEFAULTS.maxDataBytes }).store;
  // The same graph with the fixture's triples in its default graph, where SERVICE's patterns would find them.
  merged = loadGraph(REAL_DATA, { maxDataBytes: DEFAULTS.maxDataBytes }).store;
  const text = readFileSync(join(WIKIDATA_FIXTURE, 'items.ttl'), 'utf8');
  for (const q of parseQuads(text, { format: 'text/turtle' }))
    merged.add(quad(q.subject, q.predicate, q.object, defaultGraph()));
}, 120_000);
afterAll(() => fixture?.close());

/** The query with each SERVICE pattern replaced by a plain group of its patterns. */
function withoutService(query: string): string {
  const parsed = parseSparql(query);
  const stack: unknown[] = [parsed];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        if (item?.type === 'service') node[i] = { type: 'group', patterns: item.patterns };
      });
    }
    stack.push(...(Array.isArray(node) ? node : Object.values(node)));
  }
  return writeSparql(parsed);
}

/** A query's answer from both sides, in a form that compares: sorted solutions or triples, or the boolean. */
async function answers(query: string): Promise<{ federated: string[]; oxigraph: string[] }> {
  const plan = planQuery({ query, formats: [], defaultGraphs: [], namedGraphs: [] }, new AnalysisMemo(0), LIMITS);
  const graph = plan.analysis.form === 'construct' || plan.analysis.form === 'describe';
  const format = graph ? 'ntriples' : 'json';
  const planned = planQuery(
    { query, formats: [format], defaultGraphs: [], namedGraphs: [] },
    new AnalysisMemo(0),
    LIMITS,
  );
  expect(planned.analysis.services, 'the query calls Wikidata').toEqual([WIKIDATA]);
  const federated = await runFederatedQuery(local, planned, {
    endpoints: { [WIKIDATA]: `${fixture.url}/sparql` },
    userAgent: USER_AGENT,
    timeoutMs: 30_000,
    cacheEntries: 0,
    cacheTtlMs: 0,
  });
  const oxigraph = runLocalQuery(merged, { ...planned, query: withoutService(query) });
  const normalise = graph ? triples : solutions;
  return { federated: normalise(federated), oxigraph: normalise(oxigraph) };
}

const triples = (text: string) => text.split('\n').filter(Boolean).sort();

/** SPARQL JSON as sorted solutions; a GROUP_CONCAT cell's parts are sorted (their order is the engine's). */
function solutions(text: string): string[] {
  const json = JSON.parse(text) as { boolean?: boolean; results?: { bindings: Record<string, { value: string }>[] } };
  if (json.boolean !== undefined) return [String(json.boolean)];
  return (json.results?.bindings ?? [])
    .map((row) =>
      JSON.stringify(
        Object.entries(row)
          .map(([name, term]) => [
            name,
            {
              ...term,
              value: term.value
                .split(/ \| |, /)
                .sort()
                .join(' | '),
            },
          ])
          .sort(),
      ),
    )
    .sort();
}

const P = `PREFIX aas: <https://w3id.org/aiactionsummit/ontology#>
PREFIX document: <https://w3id.org/aiactionsummit/id/document/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
`;
const W = `<${WIKIDATA}>`;

/** Scoping patterns, each with the number of solutions (or triples) both sides must give. */
const PATTERNS: [name: string, query: string, size: number][] = [
  [
    'a FILTER in a nested group, on a variable bound outside it',
    `SELECT ?state ?item WHERE { ?state owl:sameAs ?item . { SERVICE ${W} { ?item wdt:P30 ?continent } FILTER(BOUND(?state)) } }`,
    0,
  ],
  [
    'a FILTER in a nested group comparing with a variable bound outside it',
    `SELECT ?state ?continent WHERE { ?state owl:sameAs ?item . { SERVICE ${W} { ?item wdt:P30 ?continent } FILTER(?continent != ?state) } }`,
    0,
  ],
  [
    'a FILTER inside SERVICE on a variable bound outside it',
    `SELECT ?state ?label WHERE { ?state owl:sameAs ?item ; rdfs:label ?name . SERVICE ${W} { ?item rdfs:label ?label FILTER(STR(?label) = STR(?name)) } }`,
    0,
  ],
  [
    'OPTIONAL inside SERVICE',
    `SELECT ?state ?continent ?code WHERE { ?state a schema:Country ; owl:sameAs ?item . SERVICE ${W} { ?item wdt:P30 ?continent OPTIONAL { ?item wdt:P297 ?code } } }`,
    62,
  ],
  [
    'OPTIONAL around SERVICE',
    `SELECT ?state ?code WHERE { ?state a schema:Country ; owl:sameAs ?item . OPTIONAL { SERVICE ${W} { ?item wdt:P297 ?code } } }`,
    60,
  ],
  [
    'OPTIONAL around SERVICE, its FILTER on both sides',
    `SELECT ?state ?name ?label WHERE { ?state owl:sameAs ?item ; rdfs:label ?name FILTER(LANG(?name) = "en") OPTIONAL { SERVICE ${W} { ?item rdfs:label ?label } FILTER(LANG(?label) = LANG(?name)) } }`,
    111,
  ],
  [
    'MINUS with SERVICE',
    `SELECT ?state WHERE { ?state a schema:Country ; owl:sameAs ?item MINUS { SERVICE ${W} { ?item wdt:P463 wd:Q458 } } }`,
    33,
  ],
  [
    'FILTER EXISTS with SERVICE',
    `SELECT ?state WHERE { ?state owl:sameAs ?item FILTER EXISTS { SERVICE ${W} { ?item wdt:P463 wd:Q19771 } } }`,
    16,
  ],
  [
    'FILTER NOT EXISTS with SERVICE',
    `SELECT ?state WHERE { ?state a schema:Country ; owl:sameAs ?item FILTER NOT EXISTS { SERVICE ${W} { ?item wdt:P463 wd:Q19771 } } }`,
    45,
  ],
  [
    'BIND before SERVICE',
    `SELECT ?state ?text ?code WHERE { ?state owl:sameAs ?item BIND(STR(?item) AS ?text) SERVICE ${W} { ?item wdt:P297 ?code } }`,
    59,
  ],
  [
    'BIND inside SERVICE, and after it',
    `SELECT ?state ?lower ?upper WHERE { ?state owl:sameAs ?item SERVICE ${W} { ?item wdt:P297 ?code BIND(LCASE(?code) AS ?lower) } BIND(UCASE(?lower) AS ?upper) }`,
    59,
  ],
  [
    'aggregates over a SERVICE',
    `SELECT ?continent (COUNT(DISTINCT ?state) AS ?states) (GROUP_CONCAT(?code; separator=", ") AS ?codes) WHERE { ?state owl:sameAs ?item SERVICE ${W} { ?item wdt:P30 ?continent OPTIONAL { ?item wdt:P297 ?code } } } GROUP BY ?continent HAVING(COUNT(?state) > 2)`,
    5,
  ],
  [
    'a sub-query with ORDER BY and LIMIT around a SERVICE',
    `SELECT ?state ?code WHERE { { SELECT ?item ?code WHERE { ?linked owl:sameAs ?item SERVICE ${W} { ?item wdt:P297 ?code } } ORDER BY DESC(?code) LIMIT 5 } ?state owl:sameAs ?item }`,
    5,
  ],
  [
    'a sub-query with LIMIT inside SERVICE',
    `SELECT ?state ?code WHERE { ?state owl:sameAs ?item SERVICE ${W} { { SELECT ?item ?code WHERE { ?item wdt:P297 ?code } ORDER BY ?code LIMIT 3 } } }`,
    3,
  ],
  [
    'VALUES before SERVICE',
    `SELECT ?item ?label WHERE { VALUES ?item { wd:Q142 wd:Q668 wd:Q999999999 } SERVICE ${W} { ?item rdfs:label ?label } }`,
    4,
  ],
  [
    'VALUES inside SERVICE',
    `SELECT ?state ?property ?value WHERE { ?state a schema:Country ; owl:sameAs ?item SERVICE ${W} { VALUES ?property { wdt:P30 wdt:P297 } ?item ?property ?value } }`,
    121,
  ],
  [
    'SERVICE first in its group, local patterns after it',
    `SELECT ?state WHERE { SERVICE ${W} { ?item wdt:P463 wd:Q1764511 } ?state owl:sameAs ?item }`,
    7,
  ],
  [
    'SERVICE in both branches of a UNION',
    `SELECT ?state ?group WHERE { ?state owl:sameAs ?item { SERVICE ${W} { ?item wdt:P463 wd:Q1764511 } BIND("G7" AS ?group) } UNION { SERVICE ${W} { ?item wdt:P463 wd:Q458 } BIND("EU" AS ?group) } }`,
    34,
  ],
  [
    'two SERVICE patterns in one group, the second using the first',
    `SELECT ?state ?continentLabel WHERE { ?state owl:sameAs ?item SERVICE ${W} { ?item wdt:P30 ?continent } SERVICE SILENT ${W} { ?continent rdfs:label ?continentLabel FILTER(LANG(?continentLabel) = "fr") } }`,
    62,
  ],
  [
    'a SERVICE variable left unbound by an OPTIONAL before it',
    `SELECT ?initiative ?code WHERE { ?initiative a aas:Initiative OPTIONAL { ?initiative owl:sameAs ?item } SERVICE ${W} { ?item wdt:P297 ?code FILTER(?code IN ("FR", "KE")) } }`,
    40,
  ],
  ['ASK with SERVICE', `ASK { ?state owl:sameAs ?item SERVICE ${W} { ?item wdt:P297 "KE" } }`, 1],
  [
    'CONSTRUCT with SERVICE',
    `CONSTRUCT { ?state wdt:P297 ?code } WHERE { ?state owl:sameAs ?item SERVICE ${W} { ?item wdt:P297 ?code } }`,
    59,
  ],
];

describe('federated answers equal the local engine’s, on scoping patterns', () => {
  for (const [name, query, size] of PATTERNS) {
    it(`${name}`, async () => {
      const { federated, oxigraph } = await answers(P + query);
      expect(federated).toEqual(oxigraph);
      expect(federated).toHaveLength(size);
    });
  }
});

const SAVED: SavedQuery[] = readdirSync(QUERIES)
  .filter((file) => file.startsWith('wikidata-') && file.endsWith('.rq'))
  .sort()
  .map((file) => {
    const { query } = readSavedQuery(join(QUERIES, file), readFileSync(join(QUERIES, file), 'utf8'));
    if (!query) throw new Error(`${file} does not read`);
    return query;
  });

describe('federated answers equal the local engine’s, on every federated saved query', () => {
  it('should cover the six federated saved queries at least', () => {
    expect(SAVED.length).toBeGreaterThanOrEqual(6);
  });

  for (const saved of SAVED) {
    const languages = saved.parameters.some((p) => p.name === 'lang') ? ['en', 'fr'] : [undefined];
    for (const lang of languages) {
      it(`${saved.name}${lang ? ` (lang=${lang})` : ''}`, async () => {
        const text = new Binder(64 * 1024, 0).bind(saved, lang ? { lang } : {}).text;
        const { federated, oxigraph } = await answers(text);
        expect(federated).toEqual(oxigraph);
        expect(federated.length).toBeGreaterThan(0);
      });
    }
  }
});
