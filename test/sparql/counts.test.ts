// Counting whole graphs from the store's own counts: a query that counts every triple of a graph (or of
// every named graph, or of the union) is answered from them, with the answer the engine gives; any
// other query, or one over a dataset of its own, is left to the engine.
import { beforeAll, describe, expect, it } from 'vitest';
import { Binder, loadCatalog } from '../../src/catalog/index.ts';
import { DEFAULTS } from '../../src/config/index.ts';
import { loadGraph, namedGraphs, storeSizes, unpackGraphs } from '../../src/graph/index.ts';
import { count, newStore, type Store, serialise } from '../../src/rdf/index.ts';
import { AnalysisMemo, type EngineLimits, planQuery, type QueryJob, type StoreCounts } from '../../src/sparql/index.ts';
import { QUERIES, REAL_DATA } from '../helpers/paths.ts';

const limits: EngineLimits = { ...DEFAULTS, federationAllowList: [] };
const JSON_RESULTS = 'application/sparql-results+json';
const SOURCES = 'https://w3id.org/aiactionsummit/graph/sources';

let graph: ReturnType<typeof loadGraph>;
let store: Store;
let counts: StoreCounts;

beforeAll(() => {
  graph = loadGraph(REAL_DATA, { maxDataBytes: DEFAULTS.maxDataBytes });
  store = newStore();
  unpackGraphs(store, graph.packed, DEFAULTS.maxDataBytes);
  counts = storeSizes(store, graph.graphs);
});

const job = (query: string, dataset: Partial<QueryJob> = {}): QueryJob => ({
  query,
  formats: [],
  accept: JSON_RESULTS,
  defaultGraphs: [],
  namedGraphs: [],
  ...dataset,
});

/** The answer's variables and its rows, in a stable order (an ORDER BY's order is kept as given). */
function answer(text: string, ordered: boolean) {
  const { head, results, boolean } = JSON.parse(text) as {
    head: { vars?: string[] };
    results?: { bindings: Record<string, object>[] };
    boolean?: boolean;
  };
  const term = (t: object) => Object.fromEntries(Object.entries(t).sort());
  const rows = (results?.bindings ?? []).map((row) =>
    JSON.stringify(
      Object.entries(row)
        .sort()
        .map(([name, t]) => [name, term(t)]),
    ),
  );
  return { vars: head.vars, rows: ordered ? rows : rows.sort(), boolean };
}

/** Runs the query as a worker does, with the store's counts and without; returns both answers and whether the text was rewritten. */
function both(query: string, dataset: Partial<QueryJob> = {}) {
  const ordered = /ORDER BY/i.test(query);
  const run = (withCounts: boolean) => {
    const plan = planQuery(job(query, dataset), new AnalysisMemo(1 << 20), limits, withCounts ? counts : undefined);
    const body = serialise(store, plan.query, JSON_RESULTS, {
      ...(plan.dataset.kind === 'explicit'
        ? {
            default_graph: plan.dataset.defaultGraphs.map((g) => ({ termType: 'NamedNode', value: g })),
            named_graphs: plan.dataset.namedGraphs.map((g) => ({ termType: 'NamedNode', value: g })),
          }
        : {}),
    } as never);
    return { plan, answer: answer(body, ordered) };
  };
  const counted = run(true);
  const engine = run(false);
  return { rewritten: counted.plan.query !== query, counted: counted.answer, engine: engine.answer };
}

describe("the store's counts", () => {
  it("should be the store's own sizes: each named graph, and the union default graph", () => {
    expect([...counts.graphs].map(([g, quads]) => ({ graph: g, quads }))).toEqual(namedGraphs(store));
    expect(counts.union()).toBe(count(store, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'));
    expect(counts.union()).toBe(graph.tripleCount);
  });
});

describe('answering counts of whole graphs from the store', () => {
  it.each([
    ['every triple of the union', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'],
    ['COUNT of a variable always bound, DISTINCT *', 'SELECT DISTINCT (COUNT(DISTINCT *) AS ?n) { ?a ?b ?c }'],
    ['each named graph', 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g'],
    ['each graph, by count', 'SELECT ?g (COUNT(?o) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n) ?g'],
    ['the top two, counts only', 'SELECT (COUNT(?s) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?n LIMIT 2'],
    ['every named graph together', 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }'],
    ['one graph by its IRI', `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${SOURCES}> { ?s ?p ?o } }`],
    ['a graph that does not exist', 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://e.org/none> { ?s ?p ?o } }'],
    [
      'a subquery joined to the sources',
      `PREFIX aas: <https://w3id.org/aiactionsummit/ontology#>
       SELECT ?g ?n WHERE { ?g a aas:SourceGraph OPTIONAL { SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g } }`,
    ],
    [
      'subqueries in UNION and MINUS',
      'SELECT * WHERE { { SELECT (COUNT(*) AS ?all) { ?s ?p ?o } } UNION { SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g } MINUS { SELECT (COUNT(*) AS ?x) { GRAPH ?h { ?s ?p ?o } } } }',
    ],
    ['an ASK around one', 'ASK { { SELECT (COUNT(*) AS ?n) { ?s ?p ?o } } FILTER(?n > 1000) }'],
  ])('should answer %s from the counts, as the engine does', (_, query) => {
    const { rewritten, counted, engine } = both(query);
    expect(rewritten).toBe(true);
    expect(counted).toEqual(engine);
  });

  it.each([
    ['a COUNT(DISTINCT) of one variable', 'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }'],
    ['a pattern with a constant', 'SELECT (COUNT(*) AS ?n) WHERE { ?s a ?o }'],
    ['a repeated variable', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?s }'],
    ['a second pattern', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?o ?q ?r }'],
    ['a filter', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?o)) }'],
    ['a grouping by subject', 'SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s LIMIT 3'],
    ['a HAVING', 'SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g HAVING (COUNT(*) > 100)'],
    [
      'an ORDER BY an aggregate',
      'SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(COUNT(*))',
    ],
    ['a second aggregate', 'SELECT (COUNT(*) AS ?n) (SAMPLE(?s) AS ?x) WHERE { ?s ?p ?o }'],
    [
      'a subquery inside GRAPH (it counts the named graph)',
      `SELECT ?n { GRAPH <${SOURCES}> { SELECT (COUNT(*) AS ?n) { ?s ?p ?o } } }`,
    ],
    ['the graph variable in the triple', 'SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?g ?p ?o } } GROUP BY ?g'],
    ['a dataset of its own (FROM)', `SELECT (COUNT(*) AS ?n) FROM <${SOURCES}> WHERE { ?s ?p ?o }`],
  ])('should leave %s to the engine', (_, query) => {
    const { rewritten, counted, engine } = both(query);
    expect(rewritten).toBe(false);
    expect(counted).toEqual(engine);
  });

  it("should leave a count over the protocol's dataset to the engine", () => {
    const { rewritten, counted } = both('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', { defaultGraphs: [SOURCES] });
    expect(rewritten).toBe(false);
    const sources = graph.graphs.find((g) => g.graph === SOURCES)?.quads;
    const integer = { datatype: 'http://www.w3.org/2001/XMLSchema#integer', type: 'literal', value: String(sources) };
    expect(counted.rows).toEqual([JSON.stringify([['n', integer]])]);
  });

  it('should give the sources saved query the statements each graph holds, as the engine counts them', () => {
    const sources = loadCatalog([QUERIES]).queries.find((q) => q.name === 'sources');
    if (!sources) throw new Error('no sources saved query');
    for (const lang of ['en', 'fr']) {
      const text = new Binder(DEFAULTS.maxQueryBytes, 0).bindValues(sources, new Map([['lang', lang]]));
      const { rewritten, counted, engine } = both(text);
      expect(rewritten).toBe(true);
      expect(counted).toEqual(engine);
      expect(counted.rows).toHaveLength(9);
    }
  });
});
