// Reading a SPARQL 1.1 Protocol request (query via GET, POST form or POST direct) into plain values.
// HTTP framework-agnostic: the server hands over the decoded parameters and body.
import { isAbsoluteIri } from '../graph/index.ts';
import { badRequest, HttpError } from './errors.ts';

export type Params = Record<string, string | string[] | undefined>;

export interface ProtocolInput {
  method: string;
  /** Media type of the body, without parameters (undefined when there is no body). */
  contentType?: string;
  /** Decoded URL query parameters. */
  urlParams: Params;
  /** Decoded form body (POST form) or raw text (POST direct). */
  body?: Params | string;
}

export interface SparqlRequest {
  /** Undefined when the client asked for no query: the service description is wanted. */
  query?: string;
  defaultGraphs: string[];
  namedGraphs: string[];
  /** Optional `format` parameter (short name or media type), an alternative to Accept. */
  format?: string;
}

export const FORM = 'application/x-www-form-urlencoded';
export const DIRECT = 'application/sparql-query';

export function readProtocolRequest(input: ProtocolInput, maxQueryBytes: number): SparqlRequest {
  let params: Params;
  let query: string | undefined;
  if (input.method === 'POST') {
    if (input.contentType === FORM && typeof input.body === 'object') {
      params = input.body;
      query = single(params, 'query');
    } else if (input.contentType === DIRECT && typeof input.body === 'string') {
      params = input.urlParams;
      if (params.query !== undefined)
        throw badRequest('A POST with a application/sparql-query body must not also carry a query parameter.');
      query = input.body;
    } else {
      throw new HttpError(
        415,
        `Unsupported request body type '${input.contentType ?? 'none'}': send the query as ${FORM} (query=…) or as ${DIRECT}.`,
      );
    }
  } else {
    params = input.urlParams;
    query = single(params, 'query');
  }
  if (params.update !== undefined) {
    throw badRequest('SPARQL Update is not accepted: this endpoint is read-only and answers queries only.');
  }
  if (query !== undefined && Buffer.byteLength(query) > maxQueryBytes) {
    throw new HttpError(
      413,
      `The query is ${Buffer.byteLength(query)} bytes, over the limit of ${maxQueryBytes} bytes.`,
    );
  }
  if (query !== undefined && !query.trim()) throw badRequest('The query is empty.');
  if (query === undefined && input.method === 'POST') throw badRequest("Missing the 'query' parameter.");
  return {
    query,
    defaultGraphs: iris(params, 'default-graph-uri'),
    namedGraphs: iris(params, 'named-graph-uri'),
    format: single(params, 'format'),
  };
}

function all(params: Params, name: string): string[] {
  const value = params[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function single(params: Params, name: string): string | undefined {
  const values = all(params, name);
  if (values.length > 1)
    throw badRequest(`The '${name}' parameter was given ${values.length} times; send exactly one.`);
  return values[0];
}

function iris(params: Params, name: string): string[] {
  const values = all(params, name);
  for (const value of values) {
    if (!isAbsoluteIri(value)) throw badRequest(`'${name}' must be an absolute IRI, got '${value}'.`);
  }
  return values;
}
