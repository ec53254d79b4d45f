// Express wiring only: routes, CORS, access log, body parsing. The work is done by SparqlService.
import { readFileSync } from 'node:fs';
import cors from 'cors';
import express, { type Request, type Response } from 'express';
import type { QueryPool, SparqlService } from '../sparql/index.ts';
import { DIRECT, FORM, HttpError, readProtocolRequest } from '../sparql/index.ts';
import { errorHandler } from './errors.ts';

export interface AppContext {
  sparql: SparqlService;
  pool: Pick<QueryPool, 'stats'>;
  data: { quadCount: number; graphs: { graph: string; quads: number }[]; hash: string; files: number };
  maxQueryBytes: number;
  log: (line: string) => void;
}

const HOME_PAGE = readFileSync(new URL('./home.html', import.meta.url), 'utf8');
const ALLOWED = 'GET, POST, HEAD, OPTIONS';

export function createApp(context: AppContext): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // ETags of results are computed from the data's hash, not the body.
  app.use(accessLog(context.log));
  app.use(cors({ methods: ALLOWED, exposedHeaders: ['ETag', 'X-Cache'], maxAge: 86400 }));

  app.get('/', (_req, res) => {
    res.type('html').send(HOME_PAGE);
  });
  app.get('/health', (_req, res) => {
    const pool = context.pool.stats();
    const ready = pool.ready > 0;
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'starting',
      quads: context.data.quadCount,
      graphs: context.data.graphs.length,
      files: context.data.files,
      dataHash: context.data.hash,
      workers: pool,
      cache: context.sparql.cache.stats(),
      rssBytes: process.memoryUsage().rss,
    });
  });

  // A query is at most maxQueryBytes; URL-encoding can triple it, and other parameters come along.
  const formLimit = context.maxQueryBytes * 3 + 16 * 1024;
  app
    .route('/sparql')
    .get(sparqlHandler(context))
    .post(express.urlencoded({ extended: false, limit: formLimit, type: FORM }), express.text({ type: DIRECT, limit: context.maxQueryBytes }), sparqlHandler(context))
    .all((req, _res, next) => {
      if (req.method === 'OPTIONS') return next();
      next(new HttpError(405, `Method ${req.method} is not allowed on /sparql; use GET or POST.`, { Allow: ALLOWED }));
    });

  app.use((req, _res, next) => next(new HttpError(404, `Nothing at ${req.path}. The SPARQL endpoint is /sparql; the home page is /.`)));
  app.use(errorHandler(context.log));
  return app;
}

function sparqlHandler(context: AppContext) {
  return async (req: Request, res: Response) => {
    const contentType = req.headers['content-type']?.split(';')[0].trim().toLowerCase();
    const request = readProtocolRequest(
      { method: req.method === 'HEAD' ? 'GET' : req.method, contentType, urlParams: req.query as Record<string, string | string[]>, body: req.body },
      context.maxQueryBytes,
    );
    const endpoint = `${req.protocol}://${req.get('host')}${req.baseUrl}/sparql`;
    const response = await context.sparql.execute(request, req.headers.accept, endpoint, req.headers['if-none-match']);
    res.status(response.status).set(response.headers);
    if (response.status === 304) res.end();
    else res.send(response.body);
  };
}

/** One line per request: method, path (without the query string), status, duration. */
function accessLog(log: (line: string) => void) {
  return (req: Request, res: Response, next: () => void) => {
    const started = performance.now();
    res.on('finish', () => log(`${req.method} ${req.path} ${res.statusCode} ${(performance.now() - started).toFixed(1)} ms`));
    next();
  };
}
