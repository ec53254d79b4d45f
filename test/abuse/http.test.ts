// Malformed and hostile HTTP (finding 7): every one gets a 4xx that says what is wrong, HTML pages
// cannot be framed or fed foreign scripts, and nothing a client sends reaches RDF unescaped.
import { once } from 'node:events';
import { request } from 'node:http';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turtleQuads } from '../helpers/parse.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const QUERIES = fileURLToPath(new URL('../fixtures/queries', import.meta.url));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ queriesPaths: [QUERIES], maxUploadBytes: 1024 });
});
afterAll(() => server.close());

/** A raw request, so that headers such as Host can be anything. */
function raw(options: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | string }) {
  const { hostname, port } = new URL(server.url);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }>(
    (resolve, reject) => {
      const req = request(
        { hostname, port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

describe('HTML pages', () => {
  it.each(['/', '/api/'])('should send %s with a content security policy, nosniff and no framing', async (path) => {
    const response = await server.get(path);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

describe('the Host header', () => {
  it('should refuse a Host that is not a host name', async () => {
    const response = await raw({ path: '/sparql', headers: { Host: 'x"> <y' } });
    expect(response.status).toBe(400);
    expect(response.text).toBe('The Host header is missing or not a host name with an optional port.\n');
  });

  it('should write a valid Host into the service description, which parses in every format', async () => {
    const response = await raw({ path: '/sparql', headers: { Host: 'kg.example.org:8080', Accept: 'text/turtle' } });
    expect(response.status).toBe(200);
    const endpoints = turtleQuads(response.text).filter((q) => q.predicate.value.endsWith('#endpoint'));
    expect(endpoints.map((q) => q.object.value)).toEqual(['http://kg.example.org:8080/sparql']);
    for (const accept of ['application/ld+json', 'application/rdf+xml', 'application/n-triples']) {
      expect((await raw({ path: '/sparql', headers: { Host: 'kg.example.org:8080', Accept: accept } })).status).toBe(
        200,
      );
    }
  });
});

describe('bodies and paths that cannot be read', () => {
  it.each(['gzip', 'br', 'deflate'])('should answer 400 to a body that is not %s', async (encoding) => {
    const response = await raw({
      method: 'POST',
      path: '/sparql',
      headers: { 'Content-Type': 'application/sparql-query', 'Content-Encoding': encoding },
      body: 'garbage, not compressed',
    });
    expect(response.status).toBe(400);
    expect(response.text).toBe(
      'The request body could not be read: it was cut short, or its Content-Encoding does not match it.\n',
    );
  });

  it('should read a body that is really gzipped', async () => {
    const response = await raw({
      method: 'POST',
      path: '/sparql',
      headers: {
        'Content-Type': 'application/sparql-query',
        'Content-Encoding': 'gzip',
        Accept: 'application/sparql-results+json',
      },
      body: gzipSync('ASK { ?s ?p ?o }'),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ head: {}, boolean: true });
  });

  it.each(['/api/queries/%', '/api/queries/%ff%fe'])('should answer 400 to the path %s', async (path) => {
    const response = await raw({ path });
    expect(response.status).toBe(400);
    expect(response.text).toBe('The URL holds a malformed percent-encoding.\n');
  });

  it('should name the limit when a chunked body is too large', async () => {
    const response = await raw({
      method: 'POST',
      path: '/validate',
      headers: { 'Content-Type': 'text/turtle', 'Transfer-Encoding': 'chunked' },
      body: `<https://example.org/a> <https://example.org/b> "${'x'.repeat(4000)}" .`,
    });
    expect(response.status).toBe(413);
    expect(response.text).toBe('The request body is over the limit of 1024 bytes (SUMMIT_KG_MAX_UPLOAD_BYTES).\n');
  });

  it('should name the setting that a query body limit comes from', async () => {
    const response = await raw({
      method: 'POST',
      path: '/sparql',
      headers: { 'Content-Type': 'application/sparql-query' },
      body: `ASK {} # ${'x'.repeat(220_000)}`,
    });
    expect(response.status).toBe(413);
    expect(response.text).toBe(
      'The request body is 220009 bytes, over the limit of 212992 bytes (SUMMIT_KG_MAX_QUERY_BYTES: three times the largest query, which form-encoding can triple, and 16 KiB).\n',
    );
  });

  it('should refuse a body in another charset than UTF-8, and bytes that are not UTF-8', async () => {
    const latin1 = await raw({
      method: 'POST',
      path: '/sparql',
      headers: { 'Content-Type': 'application/sparql-query; charset=ISO-8859-1' },
      body: Buffer.from('ASK { ?s ?p "é" }', 'latin1'),
    });
    expect(latin1.status).toBe(415);
    expect(latin1.text).toBe("Unsupported charset 'iso-8859-1': send the body in UTF-8.\n");
    const broken = await raw({
      method: 'POST',
      path: '/sparql',
      headers: { 'Content-Type': 'application/sparql-query' },
      body: Buffer.from([0x41, 0x53, 0x4b, 0x20, 0xff, 0xfe]),
    });
    expect(broken.status).toBe(400);
    expect(broken.text).toBe('The request body is not valid UTF-8.\n');
  });

  it('should refuse %XX escapes that are not UTF-8, in the URL and in a form, rather than answer another query', async () => {
    // Decoded leniently, %FF became U+FFFD and this ASK answered true.
    const ask = (literal: string) => `ASK%7BFILTER(%22${literal}%22%3D%22%5CuFFFD%22)%7D`;
    const url = await raw({ path: `/sparql?query=${ask('%FF')}` });
    expect(url.status).toBe(400);
    expect(url.text).toBe('The query string is not valid UTF-8 once its %XX escapes are decoded.\n');
    const form = await raw({
      method: 'POST',
      path: '/sparql',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `query=${ask('%C3')}`,
    });
    expect(form.status).toBe(400);
    expect(form.text).toBe('The form-encoded body is not valid UTF-8 once its %XX escapes are decoded.\n');
    const saved = await raw({ path: '/api/queries/labels?lang=%E9' });
    expect(saved.status).toBe(400);
    // UTF-8 escapes, and a lone % that escapes nothing, are read as before.
    const fine = await raw({
      path: `/sparql?query=${encodeURIComponent('ASK { FILTER("é" = "\\u00E9" && "50%" = "50%") }').replace(/%25/g, '%')}`,
      headers: { Accept: 'application/sparql-results+json' },
    });
    expect(fine.status).toBe(200);
    expect(JSON.parse(fine.text)).toMatchObject({ boolean: true });
  });
});

describe('a client that never finishes its headers', () => {
  let slow: TestServer;
  beforeAll(async () => {
    slow = await startTestServer({ headersTimeoutMs: 1000 });
  });
  afterAll(() => slow.close());

  it('should be cut off once the headers timeout has passed, not at the next 30 s check of Node', async () => {
    const { hostname, port } = new URL(slow.url);
    const socket = connect(Number(port), hostname);
    socket.write('GET /health HTTP/1.1\r\nHost: x\r\n');
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    // Closed by the server (with a 408) within this test's time limit, a third of Node's 30 s.
    await once(socket, 'close');
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer.split('\r\n\r\n')[1]).toBe(
      'The request did not arrive in time: its headers are due within 1000 ms (SUMMIT_KG_HEADERS_TIMEOUT_MS), the whole request within 30000 ms (SUMMIT_KG_REQUEST_TIMEOUT_MS).\n',
    );
  }, 10_000);

  /** What the server answers to bytes sent on a connection of their own, read until it closes. */
  async function rawExchange(bytes: string) {
    const { hostname, port } = new URL(slow.url);
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.write(bytes);
    await once(socket, 'close');
    return answer;
  }

  it('should say what is wrong with a request Node cannot parse, in words', async () => {
    const garbage = await rawExchange('HELLO\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(garbage).toMatch(/\r\n\r\nThe request is not valid HTTP\/1\.1 \(HPE_[A-Z_]+\)\.\n$/);
    const huge = await rawExchange(`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'x'.repeat(300_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(huge.split('\r\n\r\n')[1]).toBe(
      'The request line and headers are over 204800 bytes (SUMMIT_KG_MAX_QUERY_BYTES: room for the largest query, percent-encoded in the URL); send a long query in a POST body.\n',
    );
    // The server goes on answering.
    expect((await slow.get('/health')).status).toBe(200);
  });
});

describe('a validation over its time limit', () => {
  it('should say so without advising a LIMIT', async () => {
    const slow = await startTestServer({ queryTimeoutMs: 1 });
    try {
      const response = await slow.get('/validate', {
        method: 'POST',
        headers: { 'Content-Type': 'text/turtle' },
        body: '<https://example.org/a> <https://example.org/b> 1 .',
      });
      expect(response.status).toBe(503);
      expect(await response.text()).toBe(
        'The validation ran for more than 0.001 s and was stopped (SUMMIT_KG_QUERY_TIMEOUT_MS). Validate a smaller document, or fewer documents at a time.\n',
      );
    } finally {
      await slow.close();
    }
  });
});

describe('many large uploads at once', () => {
  it('should refuse the ones the room for bodies cannot take, before reading them, and serve the rest', async () => {
    const KiB = 1024;
    // Each upload from a client of its own (named by a proxy on loopback): one client may hold only a share.
    const busy = await startTestServer({
      maxUploadBytes: 256 * KiB,
      maxBodyMemoryBytes: 512 * KiB,
      trustProxy: 'loopback',
    });
    let clients = 0;
    const client = () => ({ 'X-Forwarded-For': `198.51.100.${++clients}` });
    const { hostname, port } = new URL(busy.url);
    // A valid document of 200 KiB: one statement, then comment lines.
    const document = Buffer.from(
      `<https://example.org/a> <https://example.org/b> 1 .\n${`# ${'x'.repeat(1021)}\n`.repeat(200)}`,
    ).subarray(0, 200 * KiB);
    const upload = { 'Content-Type': 'text/turtle' };
    const held = () =>
      busy
        .get('/metrics')
        .then((r) => r.text())
        .then((text) => Number(/^summit_kg_request_body_bytes (\d+)$/m.exec(text)?.[1]));
    try {
      // Two uploads announce 200 KiB each and send 1 KiB: 400 KiB of the 512 are held while they trickle in.
      const slow = [0, 1].map(() => {
        const headers = { ...upload, ...client(), 'Content-Length': String(document.length) };
        const req = request({ hostname, port, method: 'POST', path: '/validate', headers });
        req.write(document.subarray(0, KiB));
        const answered = once(req, 'response').then(async ([res]) => {
          let text = '';
          for await (const chunk of res) text += chunk;
          return { status: res.statusCode, text };
        });
        answered.catch(() => {}); // awaited below; a failed test closes the server under it
        return { req, answered };
      });
      await expect.poll(held).toBe(400 * KiB);
      const refused = await busy.get('/validate', {
        method: 'POST',
        headers: { ...upload, ...client() },
        body: document,
      });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(await refused.text()).toBe(
        `The server is holding ${400 * KiB} bytes of request bodies, and this one of up to ${200 * KiB} bytes would pass the limit of ${512 * KiB} (SUMMIT_KG_MAX_BODY_MEMORY_BYTES); try again shortly.\n`,
      );
      // A query's small body still fits, and the server answers everyone else.
      const ask = await busy.get('/sparql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' },
        body: 'ASK {}',
      });
      expect(await ask.json()).toEqual({ head: {}, boolean: true });
      expect((await busy.get('/health')).status).toBe(200);
      for (const { req } of slow) req.end(document.subarray(KiB));
      for (const { answered } of slow) expect((await answered).status).toBe(200);
      // The room comes back once the jobs are done and answered.
      await expect.poll(held).toBe(0);
      const after = await busy.get('/validate', {
        method: 'POST',
        headers: { ...upload, ...client() },
        body: document,
      });
      expect(after.status).toBe(200);
      expect(after.headers.get('x-conforms')).toBe('true');
    } finally {
      await busy.close();
    }
  }, 60_000);
});

describe('connections from one address', () => {
  /** Opens a connection and waits until the server has it. */
  async function open(url: string) {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    await once(socket, 'connect');
    return socket;
  }
  /** A request on a connection of its own, read until the server closes it or answers in full. */
  async function ask(url: string) {
    const socket = await open(url);
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.write('GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    await once(socket, 'close');
    return answer;
  }

  it('should answer 429 on connections past one address’s share, and close them', async () => {
    const server = await startTestServer({ maxClientConnections: 3 });
    const held = await Promise.all([1, 2, 3].map(() => open(server.url)));
    try {
      const refused = await ask(server.url);
      expect(refused).toMatch(/^HTTP\/1\.1 429 Too Many Requests\r\n/);
      expect(refused).toMatch(/\r\nretry-after: 5\r\n/i);
      expect(refused.split('\r\n\r\n')[1]).toBe(
        'This address has 4 connections open, over the 3 one client may hold (SUMMIT_KG_MAX_CLIENT_CONNECTIONS): send requests on the ones it has (keep-alive), or close some.\n',
      );
      // One that sends nothing is closed within a second or so, not at the headers timeout.
      const idle = await open(server.url);
      const started = performance.now();
      await once(idle, 'close');
      expect(performance.now() - started).toBeLessThan(5000);
    } finally {
      for (const socket of held) socket.destroy();
    }
    // Once they are closed, the address is served again.
    await expect.poll(async () => (await ask(server.url)).split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
    await server.close();
  });

  it('should not count the connections of a trusted proxy, which speaks for many clients', async () => {
    const server = await startTestServer({ maxClientConnections: 1, trustProxy: 'loopback' });
    const held = await open(server.url);
    try {
      expect((await ask(server.url)).split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
    } finally {
      held.destroy();
      await server.close();
    }
  });
});
