// What a page reads of the store, per page: the statements about and pointing at a resource in the
// named graphs that state them (never the union's copy), names, list positions, and nothing for an
// IRI a query could not hold.
import type * as RDF from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config/index.ts';
import { loadGraph } from '../../src/graph/index.ts';
import { PageReader } from '../../src/pages/data.ts';
import { folderWith } from '../helpers/files.ts';

const quad = (q: RDF.Quad) =>
  [q.subject, q.predicate, q.object, q.graph]
    .map((t) => (t.termType === 'Literal' ? `"${t.value}"@${t.language}` : t.value))
    .join(' ');

function reader(): PageReader {
  const dir = folderWith({
    'g.trig': `@prefix ex: <https://ex.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix aas: <https://w3id.org/aiactionsummit/ontology#> .
ex:g1 { ex:fr rdfs:label "France"@en ; skos:altLabel "French Republic"@en ; ex:in ex:eu .
        ex:entry1 ex:signatory ex:fr ; aas:listPosition 3 . }
ex:g2 { ex:fr rdfs:label "France"@fr ; ex:in ex:eu . ex:de ex:neighbour ex:fr . }
`,
  });
  return new PageReader(loadGraph([dir], { maxDataBytes: DEFAULTS.maxDataBytes }).store);
}

describe('what a page reads of the store', () => {
  it('should give the statements about resources in each named graph that states them, and not the union’s copy', () => {
    expect(reader().about(['https://ex.org/fr']).map(quad)).toEqual([
      'https://ex.org/fr http://www.w3.org/2000/01/rdf-schema#label "France"@en https://ex.org/g1',
      'https://ex.org/fr http://www.w3.org/2000/01/rdf-schema#label "France"@fr https://ex.org/g2',
      'https://ex.org/fr http://www.w3.org/2004/02/skos/core#altLabel "French Republic"@en https://ex.org/g1',
      'https://ex.org/fr https://ex.org/in https://ex.org/eu https://ex.org/g1',
      'https://ex.org/fr https://ex.org/in https://ex.org/eu https://ex.org/g2',
    ]);
  });

  it('should give what points at resources, their names and their list positions', () => {
    const read = reader();
    expect(read.pointing(['https://ex.org/fr', 'https://ex.org/eu']).map(quad)).toEqual([
      'https://ex.org/de https://ex.org/neighbour https://ex.org/fr https://ex.org/g2',
      'https://ex.org/entry1 https://ex.org/signatory https://ex.org/fr https://ex.org/g1',
      'https://ex.org/fr https://ex.org/in https://ex.org/eu https://ex.org/g1',
      'https://ex.org/fr https://ex.org/in https://ex.org/eu https://ex.org/g2',
    ]);
    expect(read.namesOf(['https://ex.org/fr', 'https://ex.org/de']).map(quad)).toEqual([
      'https://ex.org/fr http://www.w3.org/2000/01/rdf-schema#label "France"@en https://ex.org/g1',
      'https://ex.org/fr http://www.w3.org/2000/01/rdf-schema#label "France"@fr https://ex.org/g2',
    ]);
    expect([...read.positionsOf(['https://ex.org/entry1', 'https://ex.org/fr'])]).toEqual([
      ['https://ex.org/entry1', '3'],
    ]);
  });

  it('should read nothing for an IRI that a query cannot hold, never another resource', () => {
    const read = reader();
    expect(read.about(['https://ex.org/x> <https://ex.org/fr', 'not an iri'])).toEqual([]);
    expect(read.namesOf(['https://ex.org/fr> } } #'])).toEqual([]);
    expect(read.pointing([])).toEqual([]);
  });
});
