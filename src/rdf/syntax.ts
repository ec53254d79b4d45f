// Reading and writing RDF text: the syntaxes this project knows (names, media types, file
// extensions), n3's Writer for prefixed Turtle/TriG and line formats, Oxigraph's writers for
// everything else (JSON-LD, RDF/XML), through a throwaway store.
import type * as RDF from '@rdfjs/types';
import { Writer } from 'n3';
import { PREFIXES } from './namespaces.ts';
import { defaultGraph, newStore } from './store.ts';

export type WriterFormat = 'Turtle' | 'TriG' | 'N-Triples' | 'N-Quads';

/** Quads as text; Turtle and TriG use `prefixes` (the project's by default). Turtle drops the graph. */
export function writeQuads(
  quads: Iterable<RDF.Quad>,
  format: WriterFormat,
  prefixes: Record<string, string> = PREFIXES,
): string {
  const prefixed = format === 'Turtle' || format === 'TriG';
  const writer = new Writer(prefixed ? { format, prefixes } : { format });
  const triples = format === 'Turtle' || format === 'N-Triples';
  for (const q of quads) writer.addQuad(q.subject, q.predicate, q.object, triples ? undefined : q.graph);
  let output: string | undefined;
  // Without an output stream, n3 calls back synchronously.
  writer.end((error, text) => {
    if (error) throw error;
    output = text;
  });
  if (output === undefined) throw new Error('the RDF writer did not finish');
  return output;
}

/** Triples in one RDF syntax, written in another by Oxigraph (its default graph only). */
export function reserialise(text: string, from: string, to: string): string {
  if (from === to) return text;
  const store = newStore();
  store.load(text, { format: from });
  return store.dump({ format: to, from_graph_name: defaultGraph() });
}

/** RDF/JS quads written by Oxigraph in `mediaType` (any of its syntaxes). */
export function dumpQuads(quads: Iterable<RDF.Quad>, mediaType: string): string {
  return reserialise(writeQuads(quads, 'N-Triples'), 'application/n-triples', mediaType);
}

/** An RDF syntax: its name (for --format), media type, file extensions, and whether it holds named graphs. */
export interface RdfFormat {
  name: string;
  mediaType: string;
  extensions: string[];
  namedGraphs: boolean;
}

export const RDF_FORMATS: readonly RdfFormat[] = [
  { name: 'turtle', mediaType: 'text/turtle', extensions: ['.ttl'], namedGraphs: false },
  { name: 'trig', mediaType: 'application/trig', extensions: ['.trig'], namedGraphs: true },
  { name: 'ntriples', mediaType: 'application/n-triples', extensions: ['.nt'], namedGraphs: false },
  { name: 'nquads', mediaType: 'application/n-quads', extensions: ['.nq'], namedGraphs: true },
  { name: 'jsonld', mediaType: 'application/ld+json', extensions: ['.jsonld', '.json'], namedGraphs: true },
  { name: 'rdfxml', mediaType: 'application/rdf+xml', extensions: ['.rdf', '.owl', '.xml'], namedGraphs: false },
];

export const rdfFormat = (name: string): RdfFormat | undefined => RDF_FORMATS.find((f) => f.name === name);

export const rdfFormatOfFile = (path: string): RdfFormat | undefined =>
  RDF_FORMATS.find((f) => f.extensions.some((extension) => path.toLowerCase().endsWith(extension)));

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

const N3_WRITERS: Record<string, WriterFormat> = {
  turtle: 'Turtle',
  trig: 'TriG',
  ntriples: 'N-Triples',
  nquads: 'N-Quads',
};

/**
 * Quads in `format`: Turtle and TriG with those of `prefixes` they use, the others as their syntax
 * says. A syntax without named graphs gets every triple once, whatever its graph.
 */
export function writeRdf(quads: RDF.Quad[], format: RdfFormat, prefixes: Record<string, string> = PREFIXES): string {
  const writer = N3_WRITERS[format.name];
  if (writer) return writeQuads(quads, writer, usedPrefixes(quads, prefixes));
  const store = newStore();
  store.load(writeQuads(quads, format.namedGraphs ? 'N-Quads' : 'N-Triples'), {
    format: format.namedGraphs ? 'application/n-quads' : 'application/n-triples',
  });
  return format.namedGraphs
    ? store.dump({ format: format.mediaType })
    : store.dump({ format: format.mediaType, from_graph_name: defaultGraph() });
}

/** The prefixes whose namespace starts an IRI of the quads: a document declares only what it uses. */
function usedPrefixes(quads: RDF.Quad[], prefixes: Record<string, string>): Record<string, string> {
  const iris = new Set<string>();
  const add = (term: RDF.Term) => {
    if (term.termType === 'NamedNode') iris.add(term.value);
    // A language tag or a plain string needs no datatype written out.
    else if (term.termType === 'Literal' && !term.language && term.datatype.value !== XSD_STRING) {
      iris.add(term.datatype.value);
    }
  };
  for (const q of quads) {
    // Turtle writes rdf:type as `a`: it needs no prefix.
    if (q.predicate.value !== RDF_TYPE) add(q.predicate);
    for (const term of [q.subject, q.object, q.graph]) add(term);
  }
  const namespaces = Object.entries(prefixes);
  const used = new Set<string>();
  for (const iri of iris) for (const [name, namespace] of namespaces) if (iri.startsWith(namespace)) used.add(name);
  return Object.fromEntries(namespaces.filter(([name]) => used.has(name)));
}
