// Federated queries: SPARQL with SERVICE clauses, run by Comunica over the local store (one of its
// sources) and the allowed remote endpoints, politely: a User-Agent, a timeout, a cache of answers,
// and a clear error when an endpoint cannot be reached or answers something that is not SPARQL.
import { Readable } from 'node:stream';
import type * as RDF from '@rdfjs/types';
import { LRUCache } from 'lru-cache';
import { AppError } from '../errors.ts';
import {
  defaultGraph,
  namedNode,
  oxigraph,
  type Quad,
  quad,
  reserialise,
  type Store,
  type Term,
} from '../rdf/index.ts';
import type { QueryPlan } from '../sparql/index.ts';
import { fetchFailure } from './http.ts';

export interface FederationConfig {
  /** SERVICE IRIs a query may name, each with the URL actually called (Wikidata's IRI may point at a mirror or a test fixture). */
  endpoints: Record<string, string>;
  userAgent: string;
  /** Time limit of one request to a remote endpoint. */
  timeoutMs: number;
  /** Remote answers kept, and for how long. 0 entries turns the cache off. */
  cacheEntries: number;
  cacheTtlMs: number;
}

interface CachedAnswer {
  status: number;
  contentType: string;
  body: string;
}

let answers: LRUCache<string, CachedAnswer> | undefined;

/** A fetch for Comunica: only allowed endpoints, mapped to their configured URL, with a User-Agent, a timeout and a cache. */
function politeFetch(config: FederationConfig, calls: { endpoint: string; failure?: AppError }[]): typeof fetch {
  if (config.cacheEntries > 0) answers ??= new LRUCache({ max: config.cacheEntries, ttl: config.cacheTtlMs });
  return async (input, init) => {
    const requested = new URL(input instanceof Request ? input.url : String(input));
    const endpoint = `${requested.origin}${requested.pathname}`;
    const target = config.endpoints[endpoint];
    if (!target) throw new AppError('bad-request', `SERVICE <${endpoint}> is not allowed.`);
    const call: { endpoint: string; failure?: AppError } = { endpoint };
    calls.push(call);
    const url = `${target}${requested.search}`;
    const method = init?.method ?? 'GET';
    const body =
      typeof init?.body === 'string' ? init.body : init?.body instanceof URLSearchParams ? init.body.toString() : '';
    const headers = new Headers(init?.headers);
    headers.set('User-Agent', config.userAgent);
    const key = JSON.stringify([method, url, body, headers.get('accept')]);
    const cached = answers?.get(key);
    if (cached) {
      return new Response(cached.body, { status: cached.status, headers: { 'Content-Type': cached.contentType } });
    }
    let response: Response;
    try {
      const signal = AbortSignal.timeout(config.timeoutMs);
      response = await fetch(url, {
        method,
        headers,
        body: body || undefined,
        signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal,
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      call.failure = timedOut
        ? new AppError(
            'upstream-timeout',
            `The SPARQL service <${endpoint}> did not answer within ${config.timeoutMs / 1000} s.`,
            {
              retryAfterSeconds: 30,
            },
          )
        : new AppError(
            'upstream',
            `The SPARQL service <${endpoint}> could not be reached (${fetchFailure(error as Error)}).`,
            {
              retryAfterSeconds: 30,
            },
          );
      throw call.failure;
    }
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
    if (!response.ok) {
      call.failure = new AppError(
        'upstream',
        `The SPARQL service <${endpoint}> answered HTTP ${response.status}: ${text.slice(0, 200).trim()}`,
      );
    } else answers?.set(key, { status: response.status, contentType, body: text });
    return new Response(text, { status: response.status, headers: { 'Content-Type': contentType } });
  };
}

/** The local store as an RDF/JS source for Comunica; its default graph holds the union of the named graphs, as on /sparql. */
function storeSource(store: Store, defaultGraphs?: string[]) {
  const toTerm = (term: RDF.Term | null | undefined): Term | null =>
    !term || term.termType === 'Variable' ? null : oxigraph().fromTerm(term);
  // Oxigraph's terms are RDF/JS terms; its typings say so only structurally.
  const stream = (quads: Quad[]) => Readable.from(quads as RDF.Quad[]);
  return {
    match(subject?: RDF.Term | null, predicate?: RDF.Term | null, object?: RDF.Term | null, graph?: RDF.Term | null) {
      const pattern = [toTerm(subject), toTerm(predicate), toTerm(object)] as const;
      if (graph?.termType !== 'DefaultGraph') {
        // A GRAPH ?g pattern ranges over the named graphs only, as on /sparql.
        const quads = store.match(...pattern, toTerm(graph));
        return stream(graph ? quads : quads.filter((q) => q.graph.termType !== 'DefaultGraph'));
      }
      if (!defaultGraphs) return stream(store.match(...pattern, defaultGraph()));
      const seen = new Set<string>();
      const triples: Quad[] = [];
      for (const g of defaultGraphs) {
        for (const q of store.match(...pattern, namedNode(g))) {
          const triple = quad(q.subject, q.predicate, q.object, defaultGraph());
          const id = triple.toString();
          if (seen.has(id)) continue;
          seen.add(id);
          triples.push(triple);
        }
      }
      return stream(triples);
    },
  };
}

let engine: import('@comunica/query-sparql').QueryEngine | undefined;

/** Runs a planned query that has SERVICE clauses; throws 'upstream' or 'upstream-timeout' when a remote endpoint fails. */
export async function runFederatedQuery(store: Store, plan: QueryPlan, config: FederationConfig): Promise<string> {
  if (plan.dataset.kind === 'query') {
    throw new AppError(
      'bad-request',
      'FROM and FROM NAMED cannot be combined with SERVICE here; use the default-graph-uri parameter instead.',
    );
  }
  engine ??= new (await import('@comunica/query-sparql')).QueryEngine();
  const calls: { endpoint: string; failure?: AppError }[] = [];
  const source = storeSource(store, plan.dataset.kind === 'explicit' ? plan.dataset.defaultGraphs : undefined);
  const mediaType = plan.format.mediaType;
  try {
    const result = await engine.query(plan.query, { sources: [source], fetch: politeFetch(config, calls) } as never);
    const graphResult = result.resultType === 'quads';
    const { data } = await engine.resultToString(result, graphResult ? 'application/n-triples' : mediaType);
    let text = '';
    for await (const chunk of data as AsyncIterable<string | Buffer>) text += chunk.toString();
    if (graphResult) return reserialise(text, 'application/n-triples', mediaType);
    return mediaType === 'application/sparql-results+json' ? withoutComunicaMetadata(text) : text;
  } catch (error) {
    const failed = calls.find((call) => call.failure)?.failure;
    if (failed) throw failed;
    if (error instanceof AppError) throw error;
    if (calls[0]) {
      throw new AppError(
        'upstream',
        `The SPARQL service <${calls[0].endpoint}> gave an answer that could not be used: ${(error as Error).message.split('\n')[0]}`,
      );
    }
    throw error;
  }
}

/** Comunica adds a non-standard "metadata" member to SPARQL JSON; clients expect only head and results. */
function withoutComunicaMetadata(json: string): string {
  const { head, results, boolean } = JSON.parse(json) as { head: unknown; results?: unknown; boolean?: boolean };
  return JSON.stringify(boolean === undefined ? { head, results } : { head, boolean });
}
