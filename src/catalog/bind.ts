// Turning a caller's parameter values into the text of a runnable query. Values are checked against
// their types, made into RDF terms and joined into the parsed query as VALUES blocks; the text is
// then written by sparqljs's generator, which escapes literals. No value is ever pasted into text.
import { AppError } from '../errors.ts';
import { writeSparql } from '../rdf/index.ts';
import { ByteCache } from '../sparql/index.ts';
import { bindVariable, cloneTree } from './ast.ts';
import type { SavedQuery } from './load.ts';
import { describeType, isRequired, toTerm, valueProblem } from './params.ts';

export type Given = Record<string, string | string[] | undefined>;

export interface BoundQuery {
  /** The query text with the values bound, ready for the endpoint. */
  text: string;
  /** The page asked for, when the query is paginated. */
  page?: number;
}

/** What a value looked like, for messages: quoted, escaped, and cut when long. */
const show = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

const badRequest = (message: string) => new AppError('bad-request', message);

/**
 * Checks the values given for a saved query (each parameter at most once, the required ones
 * present, each of its type) and returns the value of each parameter, defaults filled in.
 * `extra` are names the caller handles itself (such as `format`): accepted and ignored. An empty
 * value counts as not given, as an HTML form sends blank fields. Throws 'bad-request'.
 */
export function readArguments(
  query: SavedQuery,
  given: Given,
  extra: string[] = [],
): { values: Map<string, string>; page?: number } {
  const accepted = [...query.parameters.map((p) => p.name), ...(query.pagination ? ['page'] : []), ...extra];
  for (const name of Object.keys(given)) {
    if (!accepted.includes(name)) {
      const takes = accepted.length > 0 ? `it takes: ${accepted.join(', ')}` : 'it takes none';
      throw badRequest(`Unknown parameter '${name}' for the saved query '${query.name}'; ${takes}.`);
    }
  }
  const single = (name: string): string | undefined => {
    const value = given[name];
    const values = (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => v !== '');
    if (values.length > 1) throw badRequest(`Parameter '${name}' was given ${values.length} times; give it once.`);
    return values[0];
  };

  const values = new Map<string, string>();
  for (const p of query.parameters) {
    const value = single(p.name) ?? p.default;
    if (value === undefined) {
      if (isRequired(p))
        throw badRequest(
          `Missing required parameter '${p.name}': give ${describeType(p)}${p.example ? `, such as ${p.example}` : ''}.`,
        );
      continue;
    }
    const problem = valueProblem(p, value);
    if (problem) throw badRequest(`Parameter '${p.name}' ${problem}; got ${show(value)}.`);
    values.set(p.name, value);
  }
  let page: number | undefined;
  if (query.pagination) {
    const raw = single('page') ?? '1';
    page = Number(raw);
    if (!/^\d+$/.test(raw) || page < 1 || !Number.isSafeInteger(page * query.pagination))
      throw badRequest(`Parameter 'page' must be a page number (1, 2, …); got ${show(raw)}.`);
  }
  return { values, page };
}

/** Saved queries with their values bound, by query and values: binding and writing cost more than the lookup. */
export class Binder {
  readonly cache: ByteCache<string>;

  /** `maxQueryBytes`: no value longer than a whole query is bound; `cacheBytes` 0 turns the cache off. */
  constructor(
    private readonly maxQueryBytes: number,
    cacheBytes: number,
  ) {
    this.cache = new ByteCache<string>(cacheBytes, (text) => 2 * text.length);
  }

  /** readArguments then binding: the caller's values in, a runnable query out. */
  bind(query: SavedQuery, given: Given, extra: string[] = []): BoundQuery {
    const { values, page } = readArguments(query, given, extra);
    return { text: this.bindValues(query, values, page), page };
  }

  /** The query text with `values` bound (parameters left out stay unbound variables) and the page's LIMIT and OFFSET set. */
  bindValues(query: SavedQuery, values: Map<string, string>, page?: number): string {
    // Refused before any work, and never cached: a value longer than a whole query cannot make a valid one.
    for (const [name, value] of values) {
      if (Buffer.byteLength(value) > this.maxQueryBytes) {
        throw new AppError(
          'too-large',
          `The value of '${name}' is longer than the largest query accepted, ${this.maxQueryBytes} bytes (SUMMIT_KG_MAX_QUERY_BYTES).`,
          { limit: { setting: 'SUMMIT_KG_MAX_QUERY_BYTES', value: this.maxQueryBytes } },
        );
      }
    }
    // The text, not the name, identifies the query: two catalogues may name different queries alike.
    const key = JSON.stringify([query.text, [...values].sort(), page ?? null]);
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const text = bindText(query, values, page);
    if (Buffer.byteLength(text) <= this.maxQueryBytes) this.cache.set(key, text);
    return text;
  }
}

function bindText(query: SavedQuery, values: Map<string, string>, page?: number): string {
  const parsed = cloneTree(query.parsed);
  for (const p of query.parameters) {
    const value = values.get(p.name);
    if (value !== undefined) bindVariable(parsed, p.variable, toTerm(p, value));
  }
  if (query.pagination && page && parsed.queryType === 'SELECT') {
    parsed.limit = query.pagination;
    parsed.offset = (page - 1) * query.pagination;
  }
  return writeSparql(parsed);
}
