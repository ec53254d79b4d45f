// The saved-query API (mounted at /api) as operations: the catalogue as JSON and HTML, the OpenAPI
// document, each query's text, and running a query. Running goes through the same SparqlService as
// /sparql: formats, negotiation, cache, ETags, time limits and errors are the endpoint's own. A
// browser (HTML preferred in Accept, or the .html suffix) gets the results as a page; a suffix such
// as .csv picks the format as grlc's do.
import Negotiator from 'negotiator';
import { AppError, isAppError } from '../errors.ts';
import { type Lang, pageLanguage } from '../html/index.ts';
import {
  bodyText,
  formParams,
  mediaTypeOf,
  type Operation,
  type OperationRequest,
  oneParam,
  type Params,
  type Reply,
} from '../operation.ts';
import { FORM, formatsFor, merge, type SparqlService } from '../sparql/index.ts';
import type { Binder } from './bind.ts';
import { describeCatalog } from './describe.ts';
import type { Catalog, SavedQuery } from './load.ts';
import { openApiDocument } from './openapi.ts';
import { catalogPage, docsPage } from './page.ts';
import { type Labeller, readSolutions, readStatements, resultsPage, SUFFIXES } from './results.ts';

export interface CatalogOperations {
  page: Operation;
  /** The interactive OpenAPI page (Swagger UI). */
  docs: Operation;
  openapi: Operation;
  list: Operation;
  /** GET /api/queries/{name} runs the query; GET /api/queries/{name}.rq gives its text. */
  get: Operation;
  /** POST /api/queries/{name}, for queries that declare it. */
  post: Operation;
}

const MAX_LINK_HEADER = 8 * 1024;

/** The public URL of the API, e.g. http://127.0.0.1:3030/api. */
const apiBase = (request: OperationRequest) => `${request.baseUrl}/api`;
const json = (value: unknown): Reply => ({
  status: 200,
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
  body: JSON.stringify(value),
});

const HTML = 'text/html; charset=utf-8';

/** Does the client prefer a page to every result format of the query (a browser's Accept does)? */
export function prefersHtml(accept: string | undefined, query: SavedQuery): boolean {
  if (!accept?.trim()) return false;
  // HTML offered last: a client that takes anything (*/*) gets the default result format.
  const offers = [...formatsFor(query.form).map((f) => f.mediaType), 'text/html'];
  return new Negotiator({ headers: { accept } }).mediaType(offers) === 'text/html';
}

/** A name with a known suffix (signatories.csv) split into the query's name and the suffix. */
function splitSuffix(name: string): { name: string; suffix?: string } {
  const dot = name.lastIndexOf('.');
  const suffix = dot > 0 ? name.slice(dot + 1) : '';
  return SUFFIXES.includes(suffix) ? { name: name.slice(0, dot), suffix } : { name };
}

export function catalogOperations(
  catalog: Catalog,
  sparql: SparqlService,
  binder: Binder,
  labels: Labeller = () => undefined,
): CatalogOperations {
  const find = (request: OperationRequest, name = request.pathParams.name ?? ''): SavedQuery => {
    const query = catalog.get(name);
    if (!query) {
      throw new AppError(
        'not-found',
        `No saved query named '${name}'. The catalogue is at /api/queries (JSON) and /api/ (HTML).`,
      );
    }
    return query;
  };

  const run = async (request: OperationRequest, query: SavedQuery, given: Record<string, string[]>): Promise<Reply> => {
    const bound = binder.bind(query, given, ['format']);
    const job = {
      query: bound.text,
      accept: request.header('accept'),
      // A blank format (an HTML form's empty choice) means: negotiate.
      formats: (given.format ?? []).filter((f) => f !== ''),
      defaultGraphs: [],
      namedGraphs: [],
    };
    const response = await sparql.execute(job, request.client, request.header('if-none-match'));
    if (bound.page === undefined) return response;
    const links = pageLinks(`${apiBase(request)}/queries/${query.name}`, given, bound.page);
    // Links repeat the parameters: past a few kilobytes they would overflow clients' header limits.
    if (links.length > MAX_LINK_HEADER) return response;
    return { ...response, headers: { ...response.headers, Link: links } };
  };

  /** The results as a page: the query's form with the values given, then the table (or the problem with the values, as a 400). */
  const runPage = async (request: OperationRequest, query: SavedQuery, params: Params): Promise<Reply> => {
    const hasLang = query.parameters.some((p) => p.name === 'lang');
    // The interface follows the query's own language parameter, where it has one; ?lang= otherwise.
    const { lang: chosen, ...rest } = params;
    const given = hasLang ? params : rest;
    const asked = hasLang ? given.lang?.[0] : chosen?.[0];
    const lang: Lang = asked === 'en' || asked === 'fr' ? asked : pageLanguage({ params: {}, header: request.header });
    const values = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, v[0] ?? '']));
    const carryLang = !hasLang && asked === lang;
    const view = { base: apiBase(request), query, lang, values, labels, carryLang };
    const headers = { 'Content-Type': HTML, Vary: 'Accept, Accept-Language' };
    let bound: ReturnType<Binder['bind']>;
    try {
      bound = binder.bind(query, given, ['format']);
    } catch (error) {
      if (!isAppError(error, 'bad-request', 'too-large')) throw error;
      throw new AppError(error.kind, error.message, {
        page: resultsPage({ ...view, problem: error.message }),
        vary: headers.Vary,
      });
    }
    const graph = query.form === 'construct' || query.form === 'describe';
    const job = { query: bound.text, formats: [graph ? 'ntriples' : 'json'], defaultGraphs: [], namedGraphs: [] };
    const answer = await sparql.execute({ ...job, accept: undefined }, request.client);
    const text = answer.body.toString();
    const results = graph ? readStatements(text) : readSolutions(text);
    const body = resultsPage({ ...view, text: bound.text, results, page: bound.page });
    return { status: 200, headers, body };
  };

  return {
    page: async (request) => {
      const lang = pageLanguage(request);
      const carry = oneParam(request.params, 'lang') === lang;
      return {
        status: 200,
        headers: { 'Content-Type': HTML, Vary: 'Accept-Language' },
        body: catalogPage(apiBase(request), catalog, lang, carry),
      };
    },
    docs: async (request) => ({
      status: 200,
      headers: { 'Content-Type': HTML, Vary: 'Accept-Language' },
      body: docsPage(apiBase(request), pageLanguage(request)),
    }),
    openapi: async (request) => json(openApiDocument(apiBase(request), catalog)),
    list: async (request) => json(describeCatalog(apiBase(request), catalog)),
    get: async (request) => {
      const name = request.pathParams.name ?? '';
      if (name.endsWith('.rq')) {
        return {
          status: 200,
          headers: { 'Content-Type': 'application/sparql-query; charset=utf-8' },
          body: find(request, name.slice(0, -3)).text,
        };
      }
      const { name: base, suffix } = splitSuffix(name);
      const query = find(request, base);
      if (suffix === 'html') return runPage(request, query, request.params);
      if (suffix) return run(request, query, merge(request.params, { format: [suffix] }));
      const formatGiven = request.params.format?.some((f) => f !== '');
      if (!formatGiven && prefersHtml(request.header('accept'), query)) return runPage(request, query, request.params);
      return run(request, query, request.params);
    },
    post: async (request) => {
      const query = find(request);
      if (!query.methods.includes('POST')) {
        throw new AppError('method-not-allowed', `The saved query '${query.name}' answers GET only.`, {
          allow: ['GET', 'HEAD', 'OPTIONS'],
        });
      }
      const type = mediaTypeOf(request.header('content-type'));
      if (request.body?.length && type !== FORM) {
        throw new AppError('unsupported-media-type', `Send the parameters as ${FORM}.`);
      }
      const body = request.body?.length ? formParams(bodyText(request)) : {};
      const given = merge(request.params, body);
      const formatGiven = given.format?.some((f) => f !== '');
      if (!formatGiven && prefersHtml(request.header('accept'), query)) return runPage(request, query, given);
      return run(request, query, given);
    },
  };
}

/** RFC 8288 links to the first, previous and next pages (the last is unknown without counting). */
function pageLinks(url: string, given: Record<string, string[]>, page: number): string {
  const link = (n: number, rel: string) => {
    const params = new URLSearchParams();
    for (const [name, values] of Object.entries(given))
      for (const v of values) if (name !== 'page') params.append(name, v);
    params.set('page', String(n));
    return `<${url}?${params}>; rel="${rel}"`;
  };
  return [link(1, 'first'), ...(page > 1 ? [link(page - 1, 'prev')] : []), link(page + 1, 'next')].join(', ');
}
