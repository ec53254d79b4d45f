// The remote runner's edges, against a store that answers as it is told: the time limit, the store's
// refusals as the app's error kinds, the answer size limit, federated queries kept on the workers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { SOLUTION_FORMATS } from '../../src/sparql/index.ts';
import { type RemoteHelpers, type RemotePlan, RemoteRunner, SparqlStore } from '../../src/store/index.ts';

/** What the store does next: its status, Content-Type and body, after a delay. */
let next = { status: 200, type: 'application/sparql-results+json', body: '{"head":{},"boolean":true}', delayMs: 0 };
let server: Server;
let url = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      setTimeout(() => response.writeHead(next.status, { 'Content-Type': next.type }).end(next.body), next.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const json = SOLUTION_FORMATS[0] as RemotePlan['format'];
const helpers = (plan: Partial<RemotePlan> = {}): RemoteHelpers => ({
  planRemote: async () => ({ form: 'ask', format: json, dataset: { kind: 'union' }, federated: false, ...plan }),
  convertAnswer: async () => {
    throw new Error('no conversion expected');
  },
  runQuery: async () => ({ body: 'from a worker', contentType: 'text/plain', form: 'select', federated: true }),
});
const runner = (
  options: {
    timeoutMs?: number;
    maxResultBytes?: number;
    plan?: Partial<RemotePlan>;
    maxClientQueries?: number;
    maxQueue?: number;
  } = {},
) =>
  new RemoteRunner({
    store: new SparqlStore(url, undefined, 10_000),
    helpers: helpers(options.plan),
    unionGraph: 'urn:union',
    namedGraphs: ['urn:a'],
    timeoutMs: options.timeoutMs ?? 10_000,
    maxResultBytes: options.maxResultBytes ?? 1_000_000,
    retryAfterSeconds: 7,
    maxClientQueries: options.maxClientQueries ?? 32,
    maxQueue: options.maxQueue ?? 1000,
  });
const job = { query: 'ASK {}', formats: [], defaultGraphs: [], namedGraphs: [] };

/** Slow queries of these clients, once they are all at the store (the plan is asynchronous). */
async function atTheStore(remote: RemoteRunner, clients: string[]): Promise<Promise<unknown>[]> {
  next = { status: 200, type: 'application/sparql-results+json', body: '{"head":{},"boolean":true}', delayMs: 300 };
  const running = clients.map((client) => remote.runQuery(job, client));
  await new Promise((resolve) => setTimeout(resolve, 50));
  return running;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('RemoteRunner', () => {
  it('should pass through an answer in the negotiated format', async () => {
    next = { status: 200, type: 'application/sparql-results+json', body: '{"head":{},"boolean":true}', delayMs: 0 };
    const answer = await runner().runQuery(job, 'client');
    expect(answer).toEqual({
      body: '{"head":{},"boolean":true}',
      contentType: 'application/sparql-results+json; charset=utf-8',
      form: 'ask',
      federated: false,
    });
  });

  it('should stop waiting for the store at the query time limit, with a Retry-After', async () => {
    next = { ...next, delayMs: 2000 };
    const error = await failure(runner({ timeoutMs: 200 }).runQuery(job, 'client'));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`The store at ${url} did not answer within 0.2 s (SUMMIT_KG_QUERY_TIMEOUT_MS).`);
    expect(error.context).toEqual({
      limit: { setting: 'SUMMIT_KG_QUERY_TIMEOUT_MS', value: 200 },
      retryAfterSeconds: 7,
    });
  });

  it('should answer the store’s 400 as the client’s error, and a store that ran out of time as a time-out', async () => {
    next = { status: 400, type: 'text/plain', body: 'Parse error: unexpected }', delayMs: 0 };
    const refused = await failure(runner().runQuery(job, 'client'));
    expect(refused.kind).toBe('bad-request');
    expect(refused.message).toBe(`The store at ${url} refused the query (HTTP 400): Parse error: unexpected }`);
    next = { status: 500, type: 'text/plain', body: 'Virtuoso S1T00 Error SR171: Transaction timed out', delayMs: 0 };
    expect((await failure(runner().runQuery(job, 'client'))).kind).toBe('timeout');
    next = { status: 503, type: 'text/html', body: '<h1>Down</h1>', delayMs: 0 };
    const down = await failure(runner().runQuery(job, 'client'));
    expect(down.kind).toBe('upstream');
    expect(down.message).toBe(`The store at ${url} failed the query (HTTP 503): Down`);
  });

  it('should refuse an answer over the size limit', async () => {
    next = { status: 200, type: 'application/sparql-results+json', body: 'x'.repeat(2000), delayMs: 0 };
    expect((await failure(runner({ maxResultBytes: 1024 }).runQuery(job, 'client'))).kind).toBe('result-too-large');
  });

  it('should refuse a client more queries at the store than its share, with a Retry-After', async () => {
    const limited = runner({ maxClientQueries: 2 });
    const running = await atTheStore(limited, ['greedy', 'greedy']);
    const refused = await failure(limited.runQuery(job, 'greedy'));
    expect(refused.kind).toBe('rate-limited');
    expect(refused.context.retryAfterSeconds).toBe(7);
    expect((await limited.runQuery(job, 'other')).form).toBe('ask');
    await Promise.all(running);
    expect((await limited.runQuery(job, 'greedy')).form).toBe('ask');
  });

  it('should refuse a query when the store already has as many as the queue holds, naming the setting', async () => {
    const full = runner({ maxQueue: 2 });
    const running = await atTheStore(full, ['a', 'b']);
    const refused = await failure(full.runQuery(job, 'c'));
    expect(refused.kind).toBe('overloaded');
    expect(refused.message).toBe(
      'Too many queries are waiting for the store (2, SUMMIT_KG_MAX_QUEUE); try again shortly.',
    );
    expect(refused.context).toMatchObject({
      retryAfterSeconds: 7,
      limit: { setting: 'SUMMIT_KG_MAX_QUEUE', value: 2 },
    });
    await Promise.all(running);
    expect((await full.runQuery(job, 'c')).form).toBe('ask');
  });

  it('should leave a federated query to the workers', async () => {
    const answer = await runner({ plan: { federated: true } }).runQuery(job, 'client');
    expect(answer.body).toBe('from a worker');
  });
});
