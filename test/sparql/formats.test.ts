// Content negotiation for query answers: Accept with q-values and wildcards, the format parameter
// and the names clients give it, and the fallbacks SPARQL clients rely on.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { GRAPH_FORMATS, negotiate, SOLUTION_FORMATS } from '../../src/sparql/index.ts';

const solution = (accept?: string, formats?: string[]) => negotiate(SOLUTION_FORMATS, accept, formats).name;
const graph = (accept?: string, formats?: string[]) => negotiate(GRAPH_FORMATS, accept, formats).name;

describe('negotiating a format', () => {
  it('should give the first format without Accept, and follow q-values and wildcards', () => {
    expect(solution()).toBe('json');
    expect(graph('')).toBe('turtle');
    expect(solution('text/csv;q=0.5, application/sparql-results+xml')).toBe('xml');
    expect(solution('text/*')).toBe('csv');
    expect(graph('*/*')).toBe('turtle');
  });

  it('should count other names of a format only when named outright', () => {
    expect(solution('application/json')).toBe('json');
    expect(graph('application/json')).toBe('jsonld');
    expect(solution('text/xml')).toBe('xml');
  });

  it('should answer a graph query asked for SPARQL results with the matching RDF syntax, but prefer a real one', () => {
    expect(graph('application/sparql-results+xml')).toBe('rdfxml');
    expect(graph('application/sparql-results+json')).toBe('jsonld');
    expect(graph('application/sparql-results+json, text/turtle;q=0.9')).toBe('turtle');
  });

  it('should take format names from clients, the same format named twice included', () => {
    expect(solution(undefined, ['tsv', 'text/tab-separated-values'])).toBe('tsv');
    expect(graph(undefined, ['xml'])).toBe('rdfxml');
    expect(graph(undefined, ['rdf+xml'])).toBe('rdfxml');
    expect(graph(undefined, ['n3'])).toBe('turtle');
    expect(graph(undefined, ['json'])).toBe('jsonld');
    expect(solution('text/csv', ['json'])).toBe('json');
  });

  it('should refuse formats that are unknown or disagree, and say what is available', () => {
    expect(() => solution(undefined, ['yaml'])).toThrow(
      "Unknown format 'yaml' for this kind of result; use one of: application/sparql-results+json (json), application/sparql-results+xml (xml), text/csv (csv), text/tab-separated-values (tsv)",
    );
    expect(() => solution(undefined, ['csv', 'json'])).toThrow(
      'The format parameter asks for csv and json; ask for one.',
    );
    try {
      graph('text/csv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).kind).toBe('not-acceptable');
    }
  });
});
