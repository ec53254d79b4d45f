// The one place where errors become HTTP responses: the client gets a status and a message it can
// act on; the log gets the whole story; nobody gets a stack trace over the wire.
import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler } from 'express';
import { DataError } from '../graph/index.ts';
import { HttpError, QueryError } from '../sparql/index.ts';

/** body-parser's errors carry `type` and `status`; map the ones a client causes. */
function fromBodyParser(error: {
  type?: string;
  status?: number;
  limit?: number;
  length?: number;
  charset?: string;
}): HttpError | undefined {
  switch (error.type) {
    case 'entity.too.large':
      return new HttpError(
        413,
        `The request body is ${error.length ?? 'over'} bytes, over the limit of ${error.limit} bytes.`,
      );
    case 'entity.parse.failed':
    case 'request.aborted':
    case 'request.size.invalid':
      return new HttpError(400, 'The request body could not be read.');
    case 'charset.unsupported':
      return new HttpError(415, `Unsupported charset '${error.charset}': send UTF-8.`);
    case 'encoding.unsupported':
      return new HttpError(415, 'Unsupported Content-Encoding.');
    default:
      return undefined;
  }
}

export function errorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const known =
      error instanceof HttpError
        ? error
        : error instanceof QueryError
          ? new HttpError(400, `Invalid query: ${error.message}`)
          : error instanceof DataError
            ? new HttpError(400, `The RDF could not be parsed: ${error.message}`)
            : fromBodyParser(error);
    if (known) {
      res.status(known.status).set(known.headers).type('text/plain; charset=utf-8').send(`${known.message}\n`);
      return;
    }
    const id = randomUUID().slice(0, 8);
    log(`error ${id} on ${req.method} ${req.path}: ${(error as Error)?.stack ?? String(error)}`);
    res.status(500).type('text/plain; charset=utf-8').send(`Internal error (request id ${id}); it has been logged.\n`);
  };
}
