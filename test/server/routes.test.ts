// The express layer on its own, over operations that do nothing: methods, errors as statuses,
// security headers, the public base URL, and what a handler receives.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import type { OperationRequest } from '../../src/operation.ts';
import { BodyBudget } from '../../src/server/bodies.ts';
import { createApp } from '../../src/server/routes.ts';

let server: Server;
let url: string;
const seen: OperationRequest[] = [];
const logs: string[] = [];
// Room for 100 bytes of bodies; /hold keeps its body until `release` is called.
const bodies = new BodyBudget(100, 2);
let release = () => {};
const held = () => new Promise<void>((resolve) => (release = resolve));
beforeAll(async () => {
  const app = createApp(
    [
      {
        path: '/echo/:name',
        methods: ['GET', 'POST'],
        bodyLimit: { bytes: 64, setting: 'TEST_BODY_BYTES' },
        operation: async (request) => {
          seen.push(request);
          return {
            status: 200,
            headers: { 'Content-Type': 'text/plain' },
            body: `${request.method} ${request.pathParams.name}`,
          };
        },
      },
      {
        path: '/hold',
        methods: ['POST'],
        bodyLimit: { bytes: 64, setting: 'TEST_BODY_BYTES' },
        operation: async () => {
          await held();
          return { status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'done' };
        },
      },
      {
        path: '/fail/:kind',
        methods: ['GET'],
        operation: async (request) => {
          if (request.pathParams.kind === 'crash') throw new TypeError('undefined is not a function');
          throw new AppError('timeout', 'Too slow.', { retryAfterSeconds: 3 });
        },
      },
    ],
    { publicBaseUrl: '', trustProxy: '', writeTimeoutMs: 5000, log: (line) => logs.push(line), bodies },
  );
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the routes', () => {
  it('should hand the operation a typed request: method, path and URL parameters, body, base URL, client', async () => {
    const response = await fetch(`${url}/echo/caf%C3%A9?a=1&a=2&b=x`, { method: 'POST', body: 'hello' });
    expect(await response.text()).toBe('POST café');
    const request = seen.at(-1);
    expect(request?.params).toEqual({ a: ['1', '2'], b: ['x'] });
    expect(request?.body?.toString()).toBe('hello');
    expect(request?.baseUrl).toBe(url);
    expect(request?.client).toBe('127.0.0.1');
    expect(request?.header('content-type')).toBe('text/plain;charset=UTF-8');
  });

  it('should answer 405 with Allow to a method the route does not take, and HEAD like GET', async () => {
    const put = await fetch(`${url}/echo/x`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST, HEAD, OPTIONS');
    expect(await put.text()).toBe('Method PUT is not allowed on /echo/x; use GET or POST.\n');
    const head = await fetch(`${url}/echo/x`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('should turn an AppError into its status, with its retry hint', async () => {
    const response = await fetch(`${url}/fail/slow`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await response.text()).toBe('Too slow.\n');
  });

  it('should answer 500 with a request id to a fault, and log the stack', async () => {
    const response = await fetch(`${url}/fail/crash`);
    expect(response.status).toBe(500);
    const text = await response.text();
    const id = /request id (\w+)/.exec(text)?.[1];
    expect(text).toBe(`Internal error (request id ${id}); it has been logged.\n`);
    expect(
      logs.find((line) => line.startsWith(`error ${id} on GET /fail/crash: TypeError: undefined is not a function`)),
    ).toBeDefined();
  });

  it('should answer 404 in words, 413 over the body limit, and put security headers on everything', async () => {
    const missing = await fetch(`${url}/nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('Nothing at /nothing. The SPARQL endpoint is /sparql; the home page is /.\n');
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    const big = await fetch(`${url}/echo/x`, { method: 'POST', body: 'x'.repeat(100) });
    expect(big.status).toBe(413);
    expect(await big.text()).toBe('The request body is 100 bytes, over the limit of 64 bytes (TEST_BODY_BYTES).\n');
  });

  it('should refuse a body, before reading it, while the bodies held leave no room for it', async () => {
    const holding = fetch(`${url}/hold`, { method: 'POST', body: 'h'.repeat(50) });
    await expect.poll(() => bodies.heldBytes).toBe(50);
    // 50 + 60 is over 100: refused with 503, its Retry-After and the setting.
    const refused = await fetch(`${url}/echo/x`, { method: 'POST', body: 'r'.repeat(60) });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(await refused.text()).toBe(
      'The server is holding 50 bytes of request bodies, and this one of up to 60 bytes would pass the limit of 100 (SUMMIT_KG_MAX_BODY_MEMORY_BYTES); try again shortly.\n',
    );
    // A body of unknown size counts as its route's limit (64): refused too.
    const chunked = await fetch(`${url}/echo/x`, {
      method: 'POST',
      body: new Blob(['c']).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(503);
    // 50 + 40 fits the room, but not one client's share of it (a quarter, or one body of the route's 64).
    const share = await fetch(`${url}/echo/x`, { method: 'POST', body: 'f'.repeat(40) });
    expect(share.status).toBe(429);
    expect(await share.text()).toBe(
      'This client is sending 50 bytes of request bodies already, and one client may hold a quarter of the 100 the server holds at once (SUMMIT_KG_MAX_BODY_MEMORY_BYTES); try again once they are answered.\n',
    );
    // A request without a body takes no room.
    expect((await fetch(`${url}/echo/x`)).status).toBe(200);
    release();
    expect(await (await holding).text()).toBe('done');
    await expect.poll(() => bodies.heldBytes).toBe(0);
    const after = await fetch(`${url}/echo/x`, { method: 'POST', body: 'a'.repeat(60) });
    expect(await after.text()).toBe('POST x');
  });

  it('should keep a body held until its job has run, when its client has gone', async () => {
    const abort = new AbortController();
    const gone = fetch(`${url}/hold`, { method: 'POST', body: 'g'.repeat(30), signal: abort.signal });
    await expect.poll(() => bodies.heldBytes).toBe(30);
    abort.abort();
    await expect(gone).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(bodies.heldBytes).toBe(30);
    release();
    await expect.poll(() => bodies.heldBytes).toBe(0);
  });

  it('should give the room back when a client leaves mid-body, compressed or behind another request', async () => {
    const { port } = new URL(url);
    // A gzipped body cut off: body-parser's inflating stream would wait for it forever.
    const cut = connect(Number(port), '127.0.0.1');
    cut.write('POST /echo/x HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\nContent-Length: 50\r\n\r\n');
    await expect.poll(() => bodies.heldBytes).toBe(64);
    cut.destroy();
    await expect.poll(() => bodies.heldBytes).toBe(0);
    // A second request waiting behind a first on the same connection: its response never closes.
    const piped = connect(Number(port), '127.0.0.1');
    piped.write(
      'POST /hold HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n0123456789' +
        'POST /echo/x HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n',
    );
    await expect.poll(() => bodies.heldBytes).toBe(60);
    piped.destroy();
    release();
    await expect.poll(() => bodies.heldBytes).toBe(0);
  });

  it('should read every parameter of the query string, not the first 1,000', async () => {
    const filler = Array.from({ length: 1000 }, (_, i) => `x${i}=1`).join('&');
    await fetch(`${url}/echo/x?a=1&${filler}&a=2`);
    expect(seen.at(-1)?.params.a).toEqual(['1', '2']);
  });

  it('should log one line per request', () => {
    expect(logs).toContainEqual(expect.stringMatching(/^GET \/nothing 404 \d+\.\d ms$/));
  });
});
