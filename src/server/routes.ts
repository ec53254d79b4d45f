// All the express code of the project: the routes table, the middleware every response goes
// through (security headers, CORS, access log, metrics), and the adapter that turns an express
// request into an OperationRequest and a Reply (or an error) into a response.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse as parseQueryString } from 'node:querystring';
import { fileURLToPath } from 'node:url';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { AppError } from '../errors.ts';
import { checkPercentEncoding, type Operation, type OperationRequest, type Params, type Reply } from '../operation.ts';
import type { ByteCache, CachedAnswer } from '../sparql/index.ts';
import type { BodyBudget, BodyLimit } from './bodies.ts';
import { chooseEncoding, compress, varyEncoding } from './compression.ts';
import { clientOf, trustedProxy } from './connections.ts';
import { type FastPath, HOST } from './fast-path.ts';
import { errorReply } from './status.ts';

export interface Route {
  path: string;
  /** GET also answers HEAD. */
  methods: ('GET' | 'POST')[];
  operation: Operation;
  /** Largest body accepted, for routes that take POST (named with its setting when it is hit). */
  bodyLimit?: BodyLimit;
  /** Why other methods are refused, when there is more to say than the list (a read-only store). */
  refusal?: string;
}

export interface AppSettings {
  /** The server's public URL; by default built from the request's (validated) Host. */
  publicBaseUrl: string;
  trustProxy: string;
  writeTimeoutMs: number;
  log: (line: string) => void;
  /** Told of each answered request. */
  onResponse?: (route: string, status: number) => void;
  /** The answer cache, where compressed answers are kept. */
  answers?: ByteCache<CachedAnswer>;
  /** Told of each cached answer sent for a GET, so that repeats can skip the full path. */
  fastPath?: Pick<FastPath, 'remember'>;
  /** Room for request bodies held at once. */
  bodies: BodyBudget;
}

// Resolves from src/server/ and from dist/server/ alike: the assets stay in src/.
const ASSETS = fileURLToPath(new URL('../../src/server/assets/', import.meta.url));

/** Swagger UI's script and styles, from the swagger-ui-dist package (never a CDN), for /api/docs/. */
const SWAGGER_UI = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const SWAGGER_FILES = ['swagger-ui-bundle.js', 'swagger-ui.css'];

/** Helmet's defaults, with scripts from this origin only and no framing; reads stay open to every origin (CORS). */
const SECURITY = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      // Served over plain HTTP on a laptop as often as behind HTTPS: never rewrite the page's own URLs.
      upgradeInsecureRequests: null,
    },
  },
  crossOriginResourcePolicy: { policy: 'cross-origin' },
});

/** The public URL of the server for this request: configured, or from a Host header that is a host name and port and nothing else. */
function baseUrlOf(req: Request, settings: AppSettings): string {
  if (settings.publicBaseUrl) return settings.publicBaseUrl.replace(/\/+$/, '');
  const host = req.get('host') ?? '';
  if (!HOST.test(host))
    throw new AppError('bad-request', 'The Host header is missing or not a host name with an optional port.');
  return `${req.protocol}://${host}`;
}

/** express's query object as lists of values. */
function paramsOf(query: Request['query']): Params {
  const params: Params = Object.create(null) as Params;
  for (const [name, value] of Object.entries(query)) {
    params[name] = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  }
  return params;
}

function toOperationRequest(req: Request, settings: AppSettings): OperationRequest {
  const query = req.originalUrl.indexOf('?');
  if (query >= 0) checkPercentEncoding(req.originalUrl.slice(query + 1), 'query string', 'latin1');
  return {
    method: req.method,
    path: req.path,
    pathParams: Object.fromEntries(Object.entries(req.params ?? {}).map(([k, v]) => [k, String(v)])),
    params: paramsOf(req.query),
    header: (name) => req.get(name),
    body: Buffer.isBuffer(req.body) ? req.body : undefined,
    baseUrl: baseUrlOf(req, settings),
    client: clientOf(req),
  };
}

/**
 * Sends a reply, compressed when the client accepts it (an answer from the cache is compressed
 * once and kept so); a client that has not taken the whole body within the write timeout is cut
 * off, so slow readers cannot pin memory.
 */
export async function send(req: Request, res: Response, reply: Reply, settings: AppSettings): Promise<void> {
  res.status(reply.status).set(reply.headers);
  if (reply.status === 304) {
    res.end();
    return;
  }
  let body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  const type = reply.headers['Content-Type'];
  const encoding = chooseEncoding(req.get('accept-encoding'), type, body.length);
  if (chooseEncoding('br', type, body.length)) res.set('Vary', varyEncoding(res.get('Vary')));
  if (encoding) {
    const cached = reply.answerKey ? settings.answers?.get(reply.answerKey) : undefined;
    const encoded = cached?.encoded?.[encoding] ?? (await compress(body, encoding));
    if (cached) cached.encoded = { ...cached.encoded, [encoding]: encoded };
    body = encoded;
    res.set('Content-Encoding', encoding);
  }
  if (res.destroyed || req.socket.destroyed) return; // the client went away while its answer was made
  const timer = setTimeout(() => {
    settings.log(
      `${req.method} ${req.path}: the client did not take its answer within ${settings.writeTimeoutMs} ms (SUMMIT_KG_WRITE_TIMEOUT_MS); connection closed.`,
    );
    res.destroy();
  }, settings.writeTimeoutMs).unref();
  res.once('close', () => clearTimeout(timer));
  res.send(body);
  if (reply.answerKey && reply.status === 200 && req.method === 'GET') {
    settings.fastPath?.remember(req, reply.answerKey, res.getHeaders());
  }
}

function adapt(route: Route, settings: AppSettings) {
  const allowed = [...route.methods, ...(route.methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'];
  return async (req: Request, res: Response, next: NextFunction) => {
    let settle = () => {};
    try {
      if (!allowed.includes(req.method) || req.method === 'OPTIONS') {
        if (req.method === 'OPTIONS') return next();
        const why = route.refusal ? ` ${route.refusal}` : '';
        throw new AppError(
          'method-not-allowed',
          `Method ${req.method} is not allowed on ${req.path}; use ${route.methods.join(' or ')}.${why}`,
          { allow: allowed },
        );
      }
      if (route.bodyLimit) {
        settings.bodies.admit(req, res, route.bodyLimit, new Promise<void>((resolve) => (settle = resolve)));
        await readBody(req, res, route.bodyLimit);
      }
      await send(req, res, await route.operation(toOperationRequest(req, settings)), settings);
    } catch (error) {
      next(error);
    } finally {
      settle();
    }
  };
}

export function createApp(routes: Route[], settings: AppSettings): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // ETags of answers come from the data's hash, not the body.
  // Every parameter, not the first 1,000 (querystring's default): a value repeated past them is seen, and refused.
  app.set('query parser', (text: string) => parseQueryString(text, '&', '=', { maxKeys: 0 }));
  app.set('trust proxy', trustedProxy(settings.trustProxy));
  app.use(accessLog(settings));
  app.use(SECURITY);
  app.use(
    cors({
      methods: 'GET, POST, HEAD, OPTIONS',
      exposedHeaders: ['ETag', 'X-Cache', 'X-Conforms', 'Link'],
      maxAge: 86400,
    }),
  );
  app.use('/assets', express.static(ASSETS, { index: false, maxAge: '1h', fallthrough: true }));
  for (const file of SWAGGER_FILES) {
    app.get(`/assets/swagger-ui/${file}`, (_req, res) => res.sendFile(join(SWAGGER_UI, file), { maxAge: '1h' }));
  }
  for (const route of routes) app.all(route.path, adapt(route, settings));
  app.use((req, _res, next) => {
    next(new AppError('not-found', `Nothing at ${req.path}. The SPARQL endpoint is /sparql; the home page is /.`));
  });
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    send(req, res, errorReply(error, settings.log, `${req.method} ${req.path}`), settings).catch(() => res.destroy());
  });
  return app;
}

/** Reads the body of `req` as bytes into `req.body`, within `limit` (413 naming its setting). */
function readBody(req: Request, res: Response, limit: BodyLimit): Promise<void> {
  const declared = Number(req.headers['content-length']);
  // Refused at once, not after reading it off: Node drops what follows once the answer is sent.
  if (declared > limit.bytes && req.headers['content-encoding'] === undefined) {
    return Promise.reject(nameBodyLimit({ type: 'entity.too.large', length: declared }, limit));
  }
  const raw = express.raw({ type: () => true, limit: limit.bytes });
  return new Promise((resolve, reject) => {
    // body-parser waits on its inflating stream, which never ends if the client leaves mid-body.
    const gone = () => {
      // A request also closes once read in full, before its body is inflated.
      if (!req.complete) reject(new AppError('bad-request', 'The client went away before its request body arrived.'));
    };
    req.once('close', gone);
    raw(req, res, (error?: unknown) => {
      req.off('close', gone);
      if (error) reject(nameBodyLimit(error, limit));
      else resolve();
    });
  });
}

/** body-parser's "too large" as an AppError naming the setting the route's limit comes from. */
function nameBodyLimit(error: unknown, { bytes, setting, derived }: BodyLimit): unknown {
  const { type, length } = (error ?? {}) as { type?: string; length?: number };
  if (type !== 'entity.too.large') return error;
  const from = derived ? `${setting}: ${derived}` : setting;
  return new AppError(
    'too-large',
    `The request body is ${length ? `${length} bytes, ` : ''}over the limit of ${bytes} bytes (${from}).`,
    { limit: { setting, value: bytes } },
  );
}

/** One line per request: method, path (without the query string), status, duration. */
function accessLog(settings: AppSettings) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    res.on('finish', () => {
      const route = req.route?.path ?? 'other';
      settings.onResponse?.(String(route), res.statusCode);
      settings.log(`${req.method} ${req.path} ${res.statusCode} ${(performance.now() - started).toFixed(1)} ms`);
    });
    next();
  };
}
