// Where SERVICE patterns sit in a parsed query, and which neighbours each is joined with: the part of
// a group that can run alone to narrow what the remote endpoint is asked.
import { describe, expect, it } from 'vitest';
import { type Pattern, parseSparql, writeSparql } from '../../src/rdf/index.ts';
import { boundVariables, neighbours, serviceSites } from '../../src/wikidata/service-sites.ts';

const W = '<https://query.wikidata.org/sparql>';
const sitesOf = (where: string) => {
  const query = parseSparql(`PREFIX : <https://example.org/> SELECT * WHERE { ${where} }`);
  return { query, sites: serviceSites(query) };
};
/** The neighbours of the n-th SERVICE as SPARQL text, without prefixes and spacing. */
const neighboursOf = (where: string, n = 0) => {
  const { query, sites } = sitesOf(where);
  const site = sites[n];
  if (!site || query.type !== 'query') throw new Error('no such SERVICE');
  const unanswered = new Set(sites.slice(n).map((s) => s.service));
  const text = writeSparql({ ...query, base: undefined, prefixes: {}, where: neighbours(site, unanswered) });
  return text
    .replace(/^SELECT \* WHERE \{|\}$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
};

describe('finding SERVICE patterns', () => {
  it('should find them in groups, OPTIONAL, UNION, MINUS, GRAPH, sub-queries and EXISTS, in document order', () => {
    const { sites } = sitesOf(`
      ?a :p ?b . SERVICE ${W} { ?b :q 1 }
      OPTIONAL { SERVICE ${W} { ?b :q 2 } }
      { SERVICE ${W} { ?b :q 3 } } UNION { ?a :r ?c }
      MINUS { SERVICE ${W} { ?b :q 4 } }
      GRAPH ?g { GRAPH :h { ?a :s ?d SERVICE ${W} { ?d :q 5 } } }
      { SELECT ?b WHERE { SERVICE ${W} { ?b :q 6 } } }
      FILTER NOT EXISTS { SERVICE ${W} { ?b :q 7 } }`);
    const number = (pattern: Pattern) => JSON.stringify(pattern).match(/"value":"(\d)"/)?.[1];
    expect(sites.map((s) => number(s.service))).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(sites.map((s) => s.inExists)).toEqual([false, false, false, false, false, false, true]);
    expect(sites[4]?.graphs.map((name) => name.value)).toEqual(['g', 'https://example.org/h']);
  });

  it('should leave a SERVICE inside a SERVICE to the remote endpoint', () => {
    expect(sitesOf(`SERVICE ${W} { ?a :p ?b SERVICE ${W} { ?b :q ?c } }`).sites).toHaveLength(1);
  });
});

describe('the neighbours a SERVICE is joined with', () => {
  it('should be everything before it and the joins after it, up to an OPTIONAL, MINUS or BIND', () => {
    expect(
      neighboursOf(
        `?a :p ?b OPTIONAL { ?b :o ?c } SERVICE ${W} { ?b :q ?d } ?b :r ?e FILTER(?e) BIND(1 AS ?f) ?b :s ?g`,
      ),
    ).toBe('?a <https://example.org/p> ?b. OPTIONAL { ?b <https://example.org/o> ?c. } ?b <https://example.org/r> ?e.');
  });

  it('should leave out the join after it that holds a SERVICE not yet answered', () => {
    expect(neighboursOf(`?a :p ?b SERVICE ${W} { ?b :q ?d } { SERVICE ${W} { ?d :q ?e } }`)).toBe(
      '?a <https://example.org/p> ?b.',
    );
  });

  it('should be empty for a SERVICE alone in its group', () => {
    expect(neighboursOf(`?a :p ?b { SERVICE ${W} { ?b :q ?d } FILTER(?a) }`)).toBe('');
  });
});

describe('the variables patterns can bind', () => {
  it('should count triples, BIND, VALUES, GRAPH names and sub-query heads, not variables only filtered on', () => {
    const { query } = sitesOf(
      '?a :p ?b . BIND(?x AS ?c) VALUES ?d { 1 } GRAPH ?g { ?e :q 1 } { SELECT ?h WHERE { ?h :r ?i } } FILTER(?z) MINUS { ?m :n ?o }',
    );
    expect(query.type === 'query' && [...boundVariables(query.where ?? [])].sort()).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'g',
      'h',
    ]);
  });
});
