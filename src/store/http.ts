// HTTP to an external store, with its credentials: none, HTTP Basic or Digest (RFC 7616, MD5 and
// SHA-256, qop=auth), as the store's 401 asks. Credentials come from the environment only, are
// sent only when the store asks for them, and never appear in a message.
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../errors.ts';

export interface Credentials {
  user: string;
  password: string;
}

export interface StoreRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** A body that can be sent twice (a challenge means sending it again). */
  body?: string;
  timeoutMs: number;
}

export interface StoreResponse {
  status: number;
  contentType: string;
  body: string;
}

/** The store's URL as messages show it: without query string (a graph IRI is named separately). */
export const shown = (url: string) => url.split('?')[0] ?? url;

/** Sends a request; answers a Basic or Digest challenge once, when credentials are set. Rejects with an AppError. */
export async function storeFetch(request: StoreRequest, credentials?: Credentials): Promise<StoreResponse> {
  const first = await send(request, undefined);
  if (first.status !== 401 || !credentials) return read(first, request);
  const challenge = first.headers.get('www-authenticate') ?? '';
  await first.body?.cancel();
  const authorization = answerChallenge(challenge, request, credentials);
  if (!authorization) {
    throw new AppError(
      'upstream',
      `The store at ${shown(request.url)} asks for an authentication this program does not speak (${challenge.split(' ')[0] || 'none named'}); it speaks Basic and Digest.`,
    );
  }
  const second = await send(request, authorization);
  if (second.status === 401 || second.status === 403) {
    await second.body?.cancel();
    throw new AppError(
      'upstream',
      `The store at ${shown(request.url)} refused the credentials of SUMMIT_KG_STORE_USER and SUMMIT_KG_STORE_PASSWORD (HTTP ${second.status}).`,
    );
  }
  return read(second, request);
}

async function send(request: StoreRequest, authorization: string | undefined): Promise<Response> {
  const headers = { ...request.headers, ...(authorization ? { Authorization: authorization } : {}) };
  try {
    return await fetch(request.url, {
      method: request.method,
      headers,
      body: request.body,
      signal: AbortSignal.timeout(request.timeoutMs),
      redirect: 'follow',
    });
  } catch (error) {
    throw transportError(error, request);
  }
}

async function read(response: Response, request: StoreRequest): Promise<StoreResponse> {
  try {
    const body = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', body };
  } catch (error) {
    throw transportError(error, request);
  }
}

function transportError(error: unknown, request: StoreRequest): AppError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new AppError(
      'timeout',
      `The store at ${shown(request.url)} did not answer within ${request.timeoutMs / 1000} s (SUMMIT_KG_QUERY_TIMEOUT_MS).`,
      { limit: { setting: 'SUMMIT_KG_QUERY_TIMEOUT_MS', value: request.timeoutMs } },
    );
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
  return new AppError('upstream', `Cannot reach the store at ${shown(request.url)}: ${cause}.`);
}

/** The Authorization header answering a WWW-Authenticate challenge, or undefined for a scheme not spoken here. */
export function answerChallenge(
  challenge: string,
  request: Pick<StoreRequest, 'method' | 'url'>,
  { user, password }: Credentials,
  cnonce = randomBytes(8).toString('hex'),
): string | undefined {
  if (/^\s*digest\s/i.test(challenge)) return digest(parameters(challenge), request, user, password, cnonce);
  if (/^\s*basic\b/i.test(challenge)) return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  return undefined;
}

/** The name="value" (or name=token) pairs of a challenge. */
function parameters(challenge: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of challenge.matchAll(/([a-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/gi)) {
    found[(match[1] ?? '').toLowerCase()] = (match[2] ?? match[3] ?? '').replace(/\\(.)/g, '$1');
  }
  return found;
}

function digest(
  challenge: Record<string, string>,
  request: Pick<StoreRequest, 'method' | 'url'>,
  user: string,
  password: string,
  cnonce: string,
): string | undefined {
  const algorithm = (challenge.algorithm ?? 'MD5').toUpperCase();
  const hashName = { MD5: 'md5', 'SHA-256': 'sha256' }[algorithm];
  if (!hashName) return undefined;
  const h = (text: string) => createHash(hashName).update(text).digest('hex');
  const { realm = '', nonce = '', opaque } = challenge;
  const url = new URL(request.url);
  const uri = `${url.pathname}${url.search}`;
  const qop = challenge.qop
    ?.split(',')
    .map((q) => q.trim())
    .includes('auth')
    ? 'auth'
    : undefined;
  const nc = '00000001';
  const ha1 = h(`${user}:${realm}:${password}`);
  const ha2 = h(`${request.method}:${uri}`);
  const response = qop ? h(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : h(`${ha1}:${nonce}:${ha2}`);
  const fields = [
    `username="${user}"`,
    `realm="${realm}"`,
    `nonce="${nonce}"`,
    `uri="${uri}"`,
    `algorithm=${algorithm}`,
    `response="${response}"`,
    ...(opaque !== undefined ? [`opaque="${opaque}"`] : []),
    ...(qop ? [`qop=${qop}`, `nc=${nc}`, `cnonce="${cnonce}"`] : []),
  ];
  return `Digest ${fields.join(', ')}`;
}
