// A small SPARQL 1.1 store for tests, backed by Oxigraph in this process: the Graph Store Protocol's
// PUT at /data (HTTP Digest or Basic, as Virtuoso's /sparql-graph-crud-auth asks, and as Virtuoso
// does, a write without credentials is refused before its body is read, closing the connection),
// SPARQL Update at /update, queries at /sparql with the protocol's dataset parameters. It records what it was sent,
// and can be told to lose triples or to answer only SPARQL JSON, to test what a client does then.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { namedNode, newStore, type Store } from '../../src/rdf/index.ts';

export interface FixtureStore {
  url: string;
  store: Store;
  /** Every request: method, path and whether it carried an Authorization header. */
  requests: { method: string; path: string; authorization?: string; body: string }[];
  /** Triples to leave out of every PUT (a store that silently refuses some). */
  dropOnPut: number;
  /** A rewrite of every PUT body before it is stored (a store that changes literals). */
  rewritePut?: (text: string) => string;
  /** Answer every query in SPARQL JSON or N-Triples, whatever the Accept header asks (a store with few formats). */
  fewFormats: boolean;
  /** Requests a Digest nonce is good for before the store challenges again with a new one (0: forever). */
  nonceUses: number;
  close(): Promise<void>;
}

const REALM = 'fixture';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => resolve(body));
  });
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** Does this Authorization header prove the password, by Digest (qop=auth, with this nonce) or Basic? */
function authorised(
  header: string | undefined,
  method: string,
  { user, password, scheme }: { user: string; password: string; scheme: string },
  nonce: string,
) {
  if (!header) return false;
  if (scheme === 'Basic') return header === `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const fields = Object.fromEntries(
    [...header.matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]+))/g)].map((m) => [m[1], m[2] ?? m[3] ?? '']),
  );
  if (fields.username !== user || fields.nonce !== nonce) return false;
  const ha1 = md5(`${user}:${REALM}:${password}`);
  const ha2 = md5(`${method}:${fields.uri}`);
  return fields.response === md5(`${ha1}:${nonce}:${fields.nc}:${fields.cnonce}:${fields.qop}:${ha2}`);
}

export async function startFixtureStore(
  credentials = { user: 'writer', password: 's3cret pass', scheme: 'Digest' as 'Digest' | 'Basic' },
): Promise<FixtureStore> {
  const store = newStore();
  const fixture = { store, requests: [], dropOnPut: 0, fewFormats: false, nonceUses: 0 } as unknown as FixtureStore;
  let nonces = 1;
  let nonce = 'n0nc3-1';
  let uses = 0;
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://fixture');
    const writes = url.pathname === '/data' || url.pathname === '/update';
    const method = request.method ?? '';
    const authorization = request.headers.authorization;
    if (writes && !authorised(authorization, method, credentials, nonce)) {
      fixture.requests.push({ method, path: url.pathname, authorization, body: '' });
      const challenge =
        credentials.scheme === 'Basic'
          ? `Basic realm="${REALM}"`
          : `Digest realm="${REALM}", nonce="${nonce}", qop="auth", algorithm="MD5", opaque="0p4qu3"`;
      // Refused before the body is read, and the connection closed (Node reads what was sent, so a
      // client is not reset here as Virtuoso resets it: test/slow/external-store.test.ts).
      response
        .writeHead(401, { 'WWW-Authenticate': challenge, 'Content-Type': 'text/plain', Connection: 'close' })
        .end('Unauthorized', () => request.socket.destroy());
      return;
    }
    if (writes && fixture.nonceUses > 0 && ++uses >= fixture.nonceUses) {
      nonces += 1;
      nonce = `n0nc3-${nonces}`;
      uses = 0;
    }
    const body = await readBody(request);
    fixture.requests.push({ method, path: url.pathname, authorization, body });
    try {
      if (url.pathname === '/data' && request.method === 'PUT') {
        const graph = namedNode(url.searchParams.get('graph') ?? '');
        for (const q of store.match(null, null, null, graph)) store.delete(q);
        const lines = body.split('\n').filter((line) => line.trim() !== '');
        const text = lines.slice(fixture.dropOnPut).join('\n');
        store.load(fixture.rewritePut?.(text) ?? text, { format: 'text/turtle', to_graph_name: graph });
        response.writeHead(201).end();
      } else if (url.pathname === '/update' && request.method === 'POST') {
        store.update(new URLSearchParams(body).get('update') ?? '');
        response.writeHead(200).end();
      } else if (url.pathname === '/sparql') {
        answerQuery(
          store,
          new URLSearchParams(request.method === 'POST' ? body : url.search),
          request,
          response,
          fixture,
        );
      } else {
        response.writeHead(404).end('No such endpoint');
      }
    } catch (error) {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  };
  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fixture, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

function answerQuery(
  store: Store,
  form: URLSearchParams,
  request: IncomingMessage,
  response: ServerResponse,
  fixture: FixtureStore,
) {
  const query = form.get('query') ?? '';
  const graph = /^\s*(PREFIX[^\n]*\n\s*)*(CONSTRUCT|DESCRIBE)/i.test(query);
  const accepted = (request.headers.accept ?? '').split(',')[0]?.split(';')[0]?.trim() ?? '';
  const format = fixture.fewFormats
    ? graph
      ? 'application/n-triples'
      : 'application/sparql-results+json'
    : accepted || (graph ? 'application/n-triples' : 'application/sparql-results+json');
  const defaults = form.getAll('default-graph-uri');
  const named = form.getAll('named-graph-uri');
  const dataset =
    defaults.length + named.length > 0
      ? { default_graph: defaults.map((g) => namedNode(g)), named_graphs: named.map((g) => namedNode(g)) }
      : {};
  const text = store.query(query, { ...dataset, results_format: format }) as string;
  response.writeHead(200, { 'Content-Type': `${format}; charset=utf-8` }).end(text);
}

/**
 * A data folder holding one named graph of `triples` triples (about 90 bytes each), larger than a
 * socket's buffers: for what a store does with a body it refuses unread. `remove` deletes the folder.
 */
export function largeGraphData(graph: string, triples: number): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'summit-kg-large-'));
  const lines = Array.from({ length: triples }, (_, i) => `ex:s${i} ex:p "${'y'.repeat(60)} ${i}" .`);
  writeFileSync(
    join(dir, 'large.trig'),
    `@prefix ex: <https://example.org/> .\n<${graph}> {\n${lines.join('\n')}\n}\n`,
  );
  return { dir, remove: () => rmSync(dir, { recursive: true }) };
}
