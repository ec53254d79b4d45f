// The loaded graph handed from the loader thread to every worker: each named graph as N-Triples,
// side by side in one block of shared memory (read by every worker, never copied). Graph by graph,
// and loaded in slices, because no step may hold the whole graph as one string: V8 caps a string
// near 512 MiB (about 1.8 million quads of N-Quads), far under the store's own ceiling.
import { AppError } from '../errors.ts';
import { defaultGraph, namedNode, type Store } from '../rdf/index.ts';
import { type GraphStats, isTrap, slices, storeFull } from './load.ts';

export interface PackedGraph {
  /** The named graphs' N-Triples, one after the other (in shared memory when packed by packGraphs). */
  bytes: Uint8Array;
  /** Where each named graph's triples are in `bytes`. */
  parts: { graph: string; start: number; end: number }[];
}

/** Dumps every named graph of `store` into one shared block (the union default graph is rebuilt by unpackGraphs). */
export function packGraphs(store: Store, graphs: GraphStats[]): PackedGraph {
  const dumps = graphs.map(({ graph, quads }) => {
    try {
      return Buffer.from(store.dump({ format: 'application/n-triples', from_graph_name: namedNode(graph) }));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new AppError(
        'too-large',
        `The named graph ${graph} (${quads} triples) is too big to write as one string (${error.message}): split it into smaller graphs, or serve the data from an external triple store (summit-kg serve --store URL).`,
      );
    }
  });
  const bytes = new Uint8Array(new SharedArrayBuffer(dumps.reduce((sum, dump) => sum + dump.length, 0)));
  const parts: PackedGraph['parts'] = [];
  let start = 0;
  dumps.forEach((dump, i) => {
    bytes.set(dump, start);
    parts.push({ graph: graphs[i]?.graph ?? '', start, end: start + dump.length });
    start += dump.length;
  });
  return { bytes, parts };
}

/**
 * Loads a packed graph into `store`: each named graph, then each again into the default graph, which
 * is thus their union (a set: a triple several graphs state is there once), as loadGraph makes it.
 * The bytes must come from packGraphs (or its kept copy): they are not checked again.
 */
export function unpackGraphs(store: Store, packed: PackedGraph, maxDataBytes: number): void {
  for (const target of ['named', 'default'] as const) {
    for (const { graph, start, end } of packed.parts) {
      try {
        store.load(slices(packed.bytes.subarray(start, end)), {
          format: 'application/n-triples',
          // Lenient: these bytes are Oxigraph's own dump of a graph parsed strictly, so checking each IRI and
          // language tag again finds nothing and costs a quarter of the load (13.6 s against 9.8 s at 1M quads).
          lenient: true,
          // Not no_transaction: Oxigraph's bulk loader grows WebAssembly memory by about 170 MB at once,
          // which it never gives back (every worker would rest that much larger).
          to_graph_name: target === 'named' ? namedNode(graph) : defaultGraph(),
        });
      } catch (error) {
        if (isTrap(error)) throw storeFull(graph, error, maxDataBytes);
        throw error;
      }
    }
  }
}
