// What a query is before it runs (in a worker): form, dataset, remote endpoints, size; and where it is wrong.
import { describe, expect, it } from 'vitest';
import { analyseQuery } from '../../src/sparql/index.ts';

describe('analysing a query', () => {
  it('should tell the form, whether it names its dataset, and its SERVICE endpoints in order', () => {
    expect(analyseQuery('ASK { ?s ?p ?o }')).toMatchObject({ form: 'ask', hasDataset: false, services: [] });
    expect(analyseQuery('CONSTRUCT WHERE { ?s ?p ?o }').form).toBe('construct');
    expect(analyseQuery('SELECT * FROM <https://example.org/g> WHERE { ?s ?p ?o }').hasDataset).toBe(true);
    const federated = analyseQuery(
      'SELECT * WHERE { SERVICE <https://b.example/sparql> { ?s ?p ?o } OPTIONAL { SERVICE <https://a.example/sparql> { ?s ?q ?r } } SERVICE <https://b.example/sparql> { ?s ?p ?x } }',
    );
    expect(federated.services).toEqual(['https://b.example/sparql', 'https://a.example/sparql']);
  });

  it('should point at a syntax error with its line, column and a caret', () => {
    expect(() => analyseQuery('SELECT *\nWHERE { ?s ?p }')).toThrow(
      /^Syntax error at line 2, column 15: unexpected '}'; expected one of: .*\n {2}WHERE \{ \?s \?p \}\n {2}\s{14}\^$/s,
    );
  });

  it('should refuse an update, a variable SERVICE endpoint, and a query with too many parts', () => {
    expect(() => analyseQuery('CLEAR ALL')).toThrow(/^This is a SPARQL Update, and this endpoint is read-only/);
    expect(() => analyseQuery('SELECT * WHERE { SERVICE ?e { ?s ?p ?o } }')).toThrow(/variable endpoint/);
    const union = `SELECT * WHERE { ${Array.from({ length: 100 }, () => '{ ?s ?p ?o }').join(' UNION ')} }`;
    expect(analyseQuery(union).nodes).toBeGreaterThan(500);
    expect(() => analyseQuery(union, 500)).toThrow(/over the limit of 500 \(SUMMIT_KG_MAX_QUERY_NODES\)/);
  });

  it('should refuse a property path nested deeper than the limit, one level for each step or alternative', () => {
    const path = (n: number, operator: string) =>
      `ASK { <urn:a> ${Array.from({ length: n }, (_, i) => `<urn:p${i}>`).join(operator)} <urn:b> }`;
    // 64 alternatives nest 63 pairs; 65 nest 64; a sequence counts as alternatives do.
    expect(analyseQuery(path(64, '|'), 4000, 63).form).toBe('ask');
    for (const operator of ['|', '/']) {
      expect(() => analyseQuery(path(65, operator), 4000, 63)).toThrow(
        /^A property path of the query chains 64 levels .* more than 63 \(SUMMIT_KG_MAX_QUERY_DEPTH\)/,
      );
    }
    // Parenthesised paths add up their levels; an operator such as * or ^ is one level.
    expect(() => analyseQuery('ASK { ?s (<urn:a>|<urn:b>)/^(<urn:c>/<urn:d>)* ?o }', 4000, 3)).toThrow(
      /chains 4 levels/,
    );
    expect(analyseQuery('ASK { ?s (<urn:a>|<urn:b>)/^(<urn:c>/<urn:d>)* ?o }', 4000, 4).form).toBe('ask');
  });

  it('should count a VALUES block once, however many rows it has', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `(${i})`).join(' ');
    expect(analyseQuery(`SELECT * WHERE { VALUES (?x) { ${rows} } }`).nodes).toBeLessThan(20);
  });
});
