// The saved-query API over HTTP (mounted at /api): the catalogue as JSON and HTML, the OpenAPI
// document, each query's text, and running a query. Running goes through the same SparqlService as
// /sparql: formats, negotiation, cache, ETags, timeouts and errors are the endpoint's own.
import express, { type Request, type Response } from 'express';
import { FORM, HttpError, readProtocolRequest, type SparqlService } from '../sparql/index.ts';
import { bindQuery, type Given } from './bind.ts';
import { describeCatalog } from './describe.ts';
import { Catalog, type SavedQuery } from './load.ts';
import { openApiDocument } from './openapi.ts';
import { catalogPage } from './page.ts';

export interface CatalogContext {
  /** The saved queries; none when absent. */
  catalog?: Catalog;
  sparql: SparqlService;
  maxQueryBytes: number;
}

const EMPTY = new Catalog([]);

/** The public URL of the API, e.g. http://127.0.0.1:3030/api. */
const apiBase = (req: Request) => `${req.protocol}://${req.get('host')}${req.baseUrl}`;

export function catalogRouter(context: CatalogContext): express.Router {
  const catalog = context.catalog ?? EMPTY;
  const router = express.Router();

  router.get('/', (req, res) => {
    res.type('html').send(catalogPage(apiBase(req), catalog));
  });
  router.get('/openapi.json', (req, res) => {
    res.json(openApiDocument(apiBase(req), catalog));
  });
  router.get('/queries', (req, res) => {
    res.json(describeCatalog(apiBase(req), catalog));
  });

  const find = (req: Request, name = String(req.params.name)): SavedQuery => {
    const query = catalog.get(name);
    if (!query)
      throw new HttpError(
        404,
        `No saved query named '${name}'. The catalogue is at ${req.baseUrl}/queries (JSON) and ${req.baseUrl}/ (HTML).`,
      );
    return query;
  };

  router
    .route('/queries/:name')
    .get((req, res) => {
      const name = String(req.params.name);
      if (name.endsWith('.rq')) {
        res.type('application/sparql-query; charset=utf-8').send(find(req, name.slice(0, -3)).text);
        return;
      }
      return run(context, find(req), req.query as Given, req, res);
    })
    .post(express.urlencoded({ extended: false, type: FORM, limit: context.maxQueryBytes }), (req, res) => {
      const query = find(req);
      if (!query.methods.includes('POST'))
        throw new HttpError(405, `The saved query '${query.name}' answers GET only.`, { Allow: 'GET, HEAD, OPTIONS' });
      const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Given;
      return run(context, query, merge(req.query as Given, body), req, res);
    })
    .all((req, _res, next) => {
      if (req.method === 'OPTIONS') return next();
      next(
        new HttpError(405, `Method ${req.method} is not allowed here; use GET (or POST for queries that declare it).`, {
          Allow: 'GET, POST, HEAD, OPTIONS',
        }),
      );
    });
  return router;
}

/** URL and form parameters together; a name in both counts as given twice. */
function merge(a: Given, b: Given): Given {
  const merged: Given = Object.assign(Object.create(null) as Given, a);
  for (const [name, value] of Object.entries(b)) {
    const before = merged[name];
    merged[name] = before === undefined ? value : [before, value].flat().filter((v): v is string => v !== undefined);
  }
  return merged;
}

async function run(
  context: CatalogContext,
  query: SavedQuery,
  given: Given,
  req: Request,
  res: Response,
): Promise<void> {
  const bound = bindQuery(query, given, ['format']);
  // A blank format (an HTML form's empty choice) means: negotiate.
  const format = [given.format ?? []].flat().filter((f) => f !== '');
  const request = readProtocolRequest(
    { method: 'GET', urlParams: { query: bound.text, format: format.length ? format : undefined } },
    context.maxQueryBytes,
  );
  const endpoint = `${req.protocol}://${req.get('host')}/sparql`;
  const response = await context.sparql.execute(request, req.headers.accept, endpoint, req.headers['if-none-match']);
  res.status(response.status).set(response.headers);
  if (bound.page !== undefined) res.set('Link', pageLinks(`${apiBase(req)}/queries/${query.name}`, given, bound.page));
  if (response.status === 304) res.end();
  else res.send(response.body);
}

/** RFC 8288 links to the first, previous and next pages (the last is unknown without counting). */
function pageLinks(url: string, given: Given, page: number): string {
  const link = (n: number, rel: string) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(given))
      for (const v of [value ?? []].flat()) if (name !== 'page') params.append(name, v);
    params.set('page', String(n));
    return `<${url}?${params}>; rel="${rel}"`;
  };
  return [link(1, 'first'), ...(page > 1 ? [link(page - 1, 'prev')] : []), link(page + 1, 'next')].join(', ');
}
