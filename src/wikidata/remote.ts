// One call to a remote SPARQL endpoint: a SELECT sent politely (a User-Agent, a time limit, the
// worker's cache of answers), its SPARQL JSON answer read into solutions, and a clear error when the
// endpoint cannot be reached (502), is too slow (504), fails, or answers something that is not
// SPARQL results (502) — never an empty result presented as an answer.
import type * as RDF from '@rdfjs/types';
import { LRUCache } from 'lru-cache';
import { SparqlJsonParser } from 'sparqljson-parse';
import { AppError } from '../errors.ts';
import { fetchFailure } from './http.ts';

export interface RemoteSettings {
  userAgent: string;
  /** Time limit of one request. */
  timeoutMs: number;
  /** Remote answers kept, and for how long. 0 entries turns the cache off. */
  cacheEntries: number;
  cacheTtlMs: number;
}

/** A solution: variable name (without '?') to term. */
export type Solution = Record<string, RDF.Term>;

export interface RemoteAnswer {
  variables: string[];
  solutions: Solution[];
}

/** Past this, a SERVICE pattern should be narrowed: its solutions travel back into the local query as VALUES. */
export const MAX_REMOTE_SOLUTIONS = 100_000;

/** GET keeps answers cacheable by the endpoint's own caches; longer queries go as a POSTed form. */
const MAX_GET_URL = 2000;

let answers: LRUCache<string, RemoteAnswer> | undefined;

/** Runs `query` (a SELECT) at `url`, the endpoint the SERVICE IRI `endpoint` stands for. */
export async function callService(
  settings: RemoteSettings,
  endpoint: string,
  url: string,
  query: string,
): Promise<RemoteAnswer> {
  if (settings.cacheEntries > 0) answers ??= new LRUCache({ max: settings.cacheEntries, ttl: settings.cacheTtlMs });
  const key = JSON.stringify([url, query]);
  const cached = answers?.get(key);
  if (cached) return cached;
  const text = await fetchAnswer(settings, endpoint, url, query);
  const answer = readAnswer(endpoint, text);
  if (answer.solutions.length > MAX_REMOTE_SOLUTIONS) {
    throw new AppError(
      'result-too-large',
      `The SPARQL service <${endpoint}> answered more than ${MAX_REMOTE_SOLUTIONS} solutions for one SERVICE pattern; make the pattern more specific, or join it with local patterns that bind its variables.`,
    );
  }
  answers?.set(key, answer);
  return answer;
}

async function fetchAnswer(settings: RemoteSettings, endpoint: string, url: string, query: string): Promise<string> {
  const headers = { Accept: 'application/sparql-results+json', 'User-Agent': settings.userAgent };
  const form = new URLSearchParams({ query }).toString();
  const get = `${url}${url.includes('?') ? '&' : '?'}${form}`;
  const signal = AbortSignal.timeout(settings.timeoutMs);
  try {
    const response =
      get.length <= MAX_GET_URL
        ? await fetch(get, { headers, signal })
        : await fetch(url, {
            method: 'POST',
            headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
            body: form,
            signal,
          });
    const text = await response.text();
    if (!response.ok) {
      throw new AppError(
        'upstream',
        `The SPARQL service <${endpoint}> answered HTTP ${response.status}: ${text.slice(0, 200).trim()}`,
        { retryAfterSeconds: 30 },
      );
    }
    return text;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as Error).name === 'TimeoutError') {
      throw new AppError(
        'upstream-timeout',
        `The SPARQL service <${endpoint}> did not answer within ${settings.timeoutMs / 1000} s.`,
        { retryAfterSeconds: 30 },
      );
    }
    throw new AppError(
      'upstream',
      `The SPARQL service <${endpoint}> could not be reached (${fetchFailure(error as Error)}).`,
      { retryAfterSeconds: 30 },
    );
  }
}

/** SPARQL JSON results read by sparqljson-parse into RDF/JS terms; anything else is the endpoint's fault. */
function readAnswer(endpoint: string, text: string): RemoteAnswer {
  try {
    const json: unknown = JSON.parse(text);
    const head = (json as { head?: { vars?: unknown } }).head;
    const bindings = (json as { results?: { bindings?: unknown } }).results?.bindings;
    if (!Array.isArray(head?.vars) || !Array.isArray(bindings)) throw new Error('no head.vars or results.bindings');
    const solutions = new SparqlJsonParser({ prefixVariableQuestionMark: false }).parseJsonResults(json);
    return {
      variables: head.vars.filter((name): name is string => typeof name === 'string'),
      solutions: solutions.map((row) => Object.fromEntries(Object.entries(row))),
    };
  } catch (error) {
    throw new AppError(
      'upstream',
      `The SPARQL service <${endpoint}> gave an answer that could not be used: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}
