// Writing the graph back out for people: TriG/Turtle with the project's prefixes, or N-Quads.

import type * as RDF from '@rdfjs/types';
import { Writer } from 'n3';
import oxigraph from 'oxigraph';
import { PREFIXES } from './namespaces.ts';

export type ExportFormat = 'trig' | 'nquads' | 'turtle';

/** The whole dataset (TriG or N-Quads), or one named graph (Turtle). */
export function exportGraph(store: oxigraph.Store, format: ExportFormat, graph?: string): string {
  if (format === 'nquads' && graph)
    return store.dump({ format: 'application/n-quads', from_graph_name: oxigraph.namedNode(graph) });
  // The default graph is derived (the union of the named graphs): only the named graphs are written.
  const quads = (
    store.match(null, null, null, graph ? oxigraph.namedNode(graph) : null) as unknown as RDF.Quad[]
  ).filter((q) => q.graph.termType !== 'DefaultGraph');
  const order = (q: RDF.Quad) =>
    `${q.graph.value}\u0000${q.subject.termType === 'BlankNode' ? '~' : ''}${q.subject.value}\u0000${q.predicate.value}`;
  const sorted = quads.map((q) => [order(q), q] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const writer = new Writer(
    format === 'nquads'
      ? { format: 'N-Quads' }
      : { format: format === 'turtle' ? 'Turtle' : 'TriG', prefixes: PREFIXES },
  );
  for (const [, q] of sorted)
    writer.addQuad(q.subject, q.predicate, q.object, format === 'turtle' ? undefined : q.graph);
  let output = '';
  writer.end((error, result) => {
    if (error) throw error;
    output = result;
  });
  return output;
}
