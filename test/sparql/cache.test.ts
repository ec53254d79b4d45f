// Result caching and conditional requests: same query, same data, same bytes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sparqlGet, startTestServer, type TestServer } from '../helpers/server.ts';

const QUERY = 'SELECT ?s WHERE { ?s a <https://example.org/Country> } ORDER BY ?s';

describe('with the cache on', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('should run a query once and answer repeats from the cache, byte for byte', async () => {
    const first = await server.get(sparqlGet(QUERY));
    const second = await server.get(sparqlGet(QUERY));
    expect(first.headers.get('x-cache')).toBe('miss');
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(await second.text()).toBe(await first.text());
  });

  it('should keep formats apart in the cache', async () => {
    await server.get(sparqlGet(QUERY));
    const csv = await server.get(sparqlGet(QUERY), { headers: { Accept: 'text/csv' } });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toBe(
      's\r\nhttps://example.org/france\r\nhttps://example.org/india\r\nhttps://example.org/kenya\r\n',
    );
  });

  it('should keep datasets apart in the cache', async () => {
    const all = (await (await server.get(sparqlGet(QUERY))).json()) as { results: { bindings: unknown[] } };
    const onlyB = (await (
      await server.get(sparqlGet(QUERY, `&default-graph-uri=${encodeURIComponent('https://example.org/graph/b')}`))
    ).json()) as { results: { bindings: unknown[] } };
    expect(all.results.bindings).toHaveLength(3);
    expect(onlyB.results.bindings).toHaveLength(1);
  });

  it('should send an ETag and Cache-Control, and answer If-None-Match with 304', async () => {
    const first = await server.get(sparqlGet(QUERY));
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    expect(first.headers.get('vary')).toContain('Accept');
    const again = await server.get(sparqlGet(QUERY), { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await server.get(sparqlGet(QUERY), { headers: { 'If-None-Match': '"something-else"' } });
    expect(other.status).toBe(200);
  });

  it('should give different ETags to different formats of one query', async () => {
    const json = await server.get(sparqlGet(QUERY));
    const xml = await server.get(sparqlGet(QUERY), { headers: { Accept: 'application/sparql-results+xml' } });
    expect(json.headers.get('etag')).not.toBe(xml.headers.get('etag'));
  });
});

describe('with the cache off', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ cacheBytes: 0 });
  });
  afterAll(() => server.close());

  it('should run every query and say so', async () => {
    const first = await server.get(sparqlGet(QUERY));
    const second = await server.get(sparqlGet(QUERY));
    expect(first.headers.get('x-cache')).toBe('off');
    expect(second.headers.get('x-cache')).toBe('off');
    expect(await second.text()).toBe(await first.text());
  });

  it('should still answer conditional requests from the ETag', async () => {
    const etag = (await server.get(sparqlGet(QUERY))).headers.get('etag')!;
    expect((await server.get(sparqlGet(QUERY), { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });
});
