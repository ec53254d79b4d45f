// Queries never stop the server: a runaway query is stopped at its time limit while others are answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRows } from '../helpers/parse.ts';
import { type OwnServer, sparqlGet, startTestServer } from '../helpers/server.ts';

// An eight-way cross product of the 13 triples of the fixture: 13^8 (about 8e8) rows to count.
const EXPLOSIVE = `SELECT (COUNT(*) AS ?n) WHERE { ${Array.from({ length: 8 }, (_, i) => `?s${i} ?p${i} ?o${i} .`).join(' ')} }`;
const LABELS =
  'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?label WHERE { <https://example.org/kenya> rdfs:label ?label }';

let server: OwnServer;
beforeAll(async () => {
  // The cache is off so that every ordinary query really runs on a worker. Every request comes from
  // this one address: it may hold both workers and have 200 queries in flight, as several users would.
  server = await startTestServer({
    workers: 2,
    queryTimeoutMs: 1500,
    cacheBytes: 0,
    maxClientWorkers: 2,
    maxClientQueries: 1000,
    retryAfterSeconds: 1,
  });
});
afterAll(() => server.close());

describe('the query worker pool', () => {
  it('should stop a runaway query at its time limit while ordinary queries keep being answered', async () => {
    let running = true;
    const runaway = server.get(sparqlGet(EXPLOSIVE)).finally(() => {
      running = false;
    });
    // Ordinary queries, one after another, until the runaway is stopped: the other worker answers them.
    const answers: string[][] = [];
    let answeredWhileRunning = 0;
    while (running) {
      const response = await server.get(sparqlGet(`${LABELS} # ${answers.length}`));
      expect(response.status).toBe(200);
      answers.push(jsonRows(await response.text()).map((r) => r.label));
      if (running) answeredWhileRunning++;
    }
    expect(answeredWhileRunning).toBeGreaterThan(0);
    expect(new Set(answers.map((a) => a.join()))).toEqual(new Set(['Kenya']));

    const stopped = await runaway;
    expect(stopped.status).toBe(503);
    expect(stopped.headers.get('retry-after')).toBe('1');
    expect(await stopped.text()).toContain('ran for more than 1.5 s and was stopped');
    expect(server.pool.stats().replaced).toBeGreaterThanOrEqual(1);
  });

  it('should have a fresh worker take the place of a stopped one', async () => {
    await expect.poll(() => server.pool.stats().ready, { timeout: 10_000 }).toBe(2);
    const health = await (await server.get('/health')).json();
    expect(health).toMatchObject({ status: 'ready', workers: { workers: 2, ready: 2 } });
  });
});

describe('a full queue', () => {
  it('should refuse a query past SUMMIT_KG_MAX_QUEUE, naming it, while the worker is busy', async () => {
    const small = await startTestServer({ workers: 1, queryTimeoutMs: 1500, cacheBytes: 0, maxQueue: 1 });
    try {
      // One query runs, one waits; the third finds the queue full.
      const busy = [small.get(sparqlGet(EXPLOSIVE)), small.get(sparqlGet(`${EXPLOSIVE} # 2`))];
      await expect.poll(() => small.pool.stats().queued, { timeout: 10_000 }).toBe(1);
      const refused = await small.get(sparqlGet(LABELS));
      expect(refused.status).toBe(503);
      expect(await refused.text()).toBe(
        'Too many requests are waiting for a worker (1, SUMMIT_KG_MAX_QUEUE); try again shortly.\n',
      );
      await Promise.all(busy);
    } finally {
      await small.close();
    }
  }, 60_000);
});

describe('health', () => {
  it('should say the store is loaded and ready, with its size', async () => {
    const response = await server.get('/health');
    expect(response.status).toBe(200);
    const health = (await response.json()) as { dataHash: string };
    expect(health).toMatchObject({ status: 'ready', quads: 14, triples: 13, graphs: 3, files: 2 });
    expect(health.dataHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('many concurrent requests', () => {
  let patient: OwnServer;
  // A time limit long enough for a queue of 200 on a busy machine: what is tested is that every one is
  // answered, and answered right. fetch opens a connection per request in flight: one client may hold 200.
  beforeAll(async () => {
    patient = await startTestServer({
      workers: 2,
      queryTimeoutMs: 120_000,
      cacheBytes: 0,
      maxClientQueries: 1000,
      maxClientConnections: 1000,
    });
  });
  afterAll(() => patient.close());

  it('should answer 200 concurrent requests correctly', async () => {
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        patient.get(
          sparqlGet(
            `SELECT (${i} AS ?i) ?label WHERE { <https://example.org/india> <http://www.w3.org/2000/01/rdf-schema#label> ?label }`,
          ),
        ),
      ),
    );
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status).filter((status) => status !== 200)).toEqual([]);
    for (const [i, body] of bodies.entries()) expect(jsonRows(body)).toEqual([{ i: String(i), label: 'India' }]);
  });
});

describe("a client's next query, handed to its busy worker", () => {
  let shared: OwnServer;
  // Two workers, one client may hold one: each client's address comes from the proxy on loopback.
  beforeAll(async () => {
    shared = await startTestServer({
      workers: 2,
      queryTimeoutMs: 1500,
      cacheBytes: 0,
      maxClientWorkers: 1,
      trustProxy: 'loopback',
      retryAfterSeconds: 1,
    });
  });
  afterAll(() => shared.close());
  const from = (client: string) => ({ headers: { 'x-forwarded-for': client } });

  it('should wait in the worker, leave the other worker to other clients, and run elsewhere if the worker is stopped', async () => {
    const runaway = shared.get(sparqlGet(EXPLOSIVE), from('192.0.2.1'));
    await expect.poll(() => shared.pool.stats().busy, { timeout: 10_000 }).toBe(1);
    // The same client's next query is handed to the worker running its runaway (it may hold no other).
    const next = shared.get(sparqlGet(LABELS), from('192.0.2.1'));
    await expect.poll(() => shared.pool.stats().queuedInWorkers, { timeout: 10_000 }).toBe(1);
    expect(shared.pool.stats()).toMatchObject({ busy: 1, queued: 1 });
    // Another client is answered by the other worker meanwhile.
    const other = await shared.get(sparqlGet(`${LABELS} # other`), from('192.0.2.2'));
    expect(other.status).toBe(200);
    expect(jsonRows(await other.text())).toEqual([{ label: 'Kenya' }]);
    // The runaway is stopped with its worker; the query that waited in it is answered, not lost.
    expect((await runaway).status).toBe(503);
    const answered = await next;
    expect(answered.status).toBe(200);
    expect(jsonRows(await answered.text())).toEqual([{ label: 'Kenya' }]);
  }, 60_000);

  it('should answer a client sending many queries at once each its own answer, in any order', async () => {
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        shared.get(
          sparqlGet(
            `SELECT (${i} AS ?i) ?label WHERE { <https://example.org/kenya> <http://www.w3.org/2000/01/rdf-schema#label> ?label }`,
          ),
          from('192.0.2.3'),
        ),
      ),
    );
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status).filter((status) => status !== 200)).toEqual([]);
    for (const [i, body] of bodies.entries()) expect(jsonRows(body)).toEqual([{ i: String(i), label: 'Kenya' }]);
    await expect.poll(() => shared.pool.stats().queued).toBe(0);
  });
});
