// Running one query against one store, in a worker: parse and measure it, pick its format, run it
// on Oxigraph (federated queries are handed to wikidata/ by the jobs table). Synchronous Oxigraph
// calls block their thread, which is why this runs in workers (or in the CLI, where that is fine).
import { LRUCache } from 'lru-cache';
import { AppError } from '../errors.ts';
import { namedNode, parseSparql, type QueryOptions, type Store, serialise, writeSparql } from '../rdf/index.ts';
import { analyseQuery, type QueryAnalysis } from './analyse.ts';
import { answerCountsFromStore, type StoreCounts } from './counts.ts';
import { contentType, formatsFor, negotiate, type QueryForm, type ResultFormat } from './formats.ts';

/** What a client asked for, as the HTTP thread read it: the query is not parsed yet. */
export interface QueryJob {
  query: string;
  /** The Accept header and the `format` values: negotiated once the query's form is known. */
  accept?: string;
  formats: string[];
  /** The protocol's default-graph-uri and named-graph-uri (they override the query's FROM). */
  defaultGraphs: string[];
  namedGraphs: string[];
}

/** Which graphs a query sees (SPARQL 1.1 Protocol, section 2.1.4). */
export type DatasetChoice =
  /** The store's default graph, which the loader fills with the union (RDF merge) of all named graphs; GRAPH ?g ranges over every named graph. */
  | { kind: 'union' }
  /** The query's own FROM / FROM NAMED clauses decide. */
  | { kind: 'query' }
  /** The protocol's default-graph-uri / named-graph-uri parameters decide (they override the query). */
  | { kind: 'explicit'; defaultGraphs: string[]; namedGraphs: string[] };

export interface QueryPlan {
  query: string;
  analysis: QueryAnalysis;
  format: ResultFormat;
  dataset: DatasetChoice;
}

export interface QueryAnswer {
  body: string;
  contentType: string;
  form: QueryForm;
  /** The answer depends on a remote endpoint too: not cacheable by the data's hash. */
  federated: boolean;
}

export interface EngineLimits {
  maxQueryNodes: number;
  /** Also bounds how deep a property path nests (the text's nesting is checked on the HTTP thread). */
  maxQueryDepth: number;
  maxResultBytes: number;
  /** SERVICE endpoints queries may name. */
  federationAllowList: string[];
  /** Memory for parsed queries; 0 turns the memo off. */
  analysisCacheBytes: number;
}

/** Parsed queries of this worker, keyed by their text; filled only with queries that passed every check. */
export class AnalysisMemo {
  private readonly entries?: LRUCache<string, QueryAnalysis & { counted?: string }>;

  constructor(maxBytes: number) {
    if (maxBytes > 0) {
      this.entries = new LRUCache<string, QueryAnalysis & { counted?: string }>({
        maxSize: maxBytes,
        // The key dominates: UTF-16 text, plus the analysis itself (and the query answered from counts).
        sizeCalculation: (analysis, key) =>
          2 * key.length + 64 + 2 * analysis.services.join('').length + 2 * (analysis.counted?.length ?? 0),
      });
    }
  }

  /** The query with its whole-graph counts written in from the store's (see counts.ts), kept with its analysis. */
  counted(query: string, analysis: QueryAnalysis, counts: StoreCounts): string {
    const known = this.entries?.get(query)?.counted;
    if (known) return known;
    const parsed = parseSparql(query);
    answerCountsFromStore(parsed, counts);
    const counted = writeSparql(parsed);
    this.entries?.set(query, { ...analysis, counted });
    return counted;
  }

  analyse(query: string, limits: EngineLimits): QueryAnalysis {
    const known = this.entries?.get(query);
    if (known) return known;
    const analysis = analyseQuery(query, limits.maxQueryNodes, limits.maxQueryDepth);
    checkServices(analysis.services, limits.federationAllowList);
    this.entries?.set(query, analysis);
    return analysis;
  }

  stats() {
    return { entries: this.entries?.size ?? 0, bytes: this.entries?.calculatedSize ?? 0 };
  }
}

/** 400 unless every SERVICE a query names is on the allow-list: the server must not fetch any URL a query names. */
export function checkServices(services: string[], allowed: string[]): void {
  for (const service of services) {
    if (!allowed.includes(service)) {
      throw new AppError(
        'bad-request',
        `SERVICE <${service}> is not allowed: this endpoint only federates with ${allowed.map((a) => `<${a}>`).join(', ') || 'no endpoint'}.`,
      );
    }
  }
}

/**
 * Parses, checks and negotiates: everything before the query runs. With the store's `counts`, a query
 * over the store's own dataset that counts whole graphs is answered from them.
 */
export function planQuery(job: QueryJob, memo: AnalysisMemo, limits: EngineLimits, counts?: StoreCounts): QueryPlan {
  const analysis = memo.analyse(job.query, limits);
  const format = negotiate(formatsFor(analysis.form), job.accept, job.formats);
  const dataset = chooseDataset(job, analysis.hasDataset);
  const fromCounts = counts && analysis.countsGraphs && dataset.kind === 'union';
  const query = fromCounts ? memo.counted(job.query, analysis, counts) : job.query;
  return { query, analysis, format, dataset };
}

function chooseDataset(job: QueryJob, queryHasDataset: boolean): DatasetChoice {
  if (job.defaultGraphs.length > 0 || job.namedGraphs.length > 0) {
    return { kind: 'explicit', defaultGraphs: job.defaultGraphs, namedGraphs: job.namedGraphs };
  }
  return queryHasDataset ? { kind: 'query' } : { kind: 'union' };
}

/** Oxigraph's options for a dataset choice (the query's own FROM needs none: it is in the text). */
export function datasetOptions(dataset: DatasetChoice): QueryOptions {
  if (dataset.kind !== 'explicit') return {};
  return {
    default_graph: dataset.defaultGraphs.map((iri) => namedNode(iri)),
    named_graphs: dataset.namedGraphs.map((iri) => namedNode(iri)),
  };
}

/** Runs a planned query on Oxigraph. Oxigraph's own parse errors and unsupported features are the client's to fix; anything else is a fault. */
export function runLocalQuery(store: Store, plan: QueryPlan): string {
  try {
    return serialise(store, plan.query, plan.format.mediaType, datasetOptions(plan.dataset));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/^error at \d+:\d+/.test(message)) throw new AppError('syntax', `Invalid query: ${message}`);
    if (/not supported/i.test(message)) throw new AppError('bad-request', `Invalid query: ${message}`);
    throw error;
  }
}

/** Refuses an answer over SUMMIT_KG_MAX_RESULT_BYTES, wherever it was computed (a worker, an external store). */
export function checkAnswerSize(body: string, maxResultBytes: number): void {
  const bytes = Buffer.byteLength(body);
  if (bytes <= maxResultBytes) return;
  throw new AppError(
    'result-too-large',
    `The answer is ${bytes} bytes, over the limit of ${maxResultBytes} bytes (SUMMIT_KG_MAX_RESULT_BYTES). Add a LIMIT, select fewer variables, or narrow the patterns; saved queries with pagination give results a page at a time.`,
    { limit: { setting: 'SUMMIT_KG_MAX_RESULT_BYTES', value: maxResultBytes } },
  );
}

/** The answer to send, once its size is checked against the limit. */
export function answer(plan: QueryPlan, body: string, maxResultBytes: number, federated: boolean): QueryAnswer {
  checkAnswerSize(body, maxResultBytes);
  return { body, contentType: contentType(plan.format), form: plan.analysis.form, federated };
}

/**
 * Queries of every form and format, run once per worker so V8 compiles the WebAssembly paths before
 * users arrive. Each reads a few hundred statements at most: compiling a path takes one pass over it,
 * and a whole-graph aggregate per format would cost a start tens of milliseconds each, for nothing.
 */
export const WARM_UP_QUERIES: { query: string; mediaType: string }[] = [
  ...['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'].map(
    (mediaType) => ({
      query:
        'SELECT ?s (COUNT(?o) AS ?n) (SAMPLE(?label) AS ?l) WHERE { { SELECT ?s ?o WHERE { ?s ?p ?o } LIMIT 300 } OPTIONAL { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(LANG(?label) = "en" || CONTAINS(LCASE(STR(?label)), "a")) } } GROUP BY ?s ORDER BY DESC(?n) LIMIT 50',
      mediaType,
    }),
  ),
  {
    query: 'SELECT ?g (COUNT(*) AS ?n) WHERE { { SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 300 } } GROUP BY ?g',
    mediaType: 'application/sparql-results+json',
  },
  { query: 'ASK { ?s ?p ?o FILTER(isIRI(?s)) }', mediaType: 'application/sparql-results+json' },
  ...['text/turtle', 'application/n-triples', 'application/ld+json', 'application/rdf+xml'].map((mediaType) => ({
    query: 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 200',
    mediaType,
  })),
  { query: 'DESCRIBE ?s WHERE { ?s ?p ?o } LIMIT 5', mediaType: 'text/turtle' },
];
