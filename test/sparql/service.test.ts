// The endpoint as a function, against a fake runner: what reaches a worker, what the cache and the
// ETags answer on the HTTP thread, and how federated answers are kept out of both.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { type QueryAnswer, type QueryJob, SparqlService } from '../../src/sparql/index.ts';

function service(options: { cacheBytes?: number; answer?: Partial<QueryAnswer>; fail?: AppError } = {}) {
  const jobs: QueryJob[] = [];
  const observed: string[] = [];
  const sparql = new SparqlService({
    runner: {
      runQuery: async (job) => {
        jobs.push(job);
        if (options.fail) throw options.fail;
        return {
          body: `answer ${jobs.length}`,
          contentType: 'text/csv; charset=utf-8',
          form: 'select',
          federated: false,
          ...options.answer,
        };
      },
    },
    dataHash: 'hash',
    cacheBytes: options.cacheBytes ?? 1024 * 1024,
    limits: { maxQueryBytes: 1000, maxQueryDepth: 10 },
    observe: (form, outcome) => observed.push(`${form}:${outcome}`),
  });
  return { sparql, jobs, observed };
}

const job = (query: string, accept = 'text/csv'): QueryJob => ({
  query,
  accept,
  formats: [],
  defaultGraphs: [],
  namedGraphs: [],
});

describe('the SPARQL service', () => {
  it('should run a query once and answer its repeats from the cache', async () => {
    const { sparql, jobs, observed } = service();
    const first = await sparql.execute(job('SELECT * { ?s ?p ?o }'), 'client');
    const second = await sparql.execute(job('SELECT * { ?s ?p ?o }'), 'client');
    expect(jobs).toHaveLength(1);
    expect(first.headers).toMatchObject({
      'X-Cache': 'miss',
      'Content-Type': 'text/csv; charset=utf-8',
      Vary: 'Accept',
    });
    expect(second.headers['X-Cache']).toBe('hit');
    expect(String(second.body)).toBe('answer 1');
    expect(second.headers.ETag).toBe(first.headers.ETag);
    expect(observed).toEqual(['select:ok', 'select:hit']);
  });

  it('should answer 304 to a matching If-None-Match without running anything', async () => {
    const { sparql, jobs } = service({ cacheBytes: 0 });
    const first = await sparql.execute(job('ASK {}'), 'client');
    const etag = first.headers.ETag ?? '';
    expect(first.headers['X-Cache']).toBe('off');
    const again = await sparql.execute(job('ASK {}'), 'client', `"other", W/${etag}`);
    expect(again.status).toBe(304);
    expect(jobs).toHaveLength(1);
    const different = await sparql.execute(job('ASK {}', 'application/sparql-results+json'), 'client', etag);
    expect(different.status).toBe(200);
  });

  it('should give a federated answer no ETag and no cache', async () => {
    const { sparql, jobs } = service({ answer: { federated: true } });
    const query = job('SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }');
    const first = await sparql.execute(query, 'client');
    await sparql.execute(query, 'client', '*');
    expect(jobs).toHaveLength(2);
    expect(first.headers.ETag).toBeUndefined();
    expect(first.headers['Cache-Control']).toBe('public, max-age=60');
  });

  it('should refuse an oversized or over-nested text before the runner sees it', async () => {
    const { sparql, jobs, observed } = service();
    await expect(sparql.execute(job(`ASK { ${'{'.repeat(20)} }`), 'client')).rejects.toMatchObject({
      kind: 'too-complex',
    });
    await expect(sparql.execute(job(`ASK { "${'x'.repeat(2000)}" }`), 'client')).rejects.toMatchObject({
      kind: 'too-large',
    });
    expect(jobs).toHaveLength(0);
    expect(observed).toEqual(['unknown:too-complex', 'unknown:too-large']);
  });

  it('should pass the runner’s errors on, and cache nothing from them', async () => {
    const { sparql, jobs } = service({ fail: new AppError('timeout', 'too slow') });
    await expect(sparql.execute(job('ASK {}'), 'client')).rejects.toMatchObject({ kind: 'timeout' });
    await expect(sparql.execute(job('ASK {}'), 'client')).rejects.toMatchObject({ kind: 'timeout' });
    expect(jobs).toHaveLength(2);
    expect(sparql.cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });
});
