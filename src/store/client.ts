// An external SPARQL 1.1 store as the rest of the program sees it: queries (the SPARQL Protocol,
// POSTed as a form), updates, and the Graph Store HTTP Protocol's PUT. Every failure is an AppError
// whose message names the store's URL, never its credentials.
import { AppError } from '../errors.ts';
import { type Credentials, StoreHttp, type StoreRequest, type StoreResponse, shown } from './http.ts';

export interface QueryOptions {
  accept: string;
  /** The protocol's default-graph-uri and named-graph-uri (they override the query's FROM). */
  defaultGraphs?: string[];
  namedGraphs?: string[];
  timeoutMs?: number;
}

/** Credentials from the environment (SUMMIT_KG_STORE_USER and SUMMIT_KG_STORE_PASSWORD), if a user is set. */
export function credentialsFrom(settings: { storeUser: string; storePassword: string }): Credentials | undefined {
  return settings.storeUser ? { user: settings.storeUser, password: settings.storePassword } : undefined;
}

const FORM = 'application/x-www-form-urlencoded';

/** An endpoint of a store: its URL, the credentials it may ask for, how long a request may take. */
class StoreEndpoint {
  private readonly http: StoreHttp;

  constructor(
    readonly endpoint: string,
    credentials: Credentials | undefined,
    private readonly timeoutMs: number,
  ) {
    this.http = new StoreHttp(credentials);
  }

  /** Sends `request` (to the endpoint unless it names a URL); a status of 300 or more is the store refusing `what`. */
  protected async send(
    request: Omit<StoreRequest, 'url' | 'timeoutMs'> & { url?: string; timeoutMs?: number },
    what: string,
  ): Promise<StoreResponse> {
    const timeoutMs = request.timeoutMs ?? this.timeoutMs;
    const response = await this.http.fetch({ ...request, url: request.url ?? this.endpoint, timeoutMs });
    if (response.status >= 300) throw storeError(response, this.endpoint, what, timeoutMs);
    return response;
  }
}

/** A store's SPARQL query endpoint. */
export class SparqlStore extends StoreEndpoint {
  /** Runs a query; resolves to the store's answer as it came (status 2xx), rejects with an AppError. */
  async query(query: string, options: QueryOptions): Promise<StoreResponse> {
    const form = new URLSearchParams({ query });
    for (const graph of options.defaultGraphs ?? []) form.append('default-graph-uri', graph);
    for (const graph of options.namedGraphs ?? []) form.append('named-graph-uri', graph);
    return this.send(
      {
        method: 'POST',
        headers: { 'Content-Type': FORM, Accept: options.accept },
        body: form.toString(),
        timeoutMs: options.timeoutMs,
      },
      'query',
    );
  }

  /** A SELECT query's solutions as plain values (IRIs and literals' lexical forms). */
  async select(query: string, options: Omit<QueryOptions, 'accept'> = {}): Promise<Record<string, string>[]> {
    const response = await this.query(query, { ...options, accept: 'application/sparql-results+json' });
    try {
      const parsed = JSON.parse(response.body) as { results: { bindings: Record<string, { value: string }>[] } };
      return parsed.results.bindings.map((binding) =>
        Object.fromEntries(Object.entries(binding).map(([name, term]) => [name, term.value])),
      );
    } catch {
      throw new AppError(
        'upstream',
        `The store at ${shown(this.endpoint)} did not answer with SPARQL JSON results (Content-Type: ${response.contentType || 'none'}).`,
      );
    }
  }

  /** The number of triples in a named graph. */
  async count(graph: string): Promise<number> {
    const [row] = await this.select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`);
    return Number(row?.n ?? 0);
  }

  /** The named graphs whose IRI starts with `prefix`, with their sizes, sorted by name. */
  async graphs(prefix: string): Promise<{ graph: string; quads: number }[]> {
    const rows = await this.select(
      `SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ${JSON.stringify(prefix)})) } GROUP BY ?g`,
    );
    return rows.map((row) => ({ graph: row.g ?? '', quads: Number(row.n) })).sort(byGraph);
  }
}

const byGraph = (a: { graph: string }, b: { graph: string }) => (a.graph < b.graph ? -1 : a.graph > b.graph ? 1 : 0);

/** Writes to a store: the Graph Store Protocol (PUT replaces a graph) or SPARQL Update, at the endpoint given. */
export class StoreWriter extends StoreEndpoint {
  /** Replaces a named graph with these triples (N-Triples, sent as Turtle, which every store reads). */
  async put(graph: string, ntriples: string): Promise<void> {
    const url = `${this.endpoint}${this.endpoint.includes('?') ? '&' : '?'}graph=${encodeURIComponent(graph)}`;
    await this.send(
      { method: 'PUT', url, headers: { 'Content-Type': 'text/turtle; charset=utf-8' }, body: ntriples },
      `PUT of <${graph}>`,
    );
  }

  /** Runs a SPARQL Update request. */
  async update(update: string): Promise<void> {
    await this.send(
      { method: 'POST', headers: { 'Content-Type': FORM }, body: new URLSearchParams({ update }).toString() },
      'update',
    );
  }
}

/** The store's own words, without markup, short enough for a message. */
function storeWords({ body, contentType }: StoreResponse): string {
  const text = (/html/i.test(contentType) ? body.replace(/<[^>]*>/g, ' ') : body).replace(/\s+/g, ' ').trim();
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

/** A store's refusal as an AppError of the kind the edges map: the client's query, a timeout, or the store's fault. */
export function storeError(response: StoreResponse, endpoint: string, what: string, timeoutMs: number): AppError {
  const words = storeWords(response);
  const said = words ? `: ${words}` : '';
  const where = shown(endpoint);
  if (/time(d)?[ -]?out|execution time|SR171|S1T00/i.test(words)) {
    return new AppError('timeout', `The store at ${where} stopped the ${what} for running out of time${said}`, {
      limit: { setting: 'SUMMIT_KG_QUERY_TIMEOUT_MS', value: timeoutMs },
    });
  }
  if (response.status === 400 && what === 'query') {
    return new AppError('bad-request', `The store at ${where} refused the query (HTTP 400)${said}`);
  }
  if (response.status === 401 || response.status === 403) {
    return new AppError(
      'upstream',
      `The store at ${where} refused the ${what} (HTTP ${response.status}): set SUMMIT_KG_STORE_USER and SUMMIT_KG_STORE_PASSWORD to a user allowed to do it.`,
    );
  }
  return new AppError('upstream', `The store at ${where} failed the ${what} (HTTP ${response.status})${said}`);
}
