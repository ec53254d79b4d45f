// The shortest path for a repeated GET: before express routes or parses anything, a request whose
// URL and Accept were answered before from the answer cache is answered again from it, with exactly
// the headers the full path sent (captured from that response), compressed as the client accepts.
// Anything else (a new URL, an evicted answer) takes the full path, which also fills this index.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { type ByteCache, type CachedAnswer, matchesEtag } from '../sparql/index.ts';
import { chooseEncoding, compress, type Encoding } from './compression.ts';

interface Known {
  answerKey: string;
  headers: OutgoingHttpHeaders;
}

/** A Host header that is a host name (or a bracketed IP address) and an optional port, nothing else. */
export const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** Headers that belong to one response, not to the answer. */
const PER_RESPONSE = ['content-length', 'content-encoding', 'date', 'connection', 'keep-alive', 'transfer-encoding'];

export interface FastPathSettings {
  maxBytes: number;
  writeTimeoutMs: number;
  log: (line: string) => void;
  onResponse?: (route: string, status: number) => void;
}

export class FastPath {
  private readonly known?: LRUCache<string, Known>;
  hits = 0;
  misses = 0;

  constructor(
    private readonly answers: ByteCache<CachedAnswer>,
    private readonly settings: FastPathSettings,
  ) {
    if (answers.enabled && settings.maxBytes > 0) {
      this.known = new LRUCache({
        maxSize: settings.maxBytes,
        sizeCalculation: (value, key) => 2 * key.length + 2 * value.answerKey.length + 1024,
      });
    }
  }

  private static key(req: IncomingMessage): string | undefined {
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
    return `${req.url ?? ''}\u0000${req.headers.accept ?? ''}`;
  }

  /** Notes that this GET was answered with the cached answer `answerKey` and these headers. */
  remember(req: IncomingMessage, answerKey: string, headers: OutgoingHttpHeaders): void {
    const key = FastPath.key(req);
    if (!this.known || !key) return;
    const kept: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) {
      if (PER_RESPONSE.includes(name.toLowerCase())) continue;
      kept[name] = name.toLowerCase() === 'x-cache' ? 'hit' : value;
    }
    this.known.set(key, { answerKey, headers: kept });
  }

  /** Answers the request if it can; false when the full path must. */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    const key = FastPath.key(req);
    // A Host the full path would refuse is left to it.
    if (!this.known || key === undefined || !HOST.test(req.headers.host ?? '')) return false;
    const known = this.known.get(key);
    const answer = known ? this.answers.peek(known.answerKey) : undefined;
    if (!known || !answer) {
      if (known) this.known.delete(key);
      this.misses++;
      return false;
    }
    this.hits++;
    const started = performance.now();
    const finish = (status: number) => {
      this.settings.onResponse?.('fast', status);
      this.settings.log(
        `${req.method} ${(req.url ?? '').split('?')[0]} ${status} ${(performance.now() - started).toFixed(1)} ms`,
      );
    };
    if (matchesEtag(req.headers['if-none-match'], answer.etag)) {
      res.writeHead(304, known.headers);
      res.end();
      finish(304);
      return true;
    }
    const encoding = chooseEncoding(req.headers['accept-encoding'], answer.contentType, answer.body.length);
    const write = (body: Buffer, encoded?: Encoding) => {
      const headers = {
        ...known.headers,
        'Content-Length': body.length,
        ...(encoded ? { 'Content-Encoding': encoded } : {}),
      };
      res.writeHead(200, headers);
      const timer = setTimeout(() => res.destroy(), this.settings.writeTimeoutMs).unref();
      res.once('close', () => clearTimeout(timer));
      res.end(req.method === 'HEAD' ? undefined : body);
      finish(200);
    };
    const ready = encoding ? answer.encoded?.[encoding] : answer.body;
    if (ready) write(ready, encoding);
    else if (encoding) {
      compress(answer.body, encoding).then(
        (body) => {
          answer.encoded = { ...answer.encoded, [encoding]: body };
          write(body, encoding);
        },
        () => write(answer.body),
      );
    }
    return true;
  }

  stats() {
    const { hits, misses } = this;
    return {
      enabled: this.known !== undefined,
      entries: this.known?.size ?? 0,
      bytes: this.known?.calculatedSize ?? 0,
      maxBytes: this.known?.maxSize ?? 0,
      hits,
      misses,
    };
  }
}
