// HTTP to an external store, with its credentials: none, HTTP Basic or Digest (RFC 7616, MD5 and
// SHA-256, qop=auth), as the store's 401 asks. Credentials come from the environment only, are
// sent only once the store has asked for them, and never appear in a message.
import { createHash, randomBytes } from 'node:crypto';
import { AppError, isAppError } from '../errors.ts';

export interface Credentials {
  user: string;
  password: string;
}

export interface StoreRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';
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

/**
 * HTTP to one store with its credentials. The store's last challenge is kept and answered up front
 * (Digest's nonce count going up), so that a request is sent once, not twice.
 */
export class StoreHttp {
  /** The store's last challenge, and how many requests answered it (Digest's nonce count). */
  private kept: { challenge: string; answered: number } | undefined;
  /** False once the store answered a HEAD without asking for credentials: no more asking that way. */
  private headAsks = true;

  constructor(private readonly credentials: Credentials | undefined) {}

  /** Sends a request, answering the store's Basic or Digest challenge; rejects with an AppError. */
  async fetch(request: StoreRequest): Promise<StoreResponse> {
    if (!this.credentials) {
      const response = await send(request).catch(async (error: unknown) => {
        // Reset while writing a body: perhaps refused for want of credentials (below); a HEAD tells.
        if (request.body === undefined || isAppError(error, 'timeout')) throw error;
        const head = await send(headOf(request));
        if (head.status !== 401) throw error;
        return head;
      });
      return read(response, request);
    }
    if (this.kept) {
      // A kept challenge may have gone stale: the store then refuses it, or resets the connection
      // while the body is written. Either way the request is sent again after a fresh challenge.
      const response = await send(request, this.answer(request)).catch((error: unknown) => {
        if (isAppError(error, 'timeout')) throw error;
        return undefined;
      });
      if (response && response.status !== 401) return this.read(response, request);
      await response?.body?.cancel();
      this.kept = undefined;
    }
    // A store asking for credentials answers 401 before it reads a body, and Virtuoso then resets a
    // kept-alive connection while the body is still being written (ECONNRESET): the challenge is
    // asked for with a HEAD, and the body only ever sent with its answer.
    const asks = request.body !== undefined && this.headAsks;
    let unanswered = await send(asks ? headOf(request) : request);
    if (asks && unanswered.status !== 401) {
      // The store asks nothing for a HEAD: the request as it is.
      this.headAsks = false;
      await unanswered.body?.cancel();
      unanswered = await send(request);
    }
    if (unanswered.status !== 401) return read(unanswered, request);
    const challenge = unanswered.headers.get('www-authenticate') ?? '';
    await unanswered.body?.cancel();
    this.kept = { challenge, answered: 0 };
    const authorization = this.answer(request);
    if (!authorization) {
      this.kept = undefined;
      throw new AppError(
        'upstream',
        `The store at ${shown(request.url)} asks for an authentication this program does not speak (${challenge.split(' ')[0] || 'none named'}); it speaks Basic and Digest.`,
      );
    }
    return this.read(await send(request, authorization), request);
  }

  private answer(request: StoreRequest): string | undefined {
    if (!this.credentials || !this.kept) return undefined;
    this.kept.answered += 1;
    return answerChallenge(this.kept.challenge, request, this.credentials, undefined, this.kept.answered);
  }

  /** An answered request's response; a 401 or 403 is the store refusing the credentials. */
  private async read(response: Response, request: StoreRequest): Promise<StoreResponse> {
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      this.kept = undefined;
      throw new AppError(
        'upstream',
        `The store at ${shown(request.url)} refused the credentials of SUMMIT_KG_STORE_USER and SUMMIT_KG_STORE_PASSWORD (HTTP ${response.status}).`,
      );
    }
    return read(response, request);
  }
}

/** The same request as a HEAD: a store asking for credentials says so without being sent the body. */
const headOf = (request: StoreRequest): StoreRequest => ({ ...request, method: 'HEAD', body: undefined });

async function send(request: StoreRequest, authorization?: string): Promise<Response> {
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
  count = 1,
): string | undefined {
  if (/^\s*digest\s/i.test(challenge)) return digest(parameters(challenge), request, user, password, cnonce, count);
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
  count: number,
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
  const nc = count.toString(16).padStart(8, '0');
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
