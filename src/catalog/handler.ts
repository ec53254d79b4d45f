// The saved-query API (mounted at /api) as operations: the catalogue as JSON and HTML, the OpenAPI
// document, each query's text, and running a query. Running goes through the same SparqlService as
// /sparql: formats, negotiation, cache, ETags, time limits and errors are the endpoint's own.
import { AppError } from '../errors.ts';
import { bodyText, formParams, mediaTypeOf, type Operation, type OperationRequest, type Reply } from '../operation.ts';
import { FORM, merge, type SparqlService } from '../sparql/index.ts';
import type { Binder } from './bind.ts';
import { describeCatalog } from './describe.ts';
import type { Catalog, SavedQuery } from './load.ts';
import { openApiDocument } from './openapi.ts';
import { catalogPage } from './page.ts';

export interface CatalogOperations {
  page: Operation;
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

export function catalogOperations(catalog: Catalog, sparql: SparqlService, binder: Binder): CatalogOperations {
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

  return {
    page: async (request) => ({
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: catalogPage(apiBase(request), catalog),
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
      return run(request, find(request), request.params);
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
      return run(request, query, merge(request.params, body));
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
