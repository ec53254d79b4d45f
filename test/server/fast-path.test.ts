// Repeated GETs answered before express routes anything, with the very headers of the full path,
// compressed as the client accepts; and compression on the full path too.

import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OwnServer, sparqlGet, startTestServer } from '../helpers/server.ts';

let server: OwnServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A raw GET: the headers exactly as sent (names and order), and the body as bytes. */
function get(path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(server.url);
  return new Promise<{
    status: number;
    raw: string[];
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const req = request({ hostname, port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          raw: res.rawHeaders,
          headers: res.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Header names and values in order, without the ones that belong to one response. */
const answerHeaders = (raw: string[]) => {
  const pairs: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    // Header names are case-insensitive: compared as such.
    const name = (raw[i] ?? '').toLowerCase();
    if (!['date', 'connection', 'keep-alive', 'x-cache'].includes(name)) pairs.push(`${name}: ${raw[i + 1]}`);
  }
  return pairs;
};

const QUERY = sparqlGet('SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o');

describe('a repeated GET', () => {
  it('should be answered from the cache with the same headers and body as the full path', async () => {
    const first = await get(`${QUERY}&x=1`, { 'accept-encoding': 'identity' });
    const again = await get(`${QUERY}&x=1`, { 'accept-encoding': 'identity' });
    expect(first.headers['x-cache']).toBe('miss');
    expect(again.headers['x-cache']).toBe('hit');
    expect(answerHeaders(again.raw)).toEqual(answerHeaders(first.raw));
    expect(again.body.equals(first.body)).toBe(true);
    expect(server.logs.filter((line) => line.startsWith('GET /sparql 200'))).toHaveLength(2);
  });

  it('should send gzip or br as the client prefers, the same bytes once decoded', async () => {
    const plain = await get(`${QUERY}&x=2`);
    const gzipped = await get(`${QUERY}&x=2`, { 'accept-encoding': 'gzip' });
    const brotli = await get(`${QUERY}&x=2`, { 'accept-encoding': 'br;q=1, gzip;q=0.5' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    expect(gzipped.headers.vary).toBe('Accept, Accept-Encoding');
    expect(Number(gzipped.headers['content-length'])).toBe(gzipped.body.length);
  });

  it('should answer If-None-Match with 304 and HEAD with headers only', async () => {
    const first = await get(`${QUERY}&x=3`);
    const etag = String(first.headers.etag);
    const revalidated = await get(`${QUERY}&x=3`, { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    const { hostname, port } = new URL(server.url);
    const head = await new Promise<{ status: number; length: string | undefined; body: number }>((resolve) => {
      const req = request({ hostname, port, path: `${QUERY}&x=3`, method: 'HEAD' }, (res) => {
        let body = 0;
        res.on('data', (chunk: Buffer) => {
          body += chunk.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, length: res.headers['content-length'], body }));
      });
      req.end();
    });
    expect(head).toEqual({ status: 200, length: String(first.body.length), body: 0 });
  });

  it('should leave a request with a Host the full path refuses to the full path', async () => {
    await get(`${QUERY}&x=4`);
    const hostile = await get(`${QUERY}&x=4`, { host: 'x"> <y' });
    expect(hostile.status).toBe(400);
  });
});
