// The compact JSON-LD writer: what it writes, a JSON-LD processor reads back as the same quads.
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { writeJsonLd } from '../../src/rdf/index.ts';
import { jsonldQuads, turtleQuads } from '../helpers/parse.ts';

const { namedNode, literal, quad, defaultGraph } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const S = namedNode('https://w3id.org/aiactionsummit/id/country/FR');
const QUADS = [
  quad(S, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode('https://schema.org/Country')),
  quad(S, namedNode('http://www.w3.org/2000/01/rdf-schema#label'), literal('France', 'fr')),
  quad(S, namedNode('https://schema.org/value'), literal('100', namedNode(`${XSD}integer`))),
  quad(S, namedNode('https://schema.org/description'), literal('plain "quoted" text')),
  quad(S, namedNode('https://example.org/not-a-prefix'), namedNode('https://example.org/x//y')),
  quad(S, namedNode('https://schema.org/url'), namedNode('https://schema.org/')),
  quad(
    S,
    namedNode('http://www.w3.org/2000/01/rdf-schema#label'),
    literal('France', 'en'),
    namedNode('https://w3id.org/aiactionsummit/graph/report-en'),
  ),
];
const key = (q: {
  subject: { value: string };
  predicate: { value: string };
  object: { value: string; termType: string };
  graph: { value: string };
}) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value} ${q.graph.value}`;

describe('the JSON-LD writer', () => {
  it('should write the prefixes it uses as the context, and compact IRIs', () => {
    const json = JSON.parse(writeJsonLd(QUADS, { graphs: false })) as {
      '@context': Record<string, string>;
      '@graph': Record<string, unknown>[];
    };
    expect(json['@context']).toMatchObject({
      country: 'https://w3id.org/aiactionsummit/id/country/',
      schema: 'https://schema.org/',
    });
    expect(json['@context']).not.toHaveProperty('owl');
    expect(json['@graph'][0]).toMatchObject({ '@id': 'country:FR', '@type': ['schema:Country'] });
  });

  it('should read back as the same triples, without graphs', async () => {
    const read = turtleQuads(await jsonldQuads(writeJsonLd(QUADS, { graphs: false })), 'application/n-quads');
    const expected = QUADS.map((q) => quad(q.subject, q.predicate, q.object, defaultGraph()));
    expect(new Set(read.map(key))).toEqual(new Set(expected.map(key)));
  });

  it('should keep named graphs as graph objects when asked', async () => {
    const read = turtleQuads(await jsonldQuads(writeJsonLd(QUADS, { graphs: true })), 'application/n-quads');
    expect(new Set(read.map(key))).toEqual(new Set(QUADS.map(key)));
  });
});
