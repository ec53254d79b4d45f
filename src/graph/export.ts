// Writing the graph back out for people: TriG/Turtle with the project's prefixes, or N-Quads.
import { namedNode, type Quad, type Store, writeQuads } from '../rdf/index.ts';

export type ExportFormat = 'trig' | 'nquads' | 'turtle';

/** The whole dataset (TriG or N-Quads), or one named graph (Turtle or N-Quads), sorted so that diffs stay small. */
export function exportGraph(store: Store, format: ExportFormat, graph?: string): string {
  if (format === 'nquads' && graph)
    return store.dump({ format: 'application/n-quads', from_graph_name: namedNode(graph) });
  // The default graph is derived (the union of the named graphs): only the named graphs are written.
  const quads = store
    .match(null, null, null, graph ? namedNode(graph) : null)
    .filter((q) => q.graph.termType !== 'DefaultGraph');
  const order = (q: Quad) =>
    `${q.graph.value}\u0000${q.subject.termType === 'BlankNode' ? '~' : ''}${q.subject.value}\u0000${q.predicate.value}`;
  const sorted = quads.map((q) => [order(q), q] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return writeQuads(
    sorted.map(([, q]) => q),
    format === 'nquads' ? 'N-Quads' : format === 'turtle' ? 'Turtle' : 'TriG',
  );
}
