// The SPARQL endpoint as a function: a protocol request in, a status, headers and body out.
// The server is a thin adapter over it; tests and the benchmark can call it directly.

import { LRUCache } from 'lru-cache';
import { checkServices } from '../wikidata/federation.ts';
import { analyseQuery, type QueryAnalysis } from './analyse.ts';
import { ResultCache, resultKey } from './cache.ts';
import type { DatasetChoice, QueryJob } from './engine.ts';
import { contentType, formatsFor, GRAPH_FORMATS, negotiate } from './formats.ts';
import type { SparqlRequest } from './protocol.ts';
import { type DescribedData, serviceDescription } from './service-description.ts';

export interface SparqlResponse {
  status: 200 | 304;
  headers: Record<string, string>;
  body: string;
}

export interface QueryRunner {
  run(job: QueryJob): Promise<string>;
}

export interface SparqlServiceOptions {
  runner: QueryRunner;
  data: DescribedData & { hash: string };
  cacheBytes: number;
  /** SERVICE endpoints queries may name. */
  federationAllowList: string[];
}

/** Results may be reused for five minutes, then revalidated with their ETag (the data only changes on restart). */
const CACHE_CONTROL = 'public, max-age=300';

export class SparqlService {
  readonly cache: ResultCache;
  /** Parsed query texts: parsing costs about as much as running a small query, even with the result cache off. */
  private readonly analyses = new LRUCache<string, QueryAnalysis>({ max: 2000 });

  constructor(private readonly options: SparqlServiceOptions) {
    this.cache = new ResultCache(options.cacheBytes);
  }

  /**
   * Answers one request. `endpoint` is the public URL of the endpoint (for the service description);
   * `ifNoneMatch` is the client's If-None-Match header. Throws HttpError / QueryError for the client's mistakes.
   */
  async execute(
    request: SparqlRequest,
    accept: string | undefined,
    endpoint: string,
    ifNoneMatch?: string,
  ): Promise<SparqlResponse> {
    if (request.query === undefined) {
      const format = negotiate(GRAPH_FORMATS, accept, request.format);
      return {
        status: 200,
        headers: { 'Content-Type': contentType(format), Vary: 'Accept' },
        body: serviceDescription(endpoint, this.options.data, format),
      };
    }
    // Repeats are answered before any parsing: the cache is keyed by the request as it came.
    const requestKey = JSON.stringify([
      request.query,
      request.defaultGraphs,
      request.namedGraphs,
      request.format ?? null,
      accept ?? null,
    ]);
    const cached = this.cache.get(requestKey);
    if (cached) {
      const headers = {
        'Content-Type': cached.contentType,
        ETag: cached.etag,
        'Cache-Control': CACHE_CONTROL,
        Vary: 'Accept',
      };
      if (ifNoneMatch && matches(ifNoneMatch, cached.etag)) return { status: 304, headers, body: '' };
      return { status: 200, headers: { ...headers, 'X-Cache': 'hit' }, body: cached.body };
    }

    let analysis = this.analyses.get(request.query);
    if (!analysis) this.analyses.set(request.query, (analysis = analyseQuery(request.query)));
    checkServices(analysis.services, this.options.federationAllowList);
    const format = negotiate(formatsFor(analysis.form), accept, request.format);
    const dataset = chooseDataset(request, analysis.hasDataset);
    if (analysis.services.length > 0) {
      // A federated answer also depends on the remote endpoint, which the data's hash does not cover:
      // no ETag and no result cache (the workers keep Wikidata's answers for a while instead).
      const body = await this.options.runner.run({
        query: request.query,
        mediaType: format.mediaType,
        dataset,
        federated: true,
      });
      return {
        status: 200,
        headers: {
          'Content-Type': contentType(format),
          'Cache-Control': 'public, max-age=60',
          Vary: 'Accept',
          'X-Cache': 'off',
        },
        body,
      };
    }
    const etag = `"${resultKey(this.options.data.hash, [request.query, dataset, format.mediaType]).slice(0, 32)}"`;
    const headers = { 'Content-Type': contentType(format), ETag: etag, 'Cache-Control': CACHE_CONTROL, Vary: 'Accept' };
    if (ifNoneMatch && matches(ifNoneMatch, etag)) return { status: 304, headers, body: '' };

    const body = await this.options.runner.run({ query: request.query, mediaType: format.mediaType, dataset });
    this.cache.set(requestKey, { body, contentType: headers['Content-Type'], etag });
    return { status: 200, headers: { ...headers, 'X-Cache': this.cache.enabled ? 'miss' : 'off' }, body };
  }
}

function chooseDataset(request: SparqlRequest, queryHasDataset: boolean): DatasetChoice {
  if (request.defaultGraphs.length > 0 || request.namedGraphs.length > 0) {
    return { kind: 'explicit', defaultGraphs: request.defaultGraphs, namedGraphs: request.namedGraphs };
  }
  return queryHasDataset ? { kind: 'query' } : { kind: 'union' };
}

/** If-None-Match: a list of entity tags (weak or strong) or '*'. */
function matches(header: string, etag: string): boolean {
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}
