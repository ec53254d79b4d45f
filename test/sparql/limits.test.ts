// The one pass the HTTP thread makes over a query's text: size, nesting, and whether it calls out.
import { describe, expect, it } from 'vitest';
import { checkQueryText } from '../../src/sparql/index.ts';

const limits = { maxQueryBytes: 1000, maxQueryDepth: 4 };

describe('checking a query text', () => {
  it('should measure nesting across braces, parentheses and brackets', () => {
    expect(() => checkQueryText('SELECT * WHERE { { { FILTER((1)) } } }', limits)).toThrow(
      'The query nests more than 4 levels of { }, ( ) or [ ] (SUMMIT_KG_MAX_QUERY_DEPTH): flatten it.',
    );
    expect(() => checkQueryText('SELECT * WHERE { { { ?s ?p ?o } } }', limits)).not.toThrow();
  });

  it('should not count brackets inside strings, IRIs and comments', () => {
    const text = 'SELECT * WHERE { ?s <http://x/a(((b)))> "(((((" . # {{{{{{\n ?s ?p """{{{{{""" }';
    expect(() => checkQueryText(text, limits)).not.toThrow();
    // "less than" is not an IRI: what follows is counted.
    expect(() => checkQueryText('SELECT * WHERE { FILTER(?a < 3 && (((?b > 2)))) }', limits)).toThrow(
      /nests more than 4/,
    );
  });

  it('should notice the SERVICE keyword, and only the keyword', () => {
    expect(checkQueryText('SELECT * WHERE { SERVICE <https://x/sparql> { ?s ?p ?o } }', limits).mentionsService).toBe(
      true,
    );
    expect(checkQueryText('SELECT * WHERE { service <https://x/sparql> { ?s ?p ?o } }', limits).mentionsService).toBe(
      true,
    );
    expect(checkQueryText('SELECT ?service WHERE { ?service ex:SERVICE "SERVICE" }', limits).mentionsService).toBe(
      false,
    );
  });

  it('should refuse a text over the size limit in bytes, naming it', () => {
    expect(() => checkQueryText(`ASK { ?s ?p "${'é'.repeat(500)}" }`, limits)).toThrow(
      /^The query is 1016 bytes, over the limit of 1000 bytes \(SUMMIT_KG_MAX_QUERY_BYTES\)\.$/,
    );
  });
});
