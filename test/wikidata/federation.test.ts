// Federated queries over real HTTP: the local graph joined with a local endpoint standing in for
// Wikidata, and what happens when that endpoint is down, slow, or answers garbage.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRows, jsonRows, turtleQuads } from '../helpers/parse.ts';
import { SMALL_DATA, sharedServer, sparqlGet, startTestServer, type TestServer } from '../helpers/server.ts';

const LINKS = fileURLToPath(new URL('../fixtures/small-links', import.meta.url));

const PREFIXES = `PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
`;
const CONTINENTS = `${PREFIXES}SELECT ?label ?continentLabel WHERE {
  ?country owl:sameAs ?item ; rdfs:label ?label .
  SERVICE <https://query.wikidata.org/sparql> { ?item wdt:P30 ?continent . ?continent rdfs:label ?continentLabel FILTER(LANG(?continentLabel) = "en") }
} ORDER BY ?label`;

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A tiny HTTP server on 127.0.0.1 for the endpoint's bad days; `handle` decides each answer. */
async function fakeEndpoint(
  handle: (request: Seen, respond: (status: number, type: string, body: string) => void) => void,
): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    handle({ method: req.method ?? 'GET', url: req.url ?? '', headers: req.headers, body }, (status, type, text) =>
      res.writeHead(status, { 'Content-Type': type }).end(text),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`, server };
}

const LABEL_OF_KENYA =
  'SELECT ?label WHERE { <https://example.org/kenya> <http://www.w3.org/2000/01/rdf-schema#label> ?label }';

let wikidata: TestServer;
/** Passes a request on to the Wikidata fixture, and its answer back. */
async function forward(
  { method, url, headers, body }: Seen,
  respond: (status: number, type: string, body: string) => void,
): Promise<void> {
  const forwarded = { accept: headers.accept ?? '*/*', 'content-type': headers['content-type'] ?? 'text/plain' };
  const answer = await fetch(`${wikidata.url}${url}`, {
    method,
    headers: forwarded,
    body: method === 'POST' ? body : undefined,
  });
  respond(answer.status, answer.headers.get('content-type') ?? 'text/plain', await answer.text());
}
beforeAll(async () => {
  wikidata = sharedServer('wikidata');
});
afterAll(() => wikidata.close());

describe('a federated query with Wikidata reachable', () => {
  let server: TestServer;
  let seen: { userAgent?: string; requests: number; queries: string[] };
  let proxy: { url: string; server: Server };
  beforeAll(async () => {
    seen = { requests: 0, queries: [] };
    // Passes every request on to the fixture, noting what it saw.
    proxy = await fakeEndpoint(async ({ method, url, headers, body }, respond) => {
      seen.requests++;
      seen.userAgent = headers['user-agent'];
      seen.queries.push(
        new URL(url, 'http://x').searchParams.get('query') ?? new URLSearchParams(body).get('query') ?? '',
      );
      await forward({ method, url, headers, body }, respond);
    });
    server = await startTestServer({ dataPaths: [SMALL_DATA, LINKS], wikidataEndpoint: proxy.url, cacheBytes: 0 });
  });
  afterAll(async () => {
    await server.close();
    proxy.server.close();
  });

  it('should join the local graph with Wikidata', async () => {
    const response = await server.get(sparqlGet(CONTINENTS));
    expect(response.status).toBe(200);
    expect(jsonRows(await response.text())).toEqual([
      { label: 'France', continentLabel: 'Europe' },
      { label: 'India', continentLabel: 'Asia' },
      { label: 'Kenya', continentLabel: 'Africa' },
    ]);
  });

  it('should answer federated queries in the negotiated format', async () => {
    const csv = await server.get(sparqlGet(CONTINENTS), { headers: { Accept: 'text/csv' } });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csvRows(await csv.text()).map((r) => r.continentLabel)).toEqual(['Europe', 'Asia', 'Africa']);
    const construct = `${PREFIXES}CONSTRUCT { ?country wdt:P297 ?code } WHERE { ?country owl:sameAs ?item . SERVICE <https://query.wikidata.org/sparql> { ?item wdt:P297 ?code } }`;
    const turtle = await server.get(sparqlGet(construct));
    expect(turtle.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(
      turtleQuads(await turtle.text())
        .map((q) => q.object.value)
        .sort(),
    ).toEqual(['FR', 'IN', 'KE']);
  });

  it('should introduce itself with a descriptive User-Agent', async () => {
    await server.get(sparqlGet(`${CONTINENTS} # user agent`));
    expect(seen.userAgent).toMatch(
      /^summit-kg\/\d+\.\d+\.\d+ \(Paris AI Action Summit knowledge graph; https:\/\/w3id\.org\/aiactionsummit\/\)/,
    );
  });

  it('should ask the endpoint only about the local bindings, passed as VALUES, and only the SERVICE pattern', async () => {
    const query = `${PREFIXES}SELECT ?label ?code WHERE {
      ?country owl:sameAs ?item ; rdfs:label ?label .
      SERVICE <https://query.wikidata.org/sparql> { ?item wdt:P297 ?code FILTER(?code != "ZZ") }
    }`;
    const response = await server.get(sparqlGet(query));
    expect(
      jsonRows(await response.text())
        .map((row) => row.code)
        .sort(),
    ).toEqual(['FR', 'IN', 'KE']);
    expect(seen.queries.at(-1)?.replace(/\s+/g, ' ')).toBe(
      'PREFIX wdt: <http://www.wikidata.org/prop/direct/> SELECT * WHERE { ' +
        'VALUES ?item { <http://www.wikidata.org/entity/Q142> <http://www.wikidata.org/entity/Q668> <http://www.wikidata.org/entity/Q114> } ' +
        '{ ?item wdt:P297 ?code. FILTER(?code != "ZZ") } }',
    );
  });

  it("should run a federated query over the query's own FROM dataset", async () => {
    const query = `${PREFIXES}SELECT ?code FROM <https://w3id.org/aiactionsummit/graph/links> WHERE {
      ?country owl:sameAs ?item OPTIONAL { ?country rdfs:label ?label }
      SERVICE <https://query.wikidata.org/sparql> { ?item wdt:P297 ?code }
      FILTER(!BOUND(?label))
    }`;
    const response = await server.get(sparqlGet(query));
    expect(response.status).toBe(200);
    // The links graph holds no labels: in it, every country is unlabelled.
    expect(
      jsonRows(await response.text())
        .map((row) => row.code)
        .sort(),
    ).toEqual(['FR', 'IN', 'KE']);
  });

  it('should answer a repeated federated query from its cache of Wikidata answers', async () => {
    await server.get(sparqlGet(`${CONTINENTS} # first`));
    const before = seen.requests;
    const again = await server.get(sparqlGet(`${CONTINENTS} # again`));
    expect(again.status).toBe(200);
    expect(seen.requests).toBe(before);
  });

  it('should refuse a SERVICE that is not on the allow-list, naming the list', async () => {
    const response = await server.get(sparqlGet('SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }'));
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(
      'SERVICE <http://127.0.0.1:9/sparql> is not allowed: this endpoint only federates with <https://query.wikidata.org/sparql>.\n',
    );
  });

  it('should refuse a SERVICE with a variable endpoint', async () => {
    const response = await server.get(
      sparqlGet('SELECT * WHERE { VALUES ?e { <https://query.wikidata.org/sparql> } SERVICE ?e { ?s ?p ?o } }'),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('variable endpoint');
  });
});

describe('a federated query when Wikidata misbehaves', () => {
  const start = (wikidataEndpoint: string, serviceTimeoutMs = 5000) =>
    startTestServer({ dataPaths: [SMALL_DATA, LINKS], wikidataEndpoint, serviceTimeoutMs, workers: 1 });

  it('should answer 502 naming the endpoint when it cannot be reached', async () => {
    const down = await fakeEndpoint(() => {});
    const url = down.url;
    await new Promise((resolve) => down.server.close(resolve));
    const server = await start(url);
    try {
      const response = await server.get(sparqlGet(CONTINENTS));
      expect(response.status).toBe(502);
      expect(await response.text()).toMatch(
        /^The SPARQL service <https:\/\/query\.wikidata\.org\/sparql> could not be reached \(ECONNREFUSED\)\./,
      );
    } finally {
      await server.close();
    }
  });

  it('should treat a failed SERVICE SILENT as one solution that binds nothing', async () => {
    const down = await fakeEndpoint(() => {});
    const url = down.url;
    await new Promise((resolve) => down.server.close(resolve));
    const server = await start(url);
    try {
      const response = await server.get(sparqlGet(CONTINENTS.replace('SERVICE <', 'SERVICE SILENT <')));
      expect(response.status).toBe(200);
      expect(jsonRows(await response.text())).toEqual([{ label: 'France' }, { label: 'India' }, { label: 'Kenya' }]);
    } finally {
      await server.close();
    }
  });

  it('should answer 504 when it is too slow, without hanging', async () => {
    const slow = await fakeEndpoint(() => {}); // never answers
    const server = await start(slow.url, 500);
    try {
      const response = await server.get(sparqlGet(CONTINENTS));
      expect(response.status).toBe(504);
      expect(await response.text()).toContain('did not answer within 0.5 s');
    } finally {
      await server.close();
      slow.server.closeAllConnections();
      slow.server.close();
    }
  });

  it('should answer a query sent while a federated one waits for the endpoint after it, each its own answer', async () => {
    // The endpoint answers after 300 ms; meanwhile the same client's next query waits in the same worker.
    const late = await fakeEndpoint(async (request, respond) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await forward(request, respond);
    });
    const server = await startTestServer({
      dataPaths: [SMALL_DATA, LINKS],
      wikidataEndpoint: late.url,
      workers: 2,
      maxClientWorkers: 1,
      cacheBytes: 0,
      queryTimeoutMs: 10_000,
    });
    try {
      const federated = server.get(sparqlGet(CONTINENTS));
      await expect.poll(() => server.pool.stats().busy).toBe(1);
      const local = server.get(sparqlGet(LABEL_OF_KENYA));
      await expect.poll(() => server.pool.stats().queuedInWorkers).toBe(1);
      const [first, second] = await Promise.all([federated, local]);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(jsonRows(await first.text()).length).toBeGreaterThan(0);
      expect(jsonRows(await second.text())).toEqual([{ label: 'Kenya' }]);
    } finally {
      await server.close();
      late.server.close();
    }
  }, 60_000);

  it('should answer 502 when it answers garbage, not an empty result', async () => {
    const garbage = await fakeEndpoint((_request, respond) =>
      respond(200, 'application/sparql-results+json', '<html>not json</html>'),
    );
    const server = await start(garbage.url);
    try {
      const response = await server.get(sparqlGet(CONTINENTS));
      expect(response.status).toBe(502);
      expect(await response.text()).toMatch(
        /^The SPARQL service <https:\/\/query\.wikidata\.org\/sparql> gave an answer that could not be used/,
      );
    } finally {
      await server.close();
      garbage.server.close();
    }
  });

  it('should answer 502 when it answers with an HTTP error', async () => {
    const failing = await fakeEndpoint((_request, respond) =>
      respond(500, 'text/plain', 'java.util.concurrent.TimeoutException'),
    );
    const server = await start(failing.url);
    try {
      const response = await server.get(sparqlGet(CONTINENTS));
      expect(response.status).toBe(502);
      expect(await response.text()).toContain('answered HTTP 500: java.util.concurrent.TimeoutException');
    } finally {
      await server.close();
      failing.server.close();
    }
  });
});

describe('caching of federated answers', () => {
  it('should give a federated answer no ETag and keep it out of the result cache, since Wikidata may change', async () => {
    const server = await startTestServer({
      dataPaths: [SMALL_DATA, LINKS],
      wikidataEndpoint: `${wikidata.url}/sparql`,
      workers: 1,
    });
    try {
      const first = await server.get(sparqlGet(CONTINENTS));
      const second = await server.get(sparqlGet(CONTINENTS));
      expect(first.status).toBe(200);
      expect(first.headers.get('etag')).toBeNull();
      expect(second.headers.get('x-cache')).toBe('off');
      expect(second.headers.get('cache-control')).toBe('public, max-age=60');
      expect(await second.text()).toBe(await first.text());
    } finally {
      await server.close();
    }
  });
});
