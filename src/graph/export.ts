// Writing the graph back out for people, in every RDF syntax: TriG/Turtle with the project's
// prefixes, N-Quads, N-Triples, JSON-LD, RDF/XML.
import { defaultGraph, namedNode, type Quad, type RdfFormat, type Store, writeRdf } from '../rdf/index.ts';

/**
 * The whole dataset, or one named graph, sorted so that diffs stay small. A syntax with named graphs
 * gets the named graphs; one without gets the named graph asked for, or else the default graph (the
 * union of the named graphs, each triple once).
 */
export function exportGraph(store: Store, format: RdfFormat, graph?: string): string {
  const quads = graph
    ? store.match(null, null, null, namedNode(graph))
    : format.namedGraphs
      ? // The default graph is derived (the union of the named graphs): only the named graphs are written.
        store.match(null, null, null, null).filter((q) => q.graph.termType !== 'DefaultGraph')
      : store.match(null, null, null, defaultGraph());
  const order = (q: Quad) =>
    `${q.graph.value}\u0000${q.subject.termType === 'BlankNode' ? '~' : ''}${q.subject.value}\u0000${q.predicate.value}`;
  const sorted = quads.map((q) => [order(q), q] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return writeRdf(
    sorted.map(([, q]) => q),
    format,
  );
}
