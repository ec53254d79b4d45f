// The SPARQL endpoint as a function: a query job in, a reply out. The HTTP thread only checks the
// query's text (size, nesting), answers repeats from the cache and revalidations from the ETag;
// everything that parses or runs the query happens in a worker, through the runner.
import { AppError } from '../errors.ts';
import type { Reply } from '../operation.ts';
import { answerCache, entityTag, matchesEtag } from './cache.ts';
import type { QueryAnswer, QueryJob } from './engine.ts';
import { checkQueryText, type TextLimits } from './limits.ts';

export interface QueryRunner {
  /** Runs a query job for `client` (per-client limits apply); rejects with an AppError. */
  runQuery(job: QueryJob, client: string): Promise<QueryAnswer>;
}

/** A runner's refusal of a client that already has its share of queries waiting or running (429). */
export function overClientShare(maxClientQueries: number, retryAfterSeconds: number): AppError {
  return new AppError(
    'rate-limited',
    `You have ${maxClientQueries} queries waiting or running, the most one client may have (SUMMIT_KG_MAX_CLIENT_QUERIES); wait for some to finish.`,
    { retryAfterSeconds, limit: { setting: 'SUMMIT_KG_MAX_CLIENT_QUERIES', value: maxClientQueries } },
  );
}

export interface SparqlServiceOptions {
  runner: QueryRunner;
  /** The data's hash: answers and their ETags are valid as long as it is. */
  dataHash: string;
  cacheBytes: number;
  limits: TextLimits;
  /** Told of every query's form (when known), outcome (ok, hit, not-modified or the error's kind) and duration. */
  observe?: (form: string, outcome: string, seconds: number) => void;
}

/** Results may be reused for five minutes, then revalidated with their ETag (the data only changes on restart). */
const CACHE_CONTROL = 'public, max-age=300';

export class SparqlService {
  readonly cache;

  constructor(private readonly options: SparqlServiceOptions) {
    this.cache = answerCache(options.cacheBytes);
  }

  /** Answers a query job; `ifNoneMatch` is the client's If-None-Match header. Rejects with an AppError. */
  async execute(job: QueryJob, client: string, ifNoneMatch?: string): Promise<Reply> {
    const started = performance.now();
    const observe = (form: string, outcome: string) =>
      this.options.observe?.(form, outcome, (performance.now() - started) / 1000);
    try {
      const { reply, form } = await this.answer(job, client, ifNoneMatch);
      observe(form, reply.status === 304 ? 'not-modified' : reply.headers['X-Cache'] === 'hit' ? 'hit' : 'ok');
      return reply;
    } catch (error) {
      observe('unknown', error instanceof AppError ? error.kind : 'internal');
      throw error;
    }
  }

  private async answer(job: QueryJob, client: string, ifNoneMatch?: string): Promise<{ reply: Reply; form: string }> {
    const facts = checkQueryText(job.query, this.options.limits);
    // Repeats are answered before any parsing: the cache is keyed by the request as it came.
    const key = JSON.stringify([job.query, job.defaultGraphs, job.namedGraphs, job.formats, job.accept ?? null]);
    const cached = this.cache.get(key);
    if (cached) {
      const headers = {
        'Content-Type': cached.contentType,
        ETag: cached.etag,
        'Cache-Control': CACHE_CONTROL,
        Vary: 'Accept',
      };
      if (matchesEtag(ifNoneMatch, cached.etag))
        return { reply: { status: 304, headers, body: '' }, form: cached.form };
      return {
        reply: { status: 200, headers: { ...headers, 'X-Cache': 'hit' }, body: cached.body, answerKey: key },
        form: cached.form,
      };
    }
    // A federated answer also depends on the remote endpoint, which the data's hash does not cover.
    const etag = facts.mentionsService ? undefined : entityTag(this.options.dataHash, [key]);
    if (etag && matchesEtag(ifNoneMatch, etag)) {
      const reply = { status: 304, headers: { ETag: etag, 'Cache-Control': CACHE_CONTROL, Vary: 'Accept' }, body: '' };
      return { reply, form: 'unknown' };
    }
    const answer = await this.options.runner.runQuery(job, client);
    if (answer.federated || !etag) {
      // No ETag and no result cache (the workers keep Wikidata's answers for a while instead).
      const headers = {
        'Content-Type': answer.contentType,
        'Cache-Control': 'public, max-age=60',
        Vary: 'Accept',
        'X-Cache': 'off',
      };
      return { reply: { status: 200, headers, body: answer.body }, form: answer.form };
    }
    const body = Buffer.from(answer.body);
    this.cache.set(key, { body, contentType: answer.contentType, etag, form: answer.form });
    const headers = {
      'Content-Type': answer.contentType,
      ETag: etag,
      'Cache-Control': CACHE_CONTROL,
      Vary: 'Accept',
      'X-Cache': this.cache.enabled ? 'miss' : 'off',
    };
    return {
      reply: { status: 200, headers, body, answerKey: this.cache.enabled ? key : undefined },
      form: answer.form,
    };
  }
}
