// The IRI scheme: an IRI under the public base is served at the same path, a suffix names a format.
import { describe, expect, it } from 'vitest';
import { IriSpace } from '../../src/pages/iri.ts';

const BASE = 'https://w3id.org/aiactionsummit/';
const space = new IriSpace(BASE);
const known = new Set([`${BASE}id/country/FR`, `${BASE}ontology`, `${BASE}id/odd.ttl`]);
const isKnown = (iri: string) => known.has(iri);

describe('the IRI scheme', () => {
  it('should serve an IRI under the base at the same path, hash IRIs at their document with the anchor', () => {
    expect(space.pathOf(`${BASE}id/country/FR`)).toBe('/id/country/FR');
    expect(space.pathOf(`${BASE}ontology#Figure`)).toBe('/ontology#Figure');
    expect(space.pathOf('https://schema.org/Event')).toBeUndefined();
  });

  it('should read a path back to its IRI, and a known suffix as a format', () => {
    expect(space.resolve('/id/country/FR', isKnown)).toEqual({ iri: `${BASE}id/country/FR` });
    expect(space.resolve('/id/country/FR.ttl', isKnown)).toEqual({ iri: `${BASE}id/country/FR`, format: 'turtle' });
    expect(space.resolve('/id/country/FR.jsonld', isKnown)).toEqual({ iri: `${BASE}id/country/FR`, format: 'jsonld' });
    expect(space.resolve('/ontology.rdf', isKnown)).toEqual({ iri: `${BASE}ontology`, format: 'rdfxml' });
  });

  it('should prefer an IRI that itself ends like a suffix, and leave unknown IRIs as they are', () => {
    expect(space.resolve('/id/odd.ttl', isKnown)).toEqual({ iri: `${BASE}id/odd.ttl` });
    expect(space.resolve('/id/country/XX.ttl', isKnown)).toEqual({ iri: `${BASE}id/country/XX.ttl` });
  });

  it('should decode the path, and refuse a malformed encoding', () => {
    expect(space.resolve('/id/place/%C3%A9lys%C3%A9e', isKnown).iri).toBe(`${BASE}id/place/élysée`);
    expect(space.pathOf(`${BASE}id/place/élysée`)).toBe('/id/place/%C3%A9lys%C3%A9e');
    expect(() => space.resolve('/id/%E0%A4%A', isKnown)).toThrow('malformed percent-encoding');
  });
});
