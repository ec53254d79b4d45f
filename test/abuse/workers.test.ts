// Requests that used to break the endpoint for everybody (findings 1, 2 and 4 of the hardening
// issue): a query that traps the WebAssembly engine, query texts that are costly to parse, queries
// whose memory WebAssembly never gives back. After each, ordinary queries are answered correctly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRows } from '../helpers/parse.ts';
import { sparqlGet, startTestServer, type TestServer } from '../helpers/server.ts';

const LABEL = 'SELECT ?label WHERE { <https://example.org/kenya> <http://www.w3.org/2000/01/rdf-schema#label> ?label }';
const nested = (depth: number) => `SELECT * WHERE ${'{'.repeat(depth)} ?s ?p ?o ${'}'.repeat(depth)}`;
const parens = (depth: number) => `SELECT * WHERE { ?s ?p ?o BIND(${'('.repeat(depth)}1${')'.repeat(depth)} AS ?x) }`;
/** A cross product of k copies of the fixture's 27 triples, concatenated: 27^k rows of text. */
const concatenation = (k: number) =>
  `SELECT (STRLEN(GROUP_CONCAT(CONCAT(STR(?s0), STR(?p0), STR(?o0)))) AS ?n) WHERE { ${Array.from({ length: k }, (_, i) => `?s${i} ?p${i} ?o${i} .`).join(' ')} }`;

const post = (server: TestServer, query: string) =>
  server.get('/sparql', { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: query });

interface Health {
  status: string;
  rssBytes: number;
  workers: { ready: number; replaced: number; retired: Record<string, number>; recent: { cause: string }[] };
}
const health = async (server: TestServer) => (await (await server.get('/health')).json()) as Health;

/** Ten ordinary queries in a row, each with its exact answer (the cache is off in these servers). */
async function expectTenOrdinaryAnswers(server: TestServer): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const response = await server.get(sparqlGet(`${LABEL} # ${i}`));
    expect(response.status).toBe(200);
    expect(jsonRows(await response.text())).toEqual([{ label: 'Kenya' }]);
  }
}

describe('a query the engine cannot survive (finding 1)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ workers: 2, cacheBytes: 0 });
  });
  afterAll(() => server.close());

  it('should refuse 700 nested groups and 2,000 nested parentheses before any parser sees them', async () => {
    for (const query of [nested(700), parens(2000)]) {
      const response = await post(server, query);
      expect(response.status).toBe(400);
      expect(await response.text()).toBe(
        'The query nests more than 64 levels of { }, ( ) or [ ] (SUMMIT_KG_MAX_QUERY_DEPTH): flatten it.\n',
      );
    }
    await expectTenOrdinaryAnswers(server);
    expect((await health(server)).workers.replaced).toBe(0);
  });

  it('should refuse long property paths, which the engine nests as deeply as they are long', async () => {
    // 1,500 alternatives or 2,500 steps made the engine overflow its stack (500, worker replaced).
    const path = (n: number, operator: string) =>
      `ASK { <urn:a> ${Array.from({ length: n }, (_, i) => `<urn:p${i}>`).join(operator)} <urn:b> }`;
    for (const [query, levels] of [
      [path(1500, '|'), 1499],
      [path(2500, '/'), 2499],
    ] as const) {
      const response = await post(server, query);
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(
        new RegExp(
          `^A property path of the query chains ${levels} levels .* more than 64 \\(SUMMIT_KG_MAX_QUERY_DEPTH\\)`,
        ),
      );
    }
    await expectTenOrdinaryAnswers(server);
    expect((await health(server)).workers.replaced).toBe(0);
  });

  it('should refuse a query with too many parts, however shallow', async () => {
    const union = `SELECT * WHERE { ${Array.from({ length: 2500 }, () => '{ ?s ?p ?o }').join(' UNION ')} }`;
    const response = await post(server, union);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(
      /^The query has \d+ parts .* over the limit of 4000 \(SUMMIT_KG_MAX_QUERY_NODES\)/,
    );
    await expectTenOrdinaryAnswers(server);
  });
});

describe('a worker whose engine failed (finding 1, limits lifted)', () => {
  let server: TestServer;
  beforeAll(async () => {
    // An operator who lifts the limits meets the engine's own: it must not take a worker down for good.
    server = await startTestServer({ workers: 2, cacheBytes: 0, maxQueryDepth: 5000, maxQueryNodes: 1_000_000 });
  });
  afterAll(() => server.close());

  it('should answer 500 once, retire the worker, and answer the next ten queries normally', async () => {
    const response = await post(server, nested(700));
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(
      /^The engine failed on this request \(RuntimeError: memory access out of bounds\); the worker that ran it has been replaced/,
    );
    await expectTenOrdinaryAnswers(server);
    const after = await health(server);
    expect(after.workers.retired.failure).toBe(1);
    expect(after.workers.recent[0]?.cause).toBe('failure');
    await expect.poll(async () => (await health(server)).workers.ready, { timeout: 30_000 }).toBe(2);
  });
});

describe('query texts that are costly to parse (finding 2)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ workers: 2, cacheBytes: 0, maxClientWorkers: 2 });
  });
  afterAll(() => server.close());

  it('should keep answering /health and ordinary queries while four of them are parsed', async () => {
    // About 50 KB of UNION branches: a second or more of parsing each, in the workers; then refused for its size.
    const heavy = `SELECT * WHERE { ${Array.from({ length: 2500 }, (_, i) => `{ ?s${i} ?p ?o }`).join(' UNION ')} }`;
    const settled: boolean[] = [];
    const pathological = Array.from({ length: 4 }, (_, i) =>
      post(server, `${heavy} # ${i}`).then(async (response) => {
        settled.push(true);
        return { status: response.status, text: await response.text() };
      }),
    );
    const probe = await server.get('/health');
    expect(probe.status).toBe(200);
    // /health came back while the pathological queries were still being handled.
    expect(settled.length).toBeLessThan(4);
    for (const result of await Promise.all(pathological)) {
      expect(result.status).toBe(400);
      expect(result.text).toContain('SUMMIT_KG_MAX_QUERY_NODES');
    }
    await expectTenOrdinaryAnswers(server);
  });
});

describe('memory a query grabs (finding 4)', () => {
  it('should not start under a memory ceiling the loaded graph already passes, naming it and the way out', async () => {
    const start = startTestServer({ cacheDir: '', maxMemoryBytes: 64 * 1024 * 1024 });
    await expect(start).rejects.toMatchObject({
      kind: 'usage',
      message: expect.stringMatching(
        /^The server holds \d+ MiB once started \(14 quads in each of its 2 workers\), over its memory ceiling of 64 MiB \(SUMMIT_KG_MAX_MEMORY_BYTES\): every query would be stopped\..*SUMMIT_KG_WORKERS/,
      ),
    });
  });

  it('should stop a query whose memory passes the ceiling, and come back to its resting size', async () => {
    // The server runs in this process: its ceiling is set 500 MiB above where the process is now.
    const ceiling = process.memoryUsage.rss() + 500 * 1024 * 1024;
    const server = await startTestServer({
      workers: 1,
      cacheBytes: 0,
      queryTimeoutMs: 120_000,
      maxMemoryBytes: ceiling,
    });
    try {
      const rest = (await health(server)).rssBytes;
      const response = await post(server, concatenation(7));
      expect(response.status).toBe(503);
      expect(await response.text()).toMatch(
        /^The server's memory passed its ceiling of \d+ MiB \(SUMMIT_KG_MAX_MEMORY_BYTES\)/,
      );
      expect((await health(server)).workers.retired['memory-ceiling']).toBe(1);
      await expect.poll(async () => (await health(server)).workers.ready, { timeout: 30_000 }).toBe(1);
      await expectTenOrdinaryAnswers(server);
      await expect
        .poll(async () => (await health(server)).rssBytes, { timeout: 30_000 })
        .toBeLessThan(rest + 100 * 1024 * 1024);
    } finally {
      await server.close();
    }
  });

  it('should replace a worker whose memory grew past its allowance after its job, and give the memory back', async () => {
    const server = await startTestServer({ workers: 1, cacheBytes: 0, workerGrowthBytes: 32 * 1024 * 1024 });
    try {
      const rest = (await health(server)).rssBytes;
      const response = await post(server, concatenation(5));
      expect(response.status).toBe(200);
      expect(jsonRows(await response.text())).toEqual([{ n: '30417464' }]);
      await expect.poll(async () => (await health(server)).workers.retired.growth, { timeout: 30_000 }).toBe(1);
      await expect.poll(async () => (await health(server)).workers.ready, { timeout: 30_000 }).toBe(1);
      await expectTenOrdinaryAnswers(server);
      await expect
        .poll(async () => (await health(server)).rssBytes, { timeout: 30_000 })
        .toBeLessThan(rest + 100 * 1024 * 1024);
    } finally {
      await server.close();
    }
  });
});
