// The RDF description of a resource, in a worker: its statements, the statements pointing at it and
// the labels of the resources it names, each in the named graph that states it, written in one of
// five syntaxes. TriG keeps the graphs (who says what); the others give the triples once each.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { dumpQuads, PREFIXES, type Store, writeJsonLd, writeQuads } from '../rdf/index.ts';
import { PageReader } from './data.ts';

export type DescriptionFormat = 'turtle' | 'trig' | 'jsonld' | 'ntriples' | 'rdfxml';

export interface DescriptionJob {
  iri: string;
  format: DescriptionFormat;
  /** Hash IRIs described with the document (an ontology's terms). */
  parts?: string[];
  /** Generated links (to the downloads of a graph), written in the default graph. */
  links?: { s: string; p: string; o: string }[];
}

const order = (q: RDF.Quad) =>
  `${q.subject.value}\u0000${q.predicate.value}\u0000${q.object.value}\u0000${q.graph.value}`;

/** The quads of a description, in a stable order: the resource first, then what points at it, then labels. */
export function descriptionQuads(
  store: Store,
  job: Omit<DescriptionJob, 'format'>,
  reader = new PageReader(store),
): RDF.Quad[] {
  const own = [job.iri, ...(job.parts ?? [])];
  const about = reader.about(own);
  const pointing = reader.pointing([job.iri]);
  const mentioned = new Set<string>();
  for (const q of [...about, ...pointing]) {
    for (const term of [q.subject, q.object]) if (term.termType === 'NamedNode') mentioned.add(term.value);
  }
  for (const iri of own) mentioned.delete(iri);
  const labels = reader.namesOf([...mentioned]);
  const seen = new Set<string>();
  const quads: RDF.Quad[] = [];
  for (const q of [...about, ...pointing, ...labels]) {
    const key = order(q);
    if (seen.has(key)) continue;
    seen.add(key);
    quads.push(q);
  }
  const links = (job.links ?? []).map(({ s, p, o }) =>
    DataFactory.quad(
      DataFactory.namedNode(s),
      DataFactory.namedNode(p),
      DataFactory.namedNode(o),
      DataFactory.defaultGraph(),
    ),
  );
  const sorted = quads
    .map((q) => [order(q), q] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, q]) => q);
  return [...sorted, ...links];
}

/** Each triple once, whatever graphs state it. */
function triples(quads: RDF.Quad[]): RDF.Quad[] {
  const seen = new Set<string>();
  const out: RDF.Quad[] = [];
  for (const q of quads) {
    const key = `${q.subject.value}\u0000${q.predicate.value}\u0000${q.object.termType}\u0000${q.object.value}\u0000${q.object.termType === 'Literal' ? `${q.object.language}^${q.object.datatype.value}` : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(DataFactory.quad(q.subject, q.predicate, q.object));
  }
  return out;
}

export function writeDescription(quads: RDF.Quad[], format: DescriptionFormat): string {
  switch (format) {
    case 'trig':
      return writeQuads(quads, 'TriG', PREFIXES);
    case 'turtle':
      return writeQuads(triples(quads), 'Turtle', PREFIXES);
    case 'ntriples':
      return writeQuads(triples(quads), 'N-Triples');
    case 'jsonld':
      return writeJsonLd(triples(quads), { graphs: false });
    case 'rdfxml':
      return dumpQuads(triples(quads), 'application/rdf+xml');
  }
}

export function describeResource(store: Store, job: DescriptionJob): string {
  return writeDescription(descriptionQuads(store, job), job.format);
}
