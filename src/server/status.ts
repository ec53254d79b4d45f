// The one mapping from error kinds to HTTP: status, headers, and what the client reads. Internal
// faults get a request id (the log has the whole story); nothing else is hidden from the client.
import { randomUUID } from 'node:crypto';
import { AppError, type ErrorKind } from '../errors.ts';
import type { Reply } from '../operation.ts';

export const STATUS: Record<ErrorKind, number> = {
  'bad-request': 400,
  syntax: 400,
  'too-complex': 400,
  'not-found': 404,
  'method-not-allowed': 405,
  'not-acceptable': 406,
  'too-large': 413,
  'unsupported-media-type': 415,
  'result-too-large': 422,
  'rate-limited': 429,
  internal: 500,
  upstream: 502,
  timeout: 503,
  overloaded: 503,
  unavailable: 503,
  'upstream-timeout': 504,
  // Kinds of the command line and of start-up; should one reach a client, it is the server's fault.
  'shapes-violated': 500,
  usage: 500,
  io: 500,
  'cannot-listen': 500,
};

/**
 * body-parser's and the router's errors carry `type` or `status`: the ones a client causes, as AppErrors.
 * A body over its limit is named with its setting where it is read (bodies.ts).
 */
function fromExpress(error: { type?: string; status?: number; charset?: string }) {
  switch (error.type) {
    case 'charset.unsupported':
      return new AppError('unsupported-media-type', `Unsupported charset '${error.charset}': send UTF-8.`);
    case 'encoding.unsupported':
      return new AppError(
        'unsupported-media-type',
        'Unsupported Content-Encoding: send the body as it is, or gzip, deflate or br.',
      );
  }
  if (error instanceof URIError) return new AppError('bad-request', 'The URL holds a malformed percent-encoding.');
  // Everything else a client can cause (a body that cannot be read or inflated) is a 4xx.
  if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    return new AppError(
      'bad-request',
      'The request body could not be read: it was cut short, or its Content-Encoding does not match it.',
    );
  }
  return undefined;
}

/** The reply for any thrown value; `log` receives internal faults in full. */
export function errorReply(error: unknown, log: (line: string) => void, where: string): Reply {
  const known = error instanceof AppError ? error : fromExpress((error ?? {}) as Record<string, never>);
  const status = known ? STATUS[known.kind] : 500;
  if (known && status < 500) return textReply(status, known, known.message);
  const id = randomUUID().slice(0, 8);
  if (known && known.kind !== 'internal') return textReply(status, known, known.message);
  // An internal AppError was already described where it arose; a foreign error needs its stack.
  const detail = known ? known.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  log(`error ${id} on ${where}: ${detail}`);
  // An internal AppError says something a client can use; anything else is ours alone.
  const message = known
    ? `${known.message} (request id ${id})`
    : `Internal error (request id ${id}); it has been logged.`;
  return textReply(500, known, message);
}

function textReply(status: number, error: AppError | undefined, message: string): Reply {
  const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8' };
  if (error?.context.vary) headers.Vary = error.context.vary;
  if (error?.context.page !== undefined) {
    return { status, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' }, body: error.context.page };
  }
  if (error?.context.retryAfterSeconds !== undefined) headers['Retry-After'] = String(error.context.retryAfterSeconds);
  if (error?.context.allow) headers.Allow = error.context.allow.join(', ');
  return { status, headers, body: `${message}\n` };
}

/**
 * The raw answer to a request Node's HTTP parser refused before any route saw it (sent on the socket,
 * which is then closed), or undefined when nothing can be written. As Node's own, with a text that
 * names the limit: Node's answers have no body.
 */
export function clientErrorResponse(
  code: string | undefined,
  limits: { headersTimeoutMs: number; requestTimeoutMs: number; maxHeaderBytes: number },
): string | undefined {
  let status: string;
  let text: string;
  switch (code) {
    case 'ECONNRESET':
      return undefined;
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      status = '408 Request Timeout';
      text = `The request did not arrive in time: its headers are due within ${limits.headersTimeoutMs} ms (SUMMIT_KG_HEADERS_TIMEOUT_MS), the whole request within ${limits.requestTimeoutMs} ms (SUMMIT_KG_REQUEST_TIMEOUT_MS).`;
      break;
    case 'HPE_HEADER_OVERFLOW':
      status = '431 Request Header Fields Too Large';
      text = `The request line and headers are over ${limits.maxHeaderBytes} bytes (SUMMIT_KG_MAX_QUERY_BYTES: room for the largest query, percent-encoded in the URL); send a long query in a POST body.`;
      break;
    default:
      status = '400 Bad Request';
      text = `The request is not valid HTTP/1.1 (${code ?? 'unreadable'}).`;
  }
  const body = Buffer.from(`${text}\n`);
  return `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`;
}
