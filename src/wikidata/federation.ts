// Federated queries: SPARQL with SERVICE clauses, run by Comunica over the local store (one of its
// sources) and the allowed remote endpoints, politely: a User-Agent, a timeout, a cache of answers,
// and a clear error when an endpoint cannot be reached or answers something that is not SPARQL.
import { Readable } from 'node:stream';
import type * as RDF from '@rdfjs/types';
import { LRUCache } from 'lru-cache';
import oxigraph from 'oxigraph';
import type { QueryJob } from '../sparql/engine.ts';
import { HttpError } from '../sparql/errors.ts';
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

/** 400 unless every SERVICE a query names is on the allow-list: the server must not fetch any URL a query names. */
export function checkServices(services: string[], allowed: string[]): void {
  for (const service of services) {
    if (!allowed.includes(service)) {
      throw new HttpError(
        400,
        `SERVICE <${service}> is not allowed: this endpoint only federates with ${allowed.map((a) => `<${a}>`).join(', ') || 'no endpoint'}.`,
      );
    }
  }
}

interface CachedAnswer {
  status: number;
  contentType: string;
  body: string;
}

let answers: LRUCache<string, CachedAnswer> | undefined;

/** A fetch for Comunica: only allowed endpoints, mapped to their configured URL, with a User-Agent, a timeout and a cache. */
function politeFetch(config: FederationConfig, calls: { endpoint: string; failure?: HttpError }[]): typeof fetch {
  if (config.cacheEntries > 0) answers ??= new LRUCache({ max: config.cacheEntries, ttl: config.cacheTtlMs });
  return async (input, init) => {
    const requested = new URL(input instanceof Request ? input.url : String(input));
    const endpoint = `${requested.origin}${requested.pathname}`;
    const target = config.endpoints[endpoint];
    if (!target) throw new HttpError(400, `SERVICE <${endpoint}> is not allowed.`);
    const call: { endpoint: string; failure?: HttpError } = { endpoint };
    calls.push(call);
    const url = `${target}${requested.search}`;
    const method = init?.method ?? 'GET';
    const body =
      typeof init?.body === 'string' ? init.body : init?.body instanceof URLSearchParams ? init.body.toString() : '';
    const headers = new Headers(init?.headers);
    headers.set('User-Agent', config.userAgent);
    const key = JSON.stringify([method, url, body, headers.get('accept')]);
    const cached = answers?.get(key);
    if (cached)
      return new Response(cached.body, { status: cached.status, headers: { 'Content-Type': cached.contentType } });

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
        ? new HttpError(504, `The SPARQL service <${endpoint}> did not answer within ${config.timeoutMs / 1000} s.`, {
            'Retry-After': '30',
          })
        : new HttpError(
            502,
            `The SPARQL service <${endpoint}> could not be reached (${fetchFailure(error as Error)}).`,
            { 'Retry-After': '30' },
          );
      throw call.failure;
    }
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
    if (!response.ok) {
      call.failure = new HttpError(
        502,
        `The SPARQL service <${endpoint}> answered HTTP ${response.status}: ${text.slice(0, 200).trim()}`,
      );
    } else answers?.set(key, { status: response.status, contentType, body: text });
    return new Response(text, { status: response.status, headers: { 'Content-Type': contentType } });
  };
}

/** The local store as an RDF/JS source for Comunica; its default graph holds the union of the named graphs, as on /sparql. */
function storeSource(store: oxigraph.Store, defaultGraphs?: string[]) {
  const toOx = (term: RDF.Term | null | undefined) =>
    !term || term.termType === 'Variable' ? null : (oxigraph.fromTerm(term) as oxigraph.Term);
  return {
    match(subject?: RDF.Term | null, predicate?: RDF.Term | null, object?: RDF.Term | null, graph?: RDF.Term | null) {
      const pattern = [toOx(subject), toOx(predicate), toOx(object)] as const;
      if (graph?.termType !== 'DefaultGraph') {
        // A GRAPH ?g pattern ranges over the named graphs only, as on /sparql.
        const quads = store.match(...pattern, toOx(graph));
        return Readable.from(
          (graph ? quads : quads.filter((q) => q.graph.termType !== 'DefaultGraph')) as unknown as RDF.Quad[],
        );
      }
      if (!defaultGraphs)
        return Readable.from(store.match(...pattern, oxigraph.defaultGraph()) as unknown as RDF.Quad[]);
      const graphs = defaultGraphs.map((g) => oxigraph.namedNode(g));
      const seen = new Set<string>();
      const triples: oxigraph.Quad[] = [];
      for (const g of graphs) {
        for (const q of store.match(...pattern, g)) {
          const triple = oxigraph.quad(q.subject, q.predicate, q.object, oxigraph.defaultGraph());
          const id = triple.toString();
          if (!seen.has(id)) seen.add(id), triples.push(triple);
        }
      }
      return Readable.from(triples as unknown as RDF.Quad[]);
    },
  };
}

let engine: import('@comunica/query-sparql').QueryEngine | undefined;

/** Runs a query that has SERVICE clauses; throws HttpError 502/504 when a remote endpoint fails. */
export async function runFederatedQuery(
  store: oxigraph.Store,
  job: QueryJob,
  config: FederationConfig,
): Promise<string> {
  if (job.dataset.kind === 'query')
    throw new HttpError(
      400,
      'FROM and FROM NAMED cannot be combined with SERVICE here; use the default-graph-uri parameter instead.',
    );
  // Comunica is large: loaded the first time a federated query comes, not at start.
  engine ??= new (await import('@comunica/query-sparql')).QueryEngine();
  const calls: { endpoint: string; failure?: HttpError }[] = [];
  const source = storeSource(store, job.dataset.kind === 'explicit' ? job.dataset.defaultGraphs : undefined);
  const context = { sources: [source], fetch: politeFetch(config, calls) };
  try {
    const result = await engine.query(job.query, context as never);
    const graphResult = result.resultType === 'quads';
    const { data } = await engine.resultToString(result, graphResult ? 'application/n-triples' : job.mediaType);
    let text = '';
    for await (const chunk of data as AsyncIterable<string | Buffer>) text += chunk.toString();
    if (graphResult) return reserialise(text, job.mediaType);
    return job.mediaType === 'application/sparql-results+json' ? withoutComunicaMetadata(text) : text;
  } catch (error) {
    const failed = calls.find((call) => call.failure)?.failure;
    if (failed) throw failed;
    if (error instanceof HttpError) throw error;
    if (calls.length > 0) {
      throw new HttpError(
        502,
        `The SPARQL service <${calls[0].endpoint}> gave an answer that could not be used: ${(error as Error).message.split('\n')[0]}`,
      );
    }
    throw error;
  }
}

/** Graph results go through Oxigraph's writers, so federated and local answers look alike in every format. */
function reserialise(ntriples: string, mediaType: string): string {
  const graph = new oxigraph.Store();
  graph.load(ntriples, { format: 'application/n-triples' });
  return graph.dump({ format: mediaType, from_graph_name: oxigraph.defaultGraph() });
}

/** Comunica adds a non-standard "metadata" member to SPARQL JSON; clients expect only head and results. */
function withoutComunicaMetadata(json: string): string {
  const { head, results, boolean } = JSON.parse(json) as { head: unknown; results?: unknown; boolean?: boolean };
  return JSON.stringify(boolean === undefined ? { head, results } : { head, boolean });
}
