// Search over every name in both languages, hidden labels (the sources' misspellings) included.
import { describe, expect, it } from 'vitest';
import type { ResourceInfo } from '../../src/pages/model.ts';
import { distance, normalise, SearchIndex } from '../../src/pages/search.ts';

const resource = (iri: string, labels: ResourceInfo['labels'], statements = 1): ResourceInfo => ({
  iri,
  types: [],
  labels,
  statements,
  sources: [],
});

const index = new SearchIndex(
  [
    resource('ex:bletchley', [
      { value: 'Bletchley Park', lang: 'en', kind: 'pref' },
      { value: 'Bletchey Park', lang: 'fr', kind: 'hidden' },
    ]),
    resource('ex:elysee', [{ value: 'Palais de l’Élysée', lang: 'fr', kind: 'pref' }]),
    resource(
      'ex:fr',
      [
        { value: 'France', lang: 'en', kind: 'pref' },
        { value: 'France', lang: 'fr', kind: 'pref' },
      ],
      30,
    ),
    resource('ex:france-germany', [{ value: 'Agreement between France and Germany', lang: 'en', kind: 'pref' }]),
    resource('ex:itu', [
      { value: 'International Telecommunication Union', lang: 'en', kind: 'pref' },
      { value: 'ITU', lang: 'en', kind: 'alt' },
    ]),
  ],
  (iri) => iri.split(':')[1],
);
const iris = (query: string) => index.search(query).map((hit) => hit.iri);

describe('search', () => {
  it('should find an entity by a source’s misspelling, and say it matched a hidden label', () => {
    const [hit] = index.search('Bletchey');
    expect(hit?.iri).toBe('ex:bletchley');
    expect(hit?.matched).toEqual({ value: 'Bletchey Park', lang: 'fr', kind: 'hidden' });
  });

  it('should ignore case and accents', () => {
    expect(iris('elysee')).toEqual(['ex:elysee']);
    expect(normalise('Palais de l’Élysée')).toBe('palais de l elysee');
  });

  it('should rank an exact name before names that contain it', () => {
    expect(iris('france')).toEqual(['ex:fr', 'ex:france-germany']);
  });

  it('should match alternative names and words in any order', () => {
    expect(iris('itu')[0]).toBe('ex:itu');
    expect(iris('union telecommunication')).toEqual(['ex:itu']);
  });

  it('should forgive a letter or two in longer words, never in short ones', () => {
    expect(iris('Telecomunication')).toEqual(['ex:itu']);
    expect(iris('frence')).toEqual(['ex:fr', 'ex:france-germany']);
    expect(iris('itv')).toEqual([]);
  });

  it('should find nothing for an empty query', () => {
    expect(index.search('  ')).toEqual([]);
  });

  it('should measure edit distances, giving up past the bound', () => {
    expect(distance('bletchey', 'bletchley', 2)).toBe(1);
    expect(distance('kitten', 'sitting', 3)).toBe(3);
    expect(distance('a', 'abcdef', 2)).toBe(3);
  });
});
