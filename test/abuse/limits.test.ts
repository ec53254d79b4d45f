// Every limit holds, says its name, and leaves nothing behind (findings 3 and 4 of the hardening
// issue): refused requests fill no cache, caches stay within their bytes, uploads cannot expand,
// answers have a size limit, slow readers are cut off, one client cannot take every worker.
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRows } from '../helpers/parse.ts';
import { sparqlGet, startTestServer, type TestServer } from '../helpers/server.ts';

const QUERIES = fileURLToPath(new URL('../fixtures/queries', import.meta.url));
const MiB = 1024 * 1024;

interface CacheStats {
  entries: number;
  bytes: number;
  maxBytes?: number;
}
interface Health {
  caches: Record<'results' | 'bound-queries' | 'parsed-queries', CacheStats>;
}
const health = async (server: TestServer) => (await (await server.get('/health')).json()) as Health;

describe('refused requests (finding 3)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ queriesPaths: [QUERIES], bindCacheBytes: 2 * MiB, cacheBytes: 4 * MiB });
  });
  afterAll(() => server.close());

  it('should refuse 300 parameter values longer than a query without caching anything', async () => {
    const huge = 'x'.repeat(150 * 1024);
    for (let i = 0; i < 300; i++) {
      const response = await server.get(`/api/queries/countries?name=${huge}${i}`);
      expect(response.status).toBe(413);
      expect(await response.text()).toBe(
        "The value of 'name' is longer than the largest query accepted, 65536 bytes (SUMMIT_KG_MAX_QUERY_BYTES).\n",
      );
    }
    const { caches } = await health(server);
    expect(caches['bound-queries']).toMatchObject({ entries: 0, bytes: 0 });
    expect(caches.results).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('should keep every cache within its bytes, and show it in /health', async () => {
    for (let i = 0; i < 400; i++) {
      const response = await server.get(`/api/queries/countries?name=${'y'.repeat(20 * 1024)}${i}`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    const { caches } = await health(server);
    expect(caches['bound-queries'].entries).toBeGreaterThan(0);
    expect(caches['bound-queries'].bytes).toBeLessThanOrEqual(2 * MiB);
    expect(caches.results.bytes).toBeLessThanOrEqual(4 * MiB);
    // Each of the two workers keeps at most its own 8 MiB of parsed queries.
    expect(caches['parsed-queries'].bytes).toBeLessThanOrEqual(2 * 8 * MiB);
    expect(caches['parsed-queries'].entries).toBeGreaterThan(0);
  });
});

describe('uploads that expand (finding 4)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ maxUploadQuads: 1000, maxUploadExpandedBytes: 8 * MiB });
  });
  afterAll(() => server.close());

  const validate = (body: string) =>
    server.get('/validate', { method: 'POST', headers: { 'Content-Type': 'text/turtle' }, body });

  it('should stop parsing a document whose prefixes expand past the limit', async () => {
    // 100 KB of namespace used 3,000 times: 153 KB that would expand to 900 MB of IRIs.
    const prefix = `https://example.org/${'x'.repeat(100_000)}/`;
    const doc = `@prefix p: <${prefix}> .\n${Array.from({ length: 3000 }, (_, i) => `p:s${i} p:p p:o${i} .`).join('\n')}\n`;
    const response = await validate(doc);
    expect(response.status).toBe(413);
    expect(await response.text()).toBe(
      'The document expands to more than 8388608 bytes of IRIs and literals once its prefixes are applied (SUMMIT_KG_MAX_UPLOAD_EXPANDED_BYTES).\n',
    );
  });

  it('should count datatypes and triple terms, and refuse nesting past the depth limit', async () => {
    // 100 KB of namespace as the datatype of 1,000 literals: 100 MB once expanded.
    const prefix = `https://example.org/${'d'.repeat(100_000)}/`;
    const typed = `@prefix p: <${prefix}> .\n${Array.from({ length: 1000 }, (_, i) => `<https://example.org/s> <https://example.org/p> "a"^^p:d${i} .`).join('\n')}\n`;
    const response = await validate(typed);
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('(SUMMIT_KG_MAX_UPLOAD_EXPANDED_BYTES)');
    // 3,000 nested triple terms overflowed the engine's stack and broke its worker for the next client.
    const depth = 3000;
    const nested = `<https://example.org/s> <https://example.org/p> ${'<<( <https://example.org/x> <https://example.org/y> '.repeat(depth)}<https://example.org/z>${' )>>'.repeat(depth)} .`;
    const deep = await validate(nested);
    expect(deep.status).toBe(400);
    expect(await deep.text()).toBe(
      'The document nests lists, blank nodes or triple terms more than 64 deep (SUMMIT_KG_MAX_QUERY_DEPTH).\n',
    );
  });

  it('should stop parsing a document with more statements than allowed', async () => {
    const doc = Array.from(
      { length: 1001 },
      (_, i) => `<https://example.org/s${i}> <https://example.org/p> ${i} .`,
    ).join('\n');
    const response = await validate(doc);
    expect(response.status).toBe(413);
    expect(await response.text()).toBe(
      'The document holds more than 1000 statements (SUMMIT_KG_MAX_UPLOAD_QUADS); validate it in parts.\n',
    );
  });
});

describe('uploads at the default limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const validate = (body: string) =>
    server.get('/validate', { method: 'POST', headers: { 'Content-Type': 'text/turtle' }, body });

  // Counted quad by quad with Oxigraph's parser, such documents met the 10 s time limit (503) first.
  it('should refuse 300,000 objects of one statement with 413, not run out of time', async () => {
    const doc = `<https://example.org/s> <https://example.org/p> ${Array.from({ length: 300_000 }, (_, i) => i).join(', ')} .`;
    const response = await validate(doc);
    expect(response.status).toBe(413);
    expect(await response.text()).toBe(
      'The document holds more than 200000 statements (SUMMIT_KG_MAX_UPLOAD_QUADS); validate it in parts.\n',
    );
  });

  it('should validate a document of 20,000 statements', async () => {
    const doc = Array.from(
      { length: 20_000 },
      (_, i) => `<https://example.org/s${i}> <https://example.org/p> "${i}" .`,
    ).join('\n');
    const response = await validate(doc);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-conforms')).toBe('true');
  });

  it('should still say where a document that does not parse goes wrong', async () => {
    const doc = `${Array.from({ length: 1000 }, (_, i) => `<https://example.org/s${i}> <https://example.org/p> ${i} .`).join('\n')}\n<https://example.org/s> <https://example.org/p> "x .`;
    const response = await validate(doc);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^The RDF could not be parsed: request body:1001:\d+: /);
  });
});

describe('answers too large, and clients too slow (finding 4)', () => {
  const CROSS = 'SELECT * WHERE { ?s ?p ?o . ?a ?b ?c . ?d ?e ?f }';
  const CROSS4 = 'SELECT * WHERE { ?s ?p ?o . ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';

  it('should refuse an answer over the size limit, naming it and saying what to do', async () => {
    const server = await startTestServer({ maxResultBytes: 64 * 1024 });
    try {
      const response = await server.get(sparqlGet(CROSS));
      expect(response.status).toBe(422);
      expect(await response.text()).toMatch(
        /^The answer is \d+ bytes, over the limit of 65536 bytes \(SUMMIT_KG_MAX_RESULT_BYTES\)\. Add a LIMIT/,
      );
      const small = await server.get(sparqlGet(`${CROSS} LIMIT 3`));
      expect(small.status).toBe(200);
      expect(jsonRows(await small.text())).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it('should cut off a client that does not take its answer within the write timeout', async () => {
    const server = await startTestServer({ writeTimeoutMs: 1000, maxResultBytes: 64 * MiB });
    try {
      const { hostname, port } = new URL(server.url);
      const socket = connect(Number(port), hostname);
      // Ask for about 40 MB and read nothing until the server gives up on us: the buffers fill, then it waits.
      socket.pause();
      socket.write(
        `GET ${sparqlGet(CROSS4)} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAccept: application/sparql-results+json\r\nConnection: close\r\n\r\n`,
      );
      await expect
        .poll(() => server.logs.some((line) => line.includes('did not take its answer within 1000 ms')), {
          timeout: 50_000,
          interval: 200,
        })
        .toBe(true);
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.resume();
      await new Promise<void>((resolve) => socket.once('close', () => resolve()));
      const received = Buffer.concat(chunks);
      const head = received.subarray(0, received.indexOf('\r\n\r\n')).toString();
      expect(head).toMatch(/^HTTP\/1\.1 200 OK/);
      const length = Number(/content-length: (\d+)/i.exec(head)?.[1]);
      expect(length).toBeGreaterThan(10 * MiB);
      // The answer was cut short: the server let go of it instead of holding it for a client that does not read.
      expect(received.length - head.length - 4).toBeLessThan(length);
      expect((await server.get('/health')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('fair sharing', () => {
  /** About a second of work on the fixture, different each time so that nothing is cached. */
  const slow = (i: number) =>
    `SELECT (COUNT(*) AS ?n) WHERE { ?s0 ?p0 ?o0 . ?s1 ?p1 ?o1 . ?s2 ?p2 ?o2 . ?s3 ?p3 ?o3 . ?s4 ?p4 ?o4 FILTER(STRLEN(STR(?o4)) > ${i}) }`;

  it('should answer 429 with Retry-After to a client with too many queries in flight', async () => {
    const server = await startTestServer({ maxClientQueries: 2, retryAfterSeconds: 7 });
    try {
      const responses = await Promise.all(Array.from({ length: 6 }, (_, i) => server.get(sparqlGet(slow(i)))));
      const refused = responses.filter((r) => r.status === 429);
      expect(refused.length).toBeGreaterThanOrEqual(1);
      expect(responses.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(2);
      expect(refused[0]?.headers.get('retry-after')).toBe('7');
      expect(await refused[0]?.text()).toBe(
        'You have 2 queries waiting or running, the most one client may have (SUMMIT_KG_MAX_CLIENT_QUERIES); wait for some to finish.\n',
      );
    } finally {
      await server.close();
    }
  });

  it('should count clients by the address a trusted proxy forwards', async () => {
    const server = await startTestServer({ maxClientQueries: 1, trustProxy: 'loopback' });
    try {
      const responses = await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          server.get(sparqlGet(slow(i + 10)), { headers: { 'X-Forwarded-For': `203.0.113.${i + 1}` } }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    } finally {
      await server.close();
    }
  });
});

describe('/metrics', () => {
  it('should expose queries, workers, caches and memory in the Prometheus text format', async () => {
    const server = await startTestServer();
    try {
      await server.get(sparqlGet('ASK { ?s ?p ?o }'));
      const response = await server.get('/metrics');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await response.text();
      expect(text).toContain('summit_kg_queries_total{form="ask",outcome="ok"} 1');
      expect(text).toMatch(/summit_kg_query_duration_seconds_count\{form="ask"\} 1/);
      expect(text).toContain('summit_kg_workers{state="ready"} 2');
      expect(text).toContain('summit_kg_worker_replacements{cause="timeout"} 0');
      expect(text).toMatch(/summit_kg_cache_bytes\{cache="results"\} \d+/);
      expect(text).toMatch(/summit_kg_process_resident_memory_bytes \d+/);
      expect(text).toContain('summit_kg_queue_length 0');
    } finally {
      await server.close();
    }
  });
});
