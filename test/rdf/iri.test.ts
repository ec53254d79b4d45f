// What counts as an absolute IRI before a value is put in a query: exactly what the engine accepts,
// so that a saved query's parameter, an upload's graph or a links file never meets its parser's error.
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { isAbsoluteIri } from '../../src/rdf/index.ts';

const engineAccepts = (value: string) => {
  try {
    oxigraph.namedNode(value);
    return true;
  } catch {
    return false;
  }
};

const ACCEPTED = [
  'https://example.org/a',
  'https://w3id.org/aiactionsummit/id/country/FR',
  'http://www.wikidata.org/entity/Q142',
  'https://fr.wikipedia.org/wiki/Élysée',
  'urn:isbn:0451450523',
  'urn:x',
  'mailto:someone@example.org',
  'http://[::1]/sparql',
  'http://127.0.0.1:3030/sparql?query=ASK%7B%7D#top',
  'https://user:pw@example.org:8443/a/b;c?d=e&f=g#h/i?j',
  "https://example.org/!$&'()*+,;=:@",
  'tag:example.org,2025:summit',
];

const REFUSED = [
  'http://[::1',
  'urn:x#a#b',
  'http://a b',
  'https://example.org/<a>',
  'https://example.org/%zz',
  'https://example.org/a\\b',
  'https://example.org/{a}',
  'https://exa[mple.org/',
  'example.org/no-scheme',
  '1http://example.org/',
  'https://example.org/\u0007',
  '',
];

describe('an absolute IRI', () => {
  it('should accept what the engine accepts', () => {
    for (const value of ACCEPTED) {
      expect(engineAccepts(value), value).toBe(true);
      expect(isAbsoluteIri(value), value).toBe(true);
    }
  });

  it('should refuse what the engine refuses, such as an unclosed host or a second #', () => {
    for (const value of REFUSED) {
      expect(engineAccepts(value) && value !== '', value).toBe(false);
      expect(isAbsoluteIri(value), value).toBe(false);
    }
  });
});
