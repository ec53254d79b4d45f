// Writing RDF text: n3's Writer for prefixed Turtle/TriG and line formats, Oxigraph's writers for
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
  for (const q of quads) writer.addQuad(q.subject, q.predicate, q.object, format === 'Turtle' ? undefined : q.graph);
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
