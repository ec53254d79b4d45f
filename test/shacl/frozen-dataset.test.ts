// The SHACL engine's dataset (src/shacl/frozen-dataset.ts) must answer every triple pattern as N3's
// store does over the same triples: the engine's results depend on nothing else.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Store as N3Store, Parser } from 'n3';
import { defaultGraph } from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { FrozenDataset } from '../../src/shacl/frozen-dataset.ts';
import { realGraph } from './mutate.ts';

const { namedNode, literal, quad, blankNode } = DataFactory;
/** A triple's key, the same whichever factory made its terms. */
const term = (t: RDF.Term) =>
  t.termType === 'Literal' ? `"${t.value}"@${t.language}^^${t.datatype.value}` : `${t.termType}:${t.value}`;
const key = (q: RDF.Quad) => `${term(q.subject)} ${term(q.predicate)} ${term(q.object)} ${q.graph.termType}`;
const keys = (quads: Iterable<RDF.Quad>) => [...quads].map(key).sort();

let triples: RDF.Quad[];
let frozen: FrozenDataset;
let oracle: N3Store;
beforeAll(() => {
  const union = realGraph().store.dump({ format: 'application/n-triples', from_graph_name: defaultGraph() });
  triples = new Parser({ format: 'N-Triples' }).parse(union);
  frozen = new FrozenDataset(triples);
  oracle = new N3Store(triples);
});

describe('the validation dataset', () => {
  it('should hold every triple once, as a set', () => {
    const twice = new FrozenDataset([
      ...triples,
      ...triples.map((t) => quad(t.subject, t.predicate, t.object, namedNode('https://example.org/g'))),
    ]);
    expect(twice.size).toBe(oracle.size);
    expect(keys(twice)).toEqual(keys(oracle));
  });

  it('should match every pattern of bound and free positions as N3 does', () => {
    // Patterns from real triples: each of the eight combinations, over a spread of triples.
    for (const t of triples.filter((_, i) => i % 97 === 0)) {
      for (let mask = 0; mask < 8; mask++) {
        const s = mask & 1 ? t.subject : null;
        const p = mask & 2 ? t.predicate : null;
        const o = mask & 4 ? t.object : null;
        expect(keys(frozen.match(s, p, o)), `${mask} ${key(t)}`).toEqual(
          keys(oracle.match(s as never, p as never, o as never)),
        );
      }
    }
  });

  it('should tell literals apart by language and datatype, and find nothing for unknown terms or named graphs', () => {
    const labelled = triples.find((t) => t.object.termType === 'Literal' && t.object.language === 'fr');
    const french = labelled!.object as RDF.Literal;
    expect(frozen.match(null, null, french).size).toBeGreaterThan(0);
    expect(frozen.match(null, null, literal(french.value, 'en')).size).toBe(
      oracle.match(null, null, literal(french.value, 'en')).size,
    );
    expect(frozen.match(null, null, literal(french.value)).size).toBe(
      oracle.match(null, null, literal(french.value)).size,
    );
    expect(frozen.match(namedNode('https://example.org/nowhere')).size).toBe(0);
    expect(frozen.match(blankNode('nowhere')).size).toBe(0);
    expect(frozen.match(labelled!.subject, null, null, namedNode('https://example.org/g')).size).toBe(0);
    expect(frozen.match(labelled!.subject, null, null, defaultGraph()).size).toBe(
      oracle.match(labelled!.subject as never).size,
    );
  });

  it('should match within a match, and refuse changes', () => {
    const type = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
    const country = namedNode('https://schema.org/Country');
    const countries = frozen.match(null, type).match(null, null, country);
    expect(keys(countries)).toEqual(keys(oracle.match(null, type, country)));
    expect(countries.size).toBeGreaterThan(50);
    expect(frozen.has(triples[0]!)).toBe(true);
    expect(() => frozen.add(triples[0]!)).toThrow('read-only');
  });
});
