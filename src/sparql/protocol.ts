// Reading a SPARQL 1.1 Protocol request (GET, POST form, POST direct) into a query job: where the
// query is, which graphs it should see, which formats the client asks for. Nothing is parsed here.
import { AppError } from '../errors.ts';
import { bodyText, formParams, mediaTypeOf, type OperationRequest, oneParam, type Params } from '../operation.ts';
import { isAbsoluteIri } from '../rdf/index.ts';
import type { QueryJob } from './engine.ts';

export const FORM = 'application/x-www-form-urlencoded';
export const DIRECT = 'application/sparql-query';
const UPDATE = 'application/sparql-update';

// Other parameters clients send along are accepted and left aside: Virtuoso's `timeout` (this server's
// own time limit applies to every query), SPARQLWrapper's extras, cache-busters.

/** Names clients use for the result format: SPARQLWrapper sends all three, meaning the same thing. */
export const FORMAT_PARAMS = ['format', 'output', 'results'];

export interface ProtocolRequest {
  /** Undefined when the client asked for no query: the service description is wanted. */
  query?: string;
  defaultGraphs: string[];
  namedGraphs: string[];
  /** Values of `format` (and its synonyms), an alternative to Accept. */
  formats: string[];
  /** A graph named with `graph=IRI` or `default` and no query: the Graph Store Protocol's read. */
  graph?: GraphChoice;
}

const READS = ['GET', 'HEAD', 'OPTIONS'];

export type GraphChoice = { kind: 'default' } | { kind: 'named'; iri: string };

/** The path of the graph store (Graph Store Protocol, read side), named in the service description. */
export const GRAPH_STORE_PATH = '/data';

export const READ_ONLY_STORE =
  'The graph store is read-only: graphs can be read (GET ?graph=IRI or ?default), not written.';

/** The graph a request names with `graph=IRI` or `default`, if it names one. */
export function graphChoice(params: Params): GraphChoice | undefined {
  const named = params.graph ?? [];
  const wantsDefault = params.default !== undefined;
  if (named.length === 0 && !wantsDefault) return undefined;
  if (named.length + (wantsDefault ? 1 : 0) > 1) {
    throw new AppError('bad-request', "Name one graph: either 'graph=IRI' or 'default', once.");
  }
  const [iri] = named;
  if (iri === undefined) return { kind: 'default' };
  if (!isAbsoluteIri(iri)) throw new AppError('bad-request', `'graph' must be an absolute IRI, got '${iri}'.`);
  return { kind: 'named', iri };
}

const badRequest = (message: string) => new AppError('bad-request', message);

export function readProtocolRequest(request: OperationRequest): ProtocolRequest {
  let params: Params = request.params;
  let query: string | undefined;
  const graph = graphChoice(request.params);
  // In the Graph Store Protocol, a POST to a named graph adds to it.
  if (graph && request.method === 'POST') throw new AppError('method-not-allowed', READ_ONLY_STORE, { allow: READS });
  if (request.method === 'POST') {
    const type = mediaTypeOf(request.header('content-type'));
    if (type === FORM) {
      params = merge(request.params, formParams(bodyText(request)));
      query = oneParam(params, 'query');
    } else if (type === DIRECT) {
      if (params.query !== undefined) {
        throw badRequest(`A POST with a ${DIRECT} body must not also carry a query parameter.`);
      }
      query = bodyText(request);
    } else if (type === UPDATE) {
      throw readOnly();
    } else {
      throw new AppError(
        'unsupported-media-type',
        `Unsupported request body type '${type ?? 'none'}': send the query as ${FORM} (query=…) or as ${DIRECT}.`,
      );
    }
  } else {
    query = oneParam(params, 'query');
  }
  if (params.update !== undefined) throw readOnly();
  if (query !== undefined && !query.trim()) throw badRequest('The query is empty.');
  if (query === undefined && request.method === 'POST') throw badRequest("Missing the 'query' parameter.");
  if (query !== undefined && graph) {
    throw badRequest("Send either a query or a graph to read ('graph=IRI' or 'default'), not both.");
  }
  return {
    ...(graph ? { graph } : {}),
    query,
    defaultGraphs: iris(params, 'default-graph-uri'),
    namedGraphs: iris(params, 'named-graph-uri'),
    formats: FORMAT_PARAMS.flatMap((name) => params[name] ?? []),
  };
}

/** The job a worker runs for a protocol request that has a query. */
export function queryJob(request: ProtocolRequest & { query: string }, accept: string | undefined): QueryJob {
  const { query, defaultGraphs, namedGraphs, formats } = request;
  return { query, accept, formats, defaultGraphs, namedGraphs };
}

function readOnly(): AppError {
  return badRequest('SPARQL Update is not accepted: this endpoint is read-only and answers queries only.');
}

/** URL and form parameters together; a name in both counts as given twice. */
export function merge(a: Params, b: Params): Params {
  const merged: Params = Object.create(null) as Params;
  for (const params of [a, b])
    for (const [name, values] of Object.entries(params)) merged[name] = [...(merged[name] ?? []), ...values];
  return merged;
}

function iris(params: Params, name: string): string[] {
  const values = params[name] ?? [];
  for (const value of values) {
    if (!isAbsoluteIri(value)) throw badRequest(`'${name}' must be an absolute IRI, got '${value}'.`);
  }
  return values;
}
