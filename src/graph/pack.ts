// The loaded graph handed from the loader thread to every worker: each named graph as N-Triples,
// side by side in one block of shared memory (read by every worker, never copied). Graph by graph,
// and loaded in slices, because no step may hold the whole graph as one string: V8 caps a string
// near 512 MiB (about 1.8 million quads of N-Quads), far under the store's own ceiling.
import { AppError } from '../errors.ts';
// Not through rdf/index.ts: a worker loads this module before it is ready, and the index would load the
// SPARQL parser and the RDF writers with it.
import { defaultGraph, namedNode, newStore, type Store } from '../rdf/store.ts';
import type { GraphStats } from './load.ts';
import { isTrap, slices, storeFull } from './store-limits.ts';

export interface PackedGraph {
  /** The named graphs' N-Triples, one after the other (in shared memory when packed by packGraphs). */
  bytes: Uint8Array;
  /** Where each named graph's triples are in `bytes`. */
  parts: { graph: string; start: number; end: number }[];
}

/** Bytes of `dump` that end a line: Oxigraph writes one triple per line (a newline inside a literal is escaped). */
function lines(dump: Uint8Array): number {
  let count = 0;
  for (let at = dump.indexOf(10); at !== -1; at = dump.indexOf(10, at + 1)) count++;
  return count;
}

/**
 * Dumps each of `graphs` (named graphs of `store`) into one shared block, and counts their triples on
 * the way (a line each: far cheaper than a COUNT in the store). Returns their sizes sorted by name.
 */
export function packGraphs(store: Store, graphs: string[]): { packed: PackedGraph; sizes: GraphStats[] } {
  const names = [...graphs].sort();
  const dumps = names.map((graph) => {
    try {
      return Buffer.from(store.dump({ format: 'application/n-triples', from_graph_name: namedNode(graph) }));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new AppError(
        'too-large',
        `The named graph ${graph} is too big to write as one string (${error.message}): split it into smaller graphs, or serve the data from an external triple store (summit-kg serve --store URL).`,
      );
    }
  });
  const bytes = new Uint8Array(new SharedArrayBuffer(dumps.reduce((sum, dump) => sum + dump.length, 0)));
  const parts: PackedGraph['parts'] = [];
  const sizes: GraphStats[] = [];
  let start = 0;
  dumps.forEach((dump, i) => {
    const graph = names[i] ?? '';
    bytes.set(dump, start);
    parts.push({ graph, start, end: start + dump.length });
    sizes.push({ graph, quads: lines(dump) });
    start += dump.length;
  });
  return { packed: { bytes, parts }, sizes };
}

type Target = 'named' | 'default';

/** Loads the packed graphs into `store`, into their named graphs or into the default graph. */
function loadPacked(store: Store, packed: PackedGraph, target: Target, bulk: boolean, maxDataBytes: number): void {
  for (const { graph, start, end } of packed.parts) {
    try {
      store.load(slices(packed.bytes.subarray(start, end)), {
        format: 'application/n-triples',
        // Lenient: these bytes are Oxigraph's own dump of a graph parsed strictly, so checking each IRI and
        // language tag again finds nothing and costs a quarter of the load (13.6 s against 9.8 s at 1M quads).
        lenient: true,
        no_transaction: bulk,
        to_graph_name: target === 'named' ? namedNode(graph) : defaultGraph(),
      });
    } catch (error) {
      if (isTrap(error)) throw storeFull(target === 'named' ? graph : 'the union default graph', error, maxDataBytes);
      throw error;
    }
  }
}

/**
 * Makes the default graph of `store`, which holds the packed named graphs, their RDF merge: a set, so a
 * fact stated by three sources is one triple there (Oxigraph's union-default-graph mode would return it
 * three times). Loading the dumps again costs less than an INSERT per graph (3.7 s against 6.2 s at a
 * million quads), in bulk: for a store that is thrown away once read (the loader's, a command's).
 */
export function addUnion(store: Store, packed: PackedGraph, maxDataBytes: number): void {
  loadPacked(store, packed, 'default', true, maxDataBytes);
}

/** Loads packed graphs into their named graphs of `store`, in bulk (for a store thrown away once read). */
export function addGraphs(store: Store, packed: PackedGraph, maxDataBytes: number): void {
  loadPacked(store, packed, 'named', true, maxDataBytes);
}

/** Packed graphs one after the other in one shared block (a graph packed twice has two parts: loading both gives its merge). */
export function joinPacked(packs: PackedGraph[]): PackedGraph {
  if (packs.length === 1 && packs[0]) return packs[0];
  const bytes = new Uint8Array(new SharedArrayBuffer(packs.reduce((sum, pack) => sum + pack.bytes.length, 0)));
  const parts: PackedGraph['parts'] = [];
  let offset = 0;
  for (const pack of packs) {
    bytes.set(pack.bytes, offset);
    for (const part of pack.parts) parts.push({ ...part, start: part.start + offset, end: part.end + offset });
    offset += pack.bytes.length;
  }
  return { bytes, parts };
}

/**
 * Loads a packed graph into `store`: each named graph, then each again into the default graph, which
 * is thus their union, as loadGraph makes it. The bytes must come from packGraphs (or its kept copy):
 * they are not checked again.
 */
export function unpackGraphs(store: Store, packed: PackedGraph, maxDataBytes: number): void {
  // Not in bulk: Oxigraph's bulk loader grows WebAssembly memory by about 170 MB at once, which it never
  // gives back (every worker would rest that much larger).
  loadPacked(store, packed, 'named', false, maxDataBytes);
  loadPacked(store, packed, 'default', false, maxDataBytes);
}

/** Triples in the merge of packed parts (a triple two parts hold is one). */
export function mergedSize(parts: Uint8Array[]): number {
  const store = newStore();
  for (const part of parts) store.load(slices(part), { format: 'application/n-triples', lenient: true });
  return store.size;
}
