// serve --store over the fixture store (test/helpers/store-fixture.ts) holding the published real
// graph: queries go to the store with the union as the default graph and without it among the named
// graphs, answers in formats the store does not give are converted, errors are the app's, and two
// replicas over the same store tag the same answer alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { QUERIES, REAL_DATA, SHAPES } from '../helpers/paths.ts';
import { type OwnServer, sparqlGet, startTestServer } from '../helpers/server.ts';
import { type FixtureStore, startFixtureStore } from '../helpers/store-fixture.ts';

const UNION = 'https://w3id.org/aiactionsummit/graph/union';
const CREDENTIALS = { SUMMIT_KG_STORE_USER: 'writer', SUMMIT_KG_STORE_PASSWORD: 's3cret pass' };

let fixture: FixtureStore;
let server: OwnServer;
let replica: OwnServer;

const startOver = (store: string) =>
  startTestServer({
    dataPaths: ['/nonexistent-the-store-is-the-data'],
    shapesPaths: [SHAPES],
    queriesPaths: [QUERIES],
    workers: 1,
    store,
    storeUser: CREDENTIALS.SUMMIT_KG_STORE_USER,
    storePassword: CREDENTIALS.SUMMIT_KG_STORE_PASSWORD,
  });

beforeAll(async () => {
  fixture = await startFixtureStore();
  const published = await runCli(
    [
      'publish',
      '--to',
      `${fixture.url}/data`,
      '--store',
      `${fixture.url}/sparql`,
      ...REAL_DATA.flatMap((d) => ['--data', d]),
    ],
    CREDENTIALS,
  );
  expect(published.code, published.stderr).toBe(0);
  [server, replica] = await Promise.all([startOver(`${fixture.url}/sparql`), startOver(`${fixture.url}/sparql`)]);
}, 240_000);

afterAll(async () => {
  await server?.close();
  await replica?.close();
  await fixture?.close();
});

async function get(path: string, accept = 'application/sparql-results+json') {
  const response = await server.get(path, { headers: { Accept: accept } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    etag: response.headers.get('etag'),
    body: await response.text(),
  };
}

describe('serve --store', () => {
  it('should read the store’s graphs at start, validate them, and send queries to the store', async () => {
    expect(server.store).toBe(`${fixture.url}/sparql`);
    expect(server.logs.join('\n')).toMatch(
      /Read 5320 quads in 9 named graphs from the store at .* queries go to the store\./,
    );
    expect(server.validation.violations).toBe(0);
    const before = fixture.requests.length;
    expect((await get(sparqlGet('ASK { ?s ?p ?o }'))).body).toContain('true');
    // With credentials set, the first request with a body asks with a HEAD whether the store wants them; this one does not.
    expect(fixture.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([
      'HEAD /sparql',
      'POST /sparql',
    ]);
    await get(sparqlGet('ASK { ?s ?p ?p }'));
    expect(fixture.requests.slice(before + 2).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /sparql']);
    const health = await (await server.get('/health')).json();
    expect(health).toMatchObject({ status: 'ready', store: `${fixture.url}/sparql`, quads: 5320, graphs: 9 });
  });

  it('should give queries without a dataset the union as default graph and the published graphs as named graphs', async () => {
    const { body } = await get(sparqlGet('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'));
    expect(JSON.parse(body).results.bindings[0].n.value).toBe('4609');
    const sent = new URLSearchParams(fixture.requests.at(-1)?.body);
    expect(sent.getAll('default-graph-uri')).toEqual([UNION]);
    expect(sent.getAll('named-graph-uri')).toHaveLength(9);
    const graphs = await get(sparqlGet('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }'));
    const names = JSON.parse(graphs.body).results.bindings.map((b: { g: { value: string } }) => b.g.value);
    expect(names).toHaveLength(9);
    expect(names).not.toContain(UNION);
  });

  it('should pass the request’s own dataset through, and the query’s FROM untouched', async () => {
    const graph = 'https://w3id.org/aiactionsummit/graph/sources';
    await get(
      `${sparqlGet('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')}&default-graph-uri=${encodeURIComponent(graph)}`,
    );
    expect(new URLSearchParams(fixture.requests.at(-1)?.body).getAll('default-graph-uri')).toEqual([graph]);
    const reply = await get(sparqlGet(`SELECT (COUNT(*) AS ?n) FROM <${graph}> WHERE { ?s ?p ?o }`));
    expect(JSON.parse(reply.body).results.bindings[0].n.value).toBe('178');
    expect(new URLSearchParams(fixture.requests.at(-1)?.body).getAll('default-graph-uri')).toEqual([]);
  });

  it('should pass through an answer in the negotiated format, and convert one the store could not give', async () => {
    const query = sparqlGet('SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g');
    const csv = await get(query, 'text/csv');
    expect(csv.type).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\r\n')[0]).toBe('g,n');
    fixture.fewFormats = true;
    try {
      const converted = await get(`${query}&x=1`, 'text/tab-separated-values');
      expect(converted.status, converted.body).toBe(200);
      expect(converted.type).toBe('text/tab-separated-values; charset=utf-8');
      expect(converted.body.split('\n')[0]).toBe('?g\t?n');
      expect(converted.body).toContain(
        '<https://w3id.org/aiactionsummit/graph/declaration>\t"1008"^^<http://www.w3.org/2001/XMLSchema#integer>',
      );
      const xml = await get(`${query}&x=2`, 'application/sparql-results+xml');
      expect(xml.body).toContain(
        '<binding name="n"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">1008</literal></binding>',
      );
      const turtle = await get(
        sparqlGet('CONSTRUCT WHERE { <https://w3id.org/aiactionsummit/id/country/FR> ?p ?o }'),
        'text/turtle',
      );
      expect(turtle.type).toBe('text/turtle; charset=utf-8');
      expect(turtle.body).toContain('<https://w3id.org/aiactionsummit/id/country/FR>');
    } finally {
      fixture.fewFormats = false;
    }
  });

  it('should answer saved queries through the store', async () => {
    const before = fixture.requests.length;
    const reply = await get('/api/queries/signatory-counts');
    expect(reply.status, reply.body).toBe(200);
    expect(reply.body).toContain('"60"');
    expect(fixture.requests.length).toBe(before + 1);
  });

  it('should refuse a syntax error, or a SERVICE off the allow-list, before the store sees it', async () => {
    const before = fixture.requests.length;
    const bad = await get(sparqlGet('SELECT * WHERE { ?s ?p }'));
    expect(bad.status).toBe(400);
    const service = await get(sparqlGet('SELECT * WHERE { SERVICE <https://example.org/sparql> { ?s ?p ?o } }'));
    expect(service.status).toBe(400);
    expect(service.body).toContain('SERVICE <https://example.org/sparql> is not allowed');
    expect(fixture.requests.length).toBe(before);
  });

  it('should tag the same answer alike on two replicas over the same store', async () => {
    const query = sparqlGet(
      'SELECT ?s WHERE { ?s a <https://w3id.org/aiactionsummit/ontology#Initiative> } ORDER BY ?s LIMIT 3',
    );
    const [a, b] = await Promise.all([server.get(query), replica.get(query)]);
    expect(a.headers.get('etag')).toBeTruthy();
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
    expect(await a.text()).toBe(await b.text());
  });

  it('should refuse to start over a store that holds no published graph', async () => {
    const empty = await startFixtureStore();
    try {
      await expect(startOver(`${empty.url}/sparql`)).rejects.toThrow(
        `The store at ${empty.url}/sparql holds no union graph <${UNION}> under <https://w3id.org/aiactionsummit/graph/>`,
      );
    } finally {
      await empty.close();
    }
  });
});
