// Reading SPARQL 1.1 Protocol requests (GET, POST form, POST direct) into query jobs, without a server.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import type { OperationRequest } from '../../src/operation.ts';
import { queryJob, readProtocolRequest } from '../../src/sparql/index.ts';

function request(
  method: string,
  params: Record<string, string[]>,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): OperationRequest {
  return {
    method,
    path: '/sparql',
    pathParams: {},
    params,
    header: (name) => headers[name.toLowerCase()],
    body: typeof body === 'string' ? Buffer.from(body) : body,
    baseUrl: 'http://localhost',
    client: 'test',
  };
}

const shouldRefuse = (input: OperationRequest, kind: string, message: string) => {
  try {
    readProtocolRequest(input);
    expect.unreachable();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind, message });
  }
};

describe('reading a protocol request', () => {
  it('should read a GET query with its dataset and formats', () => {
    const read = readProtocolRequest(
      request('GET', {
        query: ['ASK {}'],
        'default-graph-uri': ['https://example.org/a'],
        'named-graph-uri': ['https://example.org/b', 'https://example.org/c'],
        format: ['json'],
        output: ['json'],
      }),
    );
    expect(read).toEqual({
      query: 'ASK {}',
      defaultGraphs: ['https://example.org/a'],
      namedGraphs: ['https://example.org/b', 'https://example.org/c'],
      formats: ['json', 'json'],
    });
    expect(queryJob({ ...read, query: 'ASK {}' }, 'text/csv')).toEqual({
      query: 'ASK {}',
      accept: 'text/csv',
      formats: ['json', 'json'],
      defaultGraphs: ['https://example.org/a'],
      namedGraphs: ['https://example.org/b', 'https://example.org/c'],
    });
  });

  it('should read no query at all as a request for the service description', () => {
    expect(readProtocolRequest(request('GET', {})).query).toBeUndefined();
  });

  it('should read a POSTed form, with URL parameters too', () => {
    const read = readProtocolRequest(
      request(
        'POST',
        { 'default-graph-uri': ['https://example.org/a'] },
        { 'content-type': 'application/x-www-form-urlencoded' },
        'query=ASK+%7B%7D',
      ),
    );
    expect(read).toMatchObject({ query: 'ASK {}', defaultGraphs: ['https://example.org/a'] });
  });

  it('should read a direct POST as the query itself', () => {
    const read = readProtocolRequest(
      request('POST', {}, { 'content-type': 'application/sparql-query; charset=UTF-8' }, 'ASK { ?s ?p "é" }'),
    );
    expect(read.query).toBe('ASK { ?s ?p "é" }');
  });

  it('should refuse what the protocol does not allow, saying what to send instead', () => {
    shouldRefuse(
      request('GET', { query: ['ASK {}', 'ASK {}'] }),
      'bad-request',
      "The 'query' parameter was given 2 times; send exactly one.",
    );
    shouldRefuse(request('GET', { query: ['  '] }), 'bad-request', 'The query is empty.');
    shouldRefuse(
      request('POST', {}, { 'content-type': 'application/x-www-form-urlencoded' }, 'x=1'),
      'bad-request',
      "Missing the 'query' parameter.",
    );
    shouldRefuse(
      request('POST', { query: ['ASK {}'] }, { 'content-type': 'application/sparql-query' }, 'ASK {}'),
      'bad-request',
      'A POST with a application/sparql-query body must not also carry a query parameter.',
    );
    shouldRefuse(
      request('POST', {}, { 'content-type': 'text/plain' }, 'ASK {}'),
      'unsupported-media-type',
      "Unsupported request body type 'text/plain': send the query as application/x-www-form-urlencoded (query=…) or as application/sparql-query.",
    );
    shouldRefuse(
      request('GET', { query: ['ASK {}'], 'default-graph-uri': ['relative'] }),
      'bad-request',
      "'default-graph-uri' must be an absolute IRI, got 'relative'.",
    );
  });

  it('should refuse updates however they come: the endpoint is read-only', () => {
    const readOnly = 'SPARQL Update is not accepted: this endpoint is read-only and answers queries only.';
    shouldRefuse(request('GET', { update: ['CLEAR ALL'] }), 'bad-request', readOnly);
    shouldRefuse(
      request('POST', {}, { 'content-type': 'application/sparql-update' }, 'CLEAR ALL'),
      'bad-request',
      readOnly,
    );
  });

  it('should refuse bodies in another charset, and bytes that are not UTF-8', () => {
    shouldRefuse(
      request('POST', {}, { 'content-type': 'application/sparql-query; charset=ISO-8859-1' }, 'ASK {}'),
      'unsupported-media-type',
      "Unsupported charset 'iso-8859-1': send the body in UTF-8.",
    );
    shouldRefuse(
      request('POST', {}, { 'content-type': 'application/sparql-query' }, Buffer.from([0x41, 0xff])),
      'bad-request',
      'The request body is not valid UTF-8.',
    );
  });
});

describe('reading a graph store request (read side)', () => {
  it('should read graph=IRI and default as the graph to return, when there is no query', () => {
    expect(readProtocolRequest(request('GET', { graph: ['https://example.org/a'] })).graph).toEqual({
      kind: 'named',
      iri: 'https://example.org/a',
    });
    expect(readProtocolRequest(request('GET', { default: [''] })).graph).toEqual({ kind: 'default' });
    expect(readProtocolRequest(request('GET', {})).graph).toBeUndefined();
  });

  it('should refuse a graph named twice, a relative one, one with a query, and a POST to a graph', () => {
    shouldRefuse(
      request('GET', { graph: ['https://example.org/a'], default: [''] }),
      'bad-request',
      "Name one graph: either 'graph=IRI' or 'default', once.",
    );
    shouldRefuse(request('GET', { graph: ['a'] }), 'bad-request', "'graph' must be an absolute IRI, got 'a'.");
    shouldRefuse(
      request('GET', { graph: ['https://example.org/a'], query: ['ASK {}'] }),
      'bad-request',
      "Send either a query or a graph to read ('graph=IRI' or 'default'), not both.",
    );
    shouldRefuse(
      request('POST', { graph: ['https://example.org/a'] }, { 'content-type': 'text/turtle' }, '<a> <b> <c> .'),
      'method-not-allowed',
      'The graph store is read-only: graphs can be read (GET ?graph=IRI or ?default), not written.',
    );
  });
});
