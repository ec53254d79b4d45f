// The shape of every HTTP operation: a typed request in, a reply out, no express in between.
// Domains export operations; server/routes.ts is the only place that speaks express, turning an
// express request into an OperationRequest and a Reply (or a thrown AppError) into a response.
import { AppError } from './errors.ts';

/** URL or form parameters: every value of each name, in order (a name given twice has two values). */
export type Params = Record<string, string[]>;

export interface OperationRequest {
  /** GET, HEAD, POST… (HEAD is answered like GET; the server drops the body). */
  method: string;
  /** The URL's path as sent (still percent-encoded), without the query string. */
  path: string;
  /** The decoded path parameters of the route (such as a saved query's name). */
  pathParams: Record<string, string>;
  /** The decoded URL query parameters. */
  params: Params;
  /** A request header by its lower-case name; undefined when absent. */
  header(name: string): string | undefined;
  /** The body as received (already decompressed, within the route's size limit); undefined without one. */
  body?: Buffer;
  /** The server's public URL, without a trailing slash (http://127.0.0.1:3030): every link is built from it. */
  baseUrl: string;
  /** Who asks, for per-client limits: the client's address, or the one a trusted proxy names. */
  client: string;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
  /** The key of this answer in the server's answer cache: a GET of the same URL may be answered from it directly. */
  answerKey?: string;
}

export type Operation = (request: OperationRequest) => Promise<Reply>;

/** The first value of a header or parameter list, lower-cased media type without parameters. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type || undefined;
}

/** The charset parameter of a Content-Type, lower-cased; undefined when not given. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

const isHex = (byte: number | undefined) =>
  byte !== undefined && ((byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66));

/**
 * Refuses a URL-encoded text whose %XX escapes do not spell UTF-8: URLSearchParams and express would
 * put U+FFFD in their place, and answer another question than the one asked. `where` names the text;
 * `encoding` is how its other characters are bytes (a request target arrives as latin1).
 */
export function checkPercentEncoding(text: string, where: string, encoding: 'latin1' | 'utf8' = 'utf8'): void {
  // Nothing escaped, and (in a request target) only ASCII: nothing to check.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: any byte outside ASCII is looked at.
  if (!text.includes('%') && (encoding === 'utf8' || !/[^\x00-\x7f]/.test(text))) return;
  const source = Buffer.from(text, encoding);
  const bytes = Buffer.allocUnsafe(source.length);
  let length = 0;
  for (let i = 0; i < source.length; i++) {
    const byte = source[i] as number;
    if (byte === 0x25 && isHex(source[i + 1]) && isHex(source[i + 2])) {
      bytes[length++] = Number.parseInt(source.toString('latin1', i + 1, i + 3), 16);
      i += 2;
    } else bytes[length++] = byte;
  }
  try {
    UTF8.decode(bytes.subarray(0, length));
  } catch {
    throw new AppError('bad-request', `The ${where} is not valid UTF-8 once its %XX escapes are decoded.`);
  }
}

/** The one value of a parameter, if given; a parameter given more than once is ambiguous: 400. */
export function oneParam(params: Params, name: string): string | undefined {
  const values = params[name] ?? [];
  if (values.length > 1) {
    throw new AppError('bad-request', `The '${name}' parameter was given ${values.length} times; send exactly one.`);
  }
  return values[0];
}

/** Parameters of an application/x-www-form-urlencoded text. */
export function formParams(text: string): Params {
  checkPercentEncoding(text, 'form-encoded body');
  const params: Params = Object.create(null) as Params;
  for (const [name, value] of new URLSearchParams(text)) {
    params[name] = [...(params[name] ?? []), value];
  }
  return params;
}

export const reply = (status: number, headers: Record<string, string>, body: string | Buffer = ''): Reply => ({
  status,
  headers,
  body,
});

/**
 * The body as text. Only UTF-8 is read (the SPARQL Protocol's charset): another declared charset is
 * refused, and bytes that are not UTF-8 are a malformed request.
 */
export function bodyText(request: OperationRequest): string {
  const charset = charsetOf(request.header('content-type'));
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new AppError('unsupported-media-type', `Unsupported charset '${charset}': send the body in UTF-8.`);
  }
  try {
    return UTF8.decode(request.body ?? Buffer.alloc(0));
  } catch {
    throw new AppError('bad-request', 'The request body is not valid UTF-8.');
  }
}
