// The SPARQL 1.1 Protocol over real HTTP, through the whole server: query operations, datasets, content negotiation, errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRows, jsonldQuads, jsonRows, rdfxmlQuads, turtleQuads, xmlRows } from '../helpers/parse.ts';
import { type OwnServer, sparqlGet, startTestServer } from '../helpers/server.ts';

let server: OwnServer;
beforeAll(async () => {
  server = await startTestServer({ maxQueryBytes: 2048 });
});
afterAll(() => server.close());

const COUNTRIES =
  'PREFIX ex: <https://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?country ?label WHERE { ?country a ex:Country ; rdfs:label ?label } ORDER BY ?label';
const EXPECTED_COUNTRIES = [
  { country: 'https://example.org/france', label: 'France' },
  { country: 'https://example.org/india', label: 'India' },
  { country: 'https://example.org/kenya', label: 'Kenya' },
];
const CONSTRUCT = 'PREFIX ex: <https://example.org/> CONSTRUCT { ?c a ex:Country } WHERE { ?c a ex:Country }';

describe('query operations', () => {
  it('should answer a query sent with GET', async () => {
    const response = await server.get(sparqlGet(COUNTRIES));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/sparql-results+json; charset=utf-8');
    expect(jsonRows(await response.text())).toEqual(EXPECTED_COUNTRIES);
  });

  it('should answer a query sent with POST as an HTML form', async () => {
    const response = await server.get('/sparql', { method: 'POST', body: new URLSearchParams({ query: COUNTRIES }) });
    expect(response.status).toBe(200);
    expect(jsonRows(await response.text())).toEqual(EXPECTED_COUNTRIES);
  });

  it('should answer a query sent with POST directly as application/sparql-query', async () => {
    const response = await server.get('/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query; charset=utf-8' },
      body: COUNTRIES,
    });
    expect(response.status).toBe(200);
    expect(jsonRows(await response.text())).toEqual(EXPECTED_COUNTRIES);
  });

  it('should answer HEAD with the headers of GET and no body', async () => {
    const response = await server.get(sparqlGet(COUNTRIES), { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/sparql-results+json');
    expect(await response.text()).toBe('');
  });
});

describe('the dataset', () => {
  const GRAPHS = 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g';
  const HEADS = 'SELECT ?n WHERE { <https://example.org/summit> <https://example.org/headsOfState> ?n }';

  it('should make the default graph the union of all named graphs', async () => {
    const rows = jsonRows(await (await server.get(sparqlGet(HEADS))).text());
    expect(rows).toEqual([{ n: '100' }]);
  });

  it('should hold each triple once in the default graph, however many sources state it', async () => {
    const query =
      'SELECT ?label WHERE { <https://example.org/france> <http://www.w3.org/2000/01/rdf-schema#label> ?label }';
    expect(jsonRows(await (await server.get(sparqlGet(query))).text())).toEqual([{ label: 'France' }]);
    const perSource =
      'SELECT ?g WHERE { GRAPH ?g { <https://example.org/france> <http://www.w3.org/2000/01/rdf-schema#label> ?label } } ORDER BY ?g';
    expect(jsonRows(await (await server.get(sparqlGet(perSource))).text())).toEqual([
      { g: 'https://example.org/graph/a' },
      { g: 'https://example.org/graph/b' },
    ]);
  });

  it('should list each source as a named graph, Turtle files in a graph named after the file', async () => {
    const rows = jsonRows(await (await server.get(sparqlGet(GRAPHS))).text());
    expect(rows.map((r) => r.g)).toEqual([
      'https://example.org/graph/a',
      'https://example.org/graph/b',
      'https://w3id.org/aiactionsummit/graph/notes',
    ]);
  });

  it('should use default-graph-uri as the default graph', async () => {
    const inA = await server.get(
      sparqlGet(HEADS, `&default-graph-uri=${encodeURIComponent('https://example.org/graph/a')}`),
    );
    expect(jsonRows(await inA.text())).toEqual([]);
    const inB = await server.get(
      sparqlGet(HEADS, `&default-graph-uri=${encodeURIComponent('https://example.org/graph/b')}`),
    );
    expect(jsonRows(await inB.text())).toEqual([{ n: '100' }]);
  });

  it('should limit GRAPH ?g to the named-graph-uri given', async () => {
    const response = await server.get(
      sparqlGet(GRAPHS, `&named-graph-uri=${encodeURIComponent('https://example.org/graph/b')}`),
    );
    expect(jsonRows(await response.text())).toEqual([{ g: 'https://example.org/graph/b' }]);
  });

  it('should honour the dataset parameters of a POSTed form', async () => {
    const body = new URLSearchParams({ query: HEADS, 'default-graph-uri': 'https://example.org/graph/a' });
    const response = await server.get('/sparql', { method: 'POST', body });
    expect(jsonRows(await response.text())).toEqual([]);
  });

  it("should honour the query's own FROM clause", async () => {
    const query =
      'SELECT ?n FROM <https://example.org/graph/a> WHERE { <https://example.org/summit> <https://example.org/headsOfState> ?n }';
    expect(jsonRows(await (await server.get(sparqlGet(query))).text())).toEqual([]);
  });

  it('should let protocol parameters override FROM, as the protocol says', async () => {
    const query =
      'SELECT ?n FROM <https://example.org/graph/a> WHERE { <https://example.org/summit> <https://example.org/headsOfState> ?n }';
    const response = await server.get(
      sparqlGet(query, `&default-graph-uri=${encodeURIComponent('https://example.org/graph/b')}`),
    );
    expect(jsonRows(await response.text())).toEqual([{ n: '100' }]);
  });
});

describe('content negotiation', () => {
  const get = (query: string, accept: string) => server.get(sparqlGet(query), { headers: { Accept: accept } });

  it('should return SELECT results as SPARQL XML', async () => {
    const response = await get(COUNTRIES, 'application/sparql-results+xml');
    expect(response.headers.get('content-type')).toBe('application/sparql-results+xml; charset=utf-8');
    expect(await xmlRows(await response.text())).toEqual(EXPECTED_COUNTRIES);
  });

  it('should return SELECT results as CSV', async () => {
    const response = await get(COUNTRIES, 'text/csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csvRows(await response.text())).toEqual(EXPECTED_COUNTRIES);
  });

  it('should return SELECT results as TSV with RDF terms', async () => {
    const response = await get(COUNTRIES, 'text/tab-separated-values');
    expect(response.headers.get('content-type')).toBe('text/tab-separated-values; charset=utf-8');
    expect(csvRows(await response.text(), '\t')[0]).toEqual({
      '?country': '<https://example.org/france>',
      '?label': '"France"@en',
    });
  });

  it('should return ASK as a SPARQL JSON boolean', async () => {
    const response = await get('ASK { ?s a <https://example.org/Country> }', '*/*');
    expect(JSON.parse(await response.text())).toEqual({ head: {}, boolean: true });
  });

  it('should return CONSTRUCT results as Turtle by default', async () => {
    const response = await server.get(sparqlGet(CONSTRUCT));
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(turtleQuads(await response.text())).toHaveLength(3);
  });

  it('should return CONSTRUCT results as N-Triples', async () => {
    const response = await get(CONSTRUCT, 'application/n-triples');
    expect(response.headers.get('content-type')).toBe('application/n-triples; charset=utf-8');
    expect(turtleQuads(await response.text(), 'N-Triples')).toHaveLength(3);
  });

  it('should return CONSTRUCT results as JSON-LD', async () => {
    const response = await get(CONSTRUCT, 'application/ld+json');
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect((await jsonldQuads(await response.text())).trim().split('\n')).toHaveLength(3);
  });

  it('should return CONSTRUCT results as RDF/XML', async () => {
    const response = await get(CONSTRUCT, 'application/rdf+xml');
    expect(response.headers.get('content-type')).toBe('application/rdf+xml; charset=utf-8');
    expect(await rdfxmlQuads(await response.text())).toHaveLength(3);
  });

  it('should return DESCRIBE results as Turtle', async () => {
    const response = await get('DESCRIBE <https://example.org/kenya>', 'text/turtle');
    const quads = turtleQuads(await response.text());
    expect(quads.map((q) => q.object.value).sort()).toEqual(['Kenya', 'https://example.org/Country']);
  });

  it('should follow q-values: the highest acceptable one wins', async () => {
    const response = await get(
      COUNTRIES,
      'application/sparql-results+json;q=0.5, text/csv;q=0.9, application/sparql-results+xml;q=0.1',
    );
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('should resolve wildcards against the formats of the query form', async () => {
    expect((await get(COUNTRIES, 'text/*')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await get(CONSTRUCT, 'text/*')).headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect((await get(COUNTRIES, 'text/html, */*;q=0.8')).headers.get('content-type')).toBe(
      'application/sparql-results+json; charset=utf-8',
    );
  });

  it('should answer 406 when no acceptable format exists for the query form', async () => {
    const response = await get(COUNTRIES, 'text/turtle');
    expect(response.status).toBe(406);
    expect(await response.text()).toContain('application/sparql-results+json');
    expect((await get(CONSTRUCT, 'image/png')).status).toBe(406);
  });

  it('should accept a format parameter in place of Accept, and reject an unknown one', async () => {
    const csv = await server.get(sparqlGet(COUNTRIES, '&format=csv'));
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const unknown = await server.get(sparqlGet(COUNTRIES, '&format=yaml'));
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("Unknown format 'yaml'");
  });
});

describe('the service description', () => {
  it('should describe the service in Turtle at /sparql without a query', async () => {
    const response = await server.get('/sparql');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    const quads = turtleQuads(await response.text());
    const sd = 'http://www.w3.org/ns/sparql-service-description#';
    const endpoint = quads.find((q) => q.predicate.value === `${sd}endpoint`);
    expect(endpoint?.object.value).toBe(`${server.url}/sparql`);
    expect(quads.some((q) => q.predicate.value === `${sd}feature` && q.object.value === `${sd}UnionDefaultGraph`)).toBe(
      true,
    );
    const names = quads.filter((q) => q.predicate.value === `${sd}name`).map((q) => q.object.value);
    expect(names).toHaveLength(3);
  });

  it('should point at the VoID description of the dataset', async () => {
    const quads = turtleQuads(await (await server.get('/sparql')).text());
    const seeAlso = quads.filter((q) => q.predicate.value === 'http://www.w3.org/2000/01/rdf-schema#seeAlso');
    // The VoID description, and the graph store (see the graph store's tests below).
    expect(new Set(seeAlso.map((q) => q.object.value))).toEqual(
      new Set([`${server.url}/.well-known/void`, `${server.url}/data`]),
    );
  });

  it('should negotiate the service description as JSON-LD', async () => {
    const response = await server.get('/sparql', { headers: { Accept: 'application/ld+json' } });
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(await jsonldQuads(await response.text())).toContain(
      'http://www.w3.org/ns/sparql-service-description#Service',
    );
  });
});

describe('the graph store, read side (Graph Store Protocol, as Fuseki serves it)', () => {
  const B = 'https://example.org/graph/b';

  it('should return a named graph at /data?graph= and at /sparql?graph=, in any RDF syntax', async () => {
    for (const path of ['/data', '/sparql']) {
      const turtle = await server.get(`${path}?graph=${encodeURIComponent(B)}`);
      expect(turtle.status).toBe(200);
      expect(turtle.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
      expect(turtleQuads(await turtle.text())).toHaveLength(4);
      const xml = await server.get(`${path}?graph=${encodeURIComponent(B)}`, {
        headers: { Accept: 'application/rdf+xml' },
      });
      expect(await rdfxmlQuads(await xml.text())).toHaveLength(4);
    }
    const jsonld = await server.get(`/data?graph=${encodeURIComponent(B)}&format=json`);
    expect((await jsonldQuads(await jsonld.text())).trim().split('\n')).toHaveLength(4);
  });

  it('should return the default graph, the union of the named graphs, at ?default', async () => {
    const response = await server.get('/data?default', { headers: { Accept: 'application/n-triples' } });
    expect(response.status).toBe(200);
    const union = jsonRows(await (await server.get(sparqlGet('SELECT * WHERE { ?s ?p ?o }'))).text());
    expect(turtleQuads(await response.text(), 'N-Triples')).toHaveLength(union.length);
  });

  it('should answer HEAD with the headers of GET and no body', async () => {
    const response = await server.get(`/data?graph=${encodeURIComponent(B)}`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(response.headers.get('etag')).toMatch(/^"/);
    expect(await response.text()).toBe('');
  });

  it('should answer 404 for a graph it does not hold, 400 when no graph is named', async () => {
    const missing = await server.get(`/data?graph=${encodeURIComponent('https://example.org/graph/zzz')}`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(
      'No graph named <https://example.org/graph/zzz> here; the service description (GET /sparql) lists the graphs.\n',
    );
    const none = await server.get('/data');
    expect(none.status).toBe(400);
    expect(await none.text()).toBe('Name the graph to read: ?graph=IRI, or ?default for the default graph.\n');
  });

  it('should refuse every write with 405, saying the store is read-only', async () => {
    const writes: [string, string][] = [
      ['PUT', `/data?graph=${encodeURIComponent(B)}`],
      ['POST', `/data?graph=${encodeURIComponent(B)}`],
      ['DELETE', '/data?default'],
      ['PUT', `/sparql?graph=${encodeURIComponent(B)}`],
      ['POST', `/sparql?graph=${encodeURIComponent(B)}`],
      ['DELETE', '/sparql?default'],
    ];
    for (const [method, path] of writes) {
      const response = await server.get(path, {
        method,
        headers: { 'Content-Type': 'text/turtle' },
        body: method === 'DELETE' ? undefined : '<https://a> <https://b> <https://c> .',
      });
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(await response.text()).toContain(
        'The graph store is read-only: graphs can be read (GET ?graph=IRI or ?default), not written.',
      );
    }
  });

  it('should name the graph store in the service description', async () => {
    const quads = turtleQuads(await (await server.get('/sparql')).text());
    const seeAlso = quads.filter((q) => q.predicate.value === 'http://www.w3.org/2000/01/rdf-schema#seeAlso');
    expect(seeAlso.map((q) => q.object.value)).toContain(`${server.url}/data`);
    expect(
      quads.some(
        (q) =>
          q.subject.value === `${server.url}/data` &&
          q.predicate.value === 'http://purl.org/dc/terms/conformsTo' &&
          q.object.value === 'https://www.w3.org/TR/sparql11-http-rdf-update/',
      ),
    ).toBe(true);
  });
});

describe('parameters clients send along', () => {
  it("should accept SPARQLWrapper's output and results, and Virtuoso's timeout", async () => {
    const response = await server.get(sparqlGet(COUNTRIES, '&format=xml&output=xml&results=xml&timeout=5000'));
    expect(response.status).toBe(200);
    expect(await xmlRows(await response.text())).toEqual(EXPECTED_COUNTRIES);
  });

  it('should refuse with 415 a body declared in a charset other than UTF-8', async () => {
    const response = await server.get('/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query; charset=ISO-8859-1' },
      body: 'ASK {}',
    });
    expect(response.status).toBe(415);
    expect(await response.text()).toBe("Unsupported charset 'iso-8859-1': send the body in UTF-8.\n");
  });

  it("should refuse with 415 the protocol tests' bad_query_non_utf8: a query in UTF-16", async () => {
    const response = await server.get('/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query; charset=UTF-16' },
      body: Buffer.from(`\ufeff${COUNTRIES}`, 'utf16le'),
    });
    expect(response.status).toBe(415);
    expect(await response.text()).toBe("Unsupported charset 'utf-16': send the body in UTF-8.\n");
  });
});

describe('errors', () => {
  it('should answer 400 with line and column for a syntax error', async () => {
    const response = await server.get(sparqlGet('SELECT ?s WHERE {\n  ?s ?p\n}'));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toMatch(/^Syntax error at line 3, column 1: unexpected '\}'/);
  });

  it('should answer 400 when the query is missing from a POST', async () => {
    const response = await server.get('/sparql', {
      method: 'POST',
      body: new URLSearchParams({ 'default-graph-uri': 'https://example.org/graph/a' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Missing the 'query' parameter");
  });

  it('should answer 400 when more than one query is given', async () => {
    const response = await server.get(`${sparqlGet('ASK {}')}&query=${encodeURIComponent('ASK {}')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("'query' parameter was given 2 times");
  });

  it('should answer 400 to an update sent to the query endpoint', async () => {
    const asQuery = await server.get('/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query' },
      body: 'INSERT DATA { <https://a> <https://b> <https://c> }',
    });
    expect(asQuery.status).toBe(400);
    expect(await asQuery.text()).toContain('SPARQL Update');
    const asUpdate = await server.get('/sparql', {
      method: 'POST',
      body: new URLSearchParams({ update: 'CLEAR ALL' }),
    });
    expect(asUpdate.status).toBe(400);
    expect(await asUpdate.text()).toContain('read-only');
  });

  it('should answer 400 to a dataset IRI that is not absolute', async () => {
    const response = await server.get(sparqlGet('ASK {}', '&default-graph-uri=not%20an%20iri'));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("'default-graph-uri' must be an absolute IRI");
  });

  it('should answer 405 with Allow to other methods', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const response = await server.get('/sparql', { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, POST, HEAD, OPTIONS');
    }
  });

  it('should answer 415 to an unsupported body type', async () => {
    const response = await server.get('/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"query":"ASK {}"}',
    });
    expect(response.status).toBe(415);
    expect(await response.text()).toContain('application/sparql-query');
  });

  it('should answer 413 to a query over the size limit, by every method', async () => {
    const big = `SELECT * WHERE { ?s ?p ?o } # ${'x'.repeat(3000)}`;
    expect((await server.get(sparqlGet(big))).status).toBe(413);
    expect((await server.get('/sparql', { method: 'POST', body: new URLSearchParams({ query: big }) })).status).toBe(
      413,
    );
    const direct = await server.get('/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query' },
      body: big,
    });
    expect(direct.status).toBe(413);
    expect(await direct.text()).toContain('over the limit of 2048 bytes');
  });

  it('should answer 404 elsewhere, in plain words to a client that does not read HTML', async () => {
    const response = await server.get('/nothing-here', { headers: { Accept: 'text/plain' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toContain('the SPARQL endpoint is /sparql');
  });

  it('should never send a stack trace', async () => {
    const response = await server.get(sparqlGet('SELECT (<https://nope>(?x) AS ?y) {}'));
    expect(await response.text()).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});

describe('CORS and logging', () => {
  it('should allow cross-origin reads', async () => {
    const response = await server.get(sparqlGet('ASK {}'), { headers: { Origin: 'https://example.net' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('should answer a CORS preflight for POST', async () => {
    const response = await server.get('/sparql', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://example.net',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('should log one line per request with method, path, status and duration', async () => {
    await server.get(sparqlGet('ASK { ?s ?p ?o }'));
    expect(server.logs.at(-1)).toMatch(/^GET \/sparql 200 \d+\.\d ms$/);
  });
});
