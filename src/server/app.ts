// Express wiring only: routes, CORS, access log, body parsing. The work is done by SparqlService.
import { readFileSync } from 'node:fs';
import cors from 'cors';
import express, { type Request, type Response } from 'express';
import { type Catalog, catalogRouter } from '../catalog/index.ts';
import { isAbsoluteIri, type RdfSyntax } from '../graph/index.ts';
import type { QueryPool, ResultFormat, SparqlService, ValidateJob } from '../sparql/index.ts';
import {
  contentType,
  DIRECT,
  FORM,
  GRAPH_FORMATS,
  HttpError,
  negotiate,
  readProtocolRequest,
} from '../sparql/index.ts';
import { errorHandler } from './errors.ts';

export interface AppContext {
  sparql: SparqlService;
  pool: Pick<QueryPool, 'stats' | 'validate'>;
  data: {
    quadCount: number;
    tripleCount: number;
    graphs: { graph: string; quads: number }[];
    hash: string;
    files: number;
  };
  maxQueryBytes: number;
  maxUploadBytes: number;
  log: (line: string) => void;
  /** Saved queries, served at /api; none when absent. */
  catalog?: Catalog;
}

const HOME_PAGE = readFileSync(new URL('./home.html', import.meta.url), 'utf8');
const ALLOWED = 'GET, POST, HEAD, OPTIONS';

export function createApp(context: AppContext): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // ETags of results are computed from the data's hash, not the body.
  app.use(accessLog(context.log));
  app.use(cors({ methods: ALLOWED, exposedHeaders: ['ETag', 'X-Cache', 'X-Conforms'], maxAge: 86400 }));

  app.get('/', (_req, res) => {
    res.type('html').send(HOME_PAGE);
  });
  app.get('/health', (_req, res) => {
    const pool = context.pool.stats();
    const ready = pool.ready > 0;
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'starting',
      quads: context.data.quadCount,
      triples: context.data.tripleCount,
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
    .post(
      express.urlencoded({ extended: false, limit: formLimit, type: FORM }),
      express.text({ type: DIRECT, limit: context.maxQueryBytes }),
      sparqlHandler(context),
    )
    .all((req, _res, next) => {
      if (req.method === 'OPTIONS') return next();
      next(new HttpError(405, `Method ${req.method} is not allowed on /sparql; use GET or POST.`, { Allow: ALLOWED }));
    });

  app.use('/api', catalogRouter(context));

  app
    .route('/validate')
    .post(express.text({ type: Object.keys(UPLOAD_SYNTAX), limit: context.maxUploadBytes }), validateHandler(context))
    .all((req, _res, next) => {
      if (req.method === 'OPTIONS') return next();
      next(
        new HttpError(405, `Method ${req.method} is not allowed on /validate; POST Turtle or TriG to it.`, {
          Allow: 'POST, OPTIONS',
        }),
      );
    });

  app.use((req, _res, next) =>
    next(new HttpError(404, `Nothing at ${req.path}. The SPARQL endpoint is /sparql; the home page is /.`)),
  );
  app.use(errorHandler(context.log));
  return app;
}

function sparqlHandler(context: AppContext) {
  return async (req: Request, res: Response) => {
    const contentType = req.headers['content-type']?.split(';')[0].trim().toLowerCase();
    const request = readProtocolRequest(
      {
        method: req.method === 'HEAD' ? 'GET' : req.method,
        contentType,
        urlParams: req.query as Record<string, string | string[]>,
        body: req.body,
      },
      context.maxQueryBytes,
    );
    const endpoint = `${req.protocol}://${req.get('host')}${req.baseUrl}/sparql`;
    const response = await context.sparql.execute(request, req.headers.accept, endpoint, req.headers['if-none-match']);
    res.status(response.status).set(response.headers);
    if (response.status === 304) res.end();
    else res.send(response.body);
  };
}

/** What POST /validate accepts, and the report formats it answers with (the first is the default). */
const UPLOAD_SYNTAX: Record<string, RdfSyntax> = {
  'text/turtle': 'text/turtle',
  'application/trig': 'application/trig',
  'application/n-triples': 'application/n-triples',
  'application/n-quads': 'application/n-quads',
};
const REPORT_FORMATS: ResultFormat[] = [
  ...GRAPH_FORMATS.filter((f) => f.name !== 'rdfxml'),
  { name: 'text', mediaType: 'text/plain' },
];

function validateHandler(context: AppContext) {
  return async (req: Request, res: Response) => {
    const mediaType = req.headers['content-type']?.split(';')[0].trim().toLowerCase() ?? '';
    const syntax = UPLOAD_SYNTAX[mediaType];
    if (!syntax || typeof req.body !== 'string') {
      throw new HttpError(
        415,
        `Unsupported body type '${mediaType || 'none'}': send RDF as ${Object.keys(UPLOAD_SYNTAX).join(', ')}.`,
      );
    }
    const graph = typeof req.query.graph === 'string' ? req.query.graph : undefined;
    if (graph !== undefined && !isAbsoluteIri(graph))
      throw new HttpError(400, `'graph' must be an absolute IRI, got '${graph}'.`);
    const format = negotiate(
      REPORT_FORMATS,
      req.headers.accept,
      typeof req.query.format === 'string' ? req.query.format : undefined,
    );
    const report = await context.pool.validate({
      upload: { text: req.body, syntax, graph },
      format: format.mediaType as ValidateJob['format'],
    });
    res
      .status(200)
      .set({ 'Content-Type': contentType(format), 'X-Conforms': String(report.conforms), Vary: 'Accept' })
      .send(report.body);
  };
}

/** One line per request: method, path (without the query string), status, duration. */
function accessLog(log: (line: string) => void) {
  return (req: Request, res: Response, next: () => void) => {
    const started = performance.now();
    res.on('finish', () =>
      log(`${req.method} ${req.path} ${res.statusCode} ${(performance.now() - started).toFixed(1)} ms`),
    );
    next();
  };
}
