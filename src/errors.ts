// The one error type of the project. Every domain throws an AppError with a kind from a small
// closed set, a message a person can act on, and structured context; only the edges translate
// kinds: server/ into HTTP statuses, cli/ into exit codes. Errors cross the worker boundary as
// plain objects through toWire/fromWire, so nothing ever parses a message to recover data.

/** What went wrong, as the caller needs to know it (the edges map each kind to a status or an exit code). */
export type ErrorKind =
  /** A request that cannot be read: a parameter, a header or a body that is malformed or contradictory. */
  | 'bad-request'
  /** A query or an RDF document that does not parse (context: file, line, column). */
  | 'syntax'
  /** A query that nests too deeply or has too many parts for the engine (context: limit). */
  | 'too-complex'
  /** A query, body or upload over a size limit, before or after parsing (context: limit). */
  | 'too-large'
  /** An answer that would be larger than allowed (context: limit). */
  | 'result-too-large'
  | 'not-found'
  /** context: allow */
  | 'method-not-allowed'
  | 'not-acceptable'
  | 'unsupported-media-type'
  /** One client has too many requests in flight (context: limit, retryAfterSeconds). */
  | 'rate-limited'
  /** The query or validation ran out of time (context: limit, retryAfterSeconds). */
  | 'timeout'
  /** No worker could take the job: queue full, or the server's memory ceiling was hit (context: retryAfterSeconds). */
  | 'overloaded'
  /** The server is starting or stopping. */
  | 'unavailable'
  /** A remote SPARQL endpoint failed or answered something unusable. */
  | 'upstream'
  | 'upstream-timeout'
  /** The graph violates its shapes. */
  | 'shapes-violated'
  /** A setting or a command-line usage that cannot work. */
  | 'usage'
  /** A configured file or folder is missing or unreadable (context: file). */
  | 'io'
  /** The port is taken or cannot be bound. */
  | 'cannot-listen'
  /** A fault of this program; clients see a request id, the log the whole story. */
  | 'internal';

export interface ErrorContext {
  file?: string;
  line?: number;
  column?: number;
  /** The limit that was hit: the setting that changes it (environment variable) and its value. */
  limit?: { setting: string; value: number };
  /** Seconds after which trying again may succeed. */
  retryAfterSeconds?: number;
  /** Methods the resource answers (for method-not-allowed). */
  allow?: string[];
  /** A page for people (HTML) to send instead of the message, when the operation rendered one (a 404 with suggestions). */
  page?: string;
  /** Response headers the answer depends on (Vary), whatever its status. */
  vary?: string;
}

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly context: ErrorContext = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Is this error one of ours, of one of the given kinds (any kind when none is given)? */
export function isAppError(error: unknown, ...kinds: ErrorKind[]): error is AppError {
  return error instanceof AppError && (kinds.length === 0 || kinds.includes(error.kind));
}

/** An AppError as structured-clone-safe data, for postMessage. */
export interface WireError {
  kind: ErrorKind;
  message: string;
  context: ErrorContext;
}

/** Any thrown value as wire data: foreign errors become 'internal' and keep their message and stack for the log. */
export function toWire(error: unknown): WireError {
  if (error instanceof AppError) return { kind: error.kind, message: error.message, context: error.context };
  const message = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return { kind: 'internal', message, context: {} };
}

export function fromWire(wire: WireError): AppError {
  return new AppError(wire.kind, wire.message, wire.context);
}

/** "file:line:column: " before a message, as far as the context knows the place. */
export function located(context: ErrorContext, message: string): string {
  const place = [context.file, context.line, context.column].filter((part) => part !== undefined).join(':');
  return place ? `${place}: ${message}` : message;
}
