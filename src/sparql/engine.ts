// Running one query against one store, serialised in the requested format. Synchronous: callers
// run it in a worker thread (the server) or where blocking is fine (the CLI, the benchmark baseline).
import oxigraph from 'oxigraph';
import { QUERY_BASE_IRI } from './analyse.ts';

/** Which graphs a query sees (SPARQL 1.1 Protocol, section 2.1.4). */
export type DatasetChoice =
  /** The store's default graph, which the loader fills with the union (RDF merge) of all named graphs; GRAPH ?g ranges over every named graph. */
  | { kind: 'union' }
  /** The query's own FROM / FROM NAMED clauses decide. */
  | { kind: 'query' }
  /** The protocol's default-graph-uri / named-graph-uri parameters decide (they override the query). */
  | { kind: 'explicit'; defaultGraphs: string[]; namedGraphs: string[] };

export interface QueryJob {
  query: string;
  /** Media type Oxigraph serialises to (a SPARQL results or RDF format). */
  mediaType: string;
  dataset: DatasetChoice;
  /** The query has SERVICE clauses: it runs with Comunica (Oxigraph's JS build cannot call remote endpoints). */
  federated?: boolean;
}

/** A failure the client caused (bad query) as opposed to a fault of the server. */
export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryError';
  }
}

export function runQuery(store: oxigraph.Store, job: QueryJob): string {
  const options: Parameters<oxigraph.Store['query']>[1] = { base_iri: QUERY_BASE_IRI, results_format: job.mediaType };
  if (job.dataset.kind === 'explicit') {
    options.default_graph = job.dataset.defaultGraphs.map((iri) => oxigraph.namedNode(iri));
    options.named_graphs = job.dataset.namedGraphs.map((iri) => oxigraph.namedNode(iri));
  }
  try {
    return store.query(job.query, options) as string;
  } catch (error) {
    const message = (error as Error).message;
    // Oxigraph's own parse errors ("error at 3:2: …") and unsupported features are the client's to fix.
    if (/^error at \d+:\d+/.test(message) || /not supported/i.test(message)) throw new QueryError(message);
    throw error;
  }
}

/** Queries of every form and format, run once per worker so V8 compiles the WebAssembly paths before users arrive. */
export const WARM_UP_JOBS: QueryJob[] = [
  ...['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'].map(
    (mediaType): QueryJob => ({
      query:
        'SELECT ?s (COUNT(?o) AS ?n) (SAMPLE(?label) AS ?l) WHERE { ?s ?p ?o OPTIONAL { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(LANG(?label) = "en" || CONTAINS(LCASE(STR(?label)), "a")) } } GROUP BY ?s ORDER BY DESC(?n) LIMIT 50',
      mediaType,
      dataset: { kind: 'union' },
    }),
  ),
  {
    query: 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g',
    mediaType: 'application/sparql-results+json',
    dataset: { kind: 'union' },
  },
  {
    query: 'ASK { ?s ?p ?o FILTER(isIRI(?s)) }',
    mediaType: 'application/sparql-results+json',
    dataset: { kind: 'union' },
  },
  ...['text/turtle', 'application/n-triples', 'application/ld+json', 'application/rdf+xml'].map(
    (mediaType): QueryJob => ({
      query: 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 200',
      mediaType,
      dataset: { kind: 'union' },
    }),
  ),
  { query: 'DESCRIBE ?s WHERE { ?s ?p ?o } LIMIT 5', mediaType: 'text/turtle', dataset: { kind: 'union' } },
];
