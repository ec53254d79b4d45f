// Loading Turtle/TriG files into an Oxigraph store: all of them or none, with file:line:column errors.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { AppError, located } from '../errors.ts';
import { BASE_IRI, count, graphForFile, namedNode, newStore, type Store, select, type Term } from '../rdf/index.ts';
import { type DataFile, listDataFiles, type RdfSyntax, syntaxOf } from './files.ts';
import { addUnion, type PackedGraph, packGraphs } from './pack.ts';
import { isTrap, mb, STORE_CEILING, slices, storeFull } from './store-limits.ts';

export interface LoadOptions {
  maxDataBytes: number;
  /** A file's text to use instead of what is on disk (or as an extra file): how a change is validated before it is written. */
  overlay?: { path: string; text: string };
}

export interface GraphStats {
  graph: string;
  quads: number;
}

export interface LoadedFile extends DataFile {
  /** The named graphs this file puts quads in: how a focus node of a validation report is traced to a file. */
  graphs: string[];
}

export interface LoadedGraph {
  store: Store;
  files: LoadedFile[];
  /** Quads in the named graphs (a fact stated by two sources counts twice). */
  quadCount: number;
  /** Distinct triples of the default graph, the union of the named graphs. */
  tripleCount: number;
  /** Named graphs and their sizes, sorted by name. */
  graphs: GraphStats[];
  /** SHA-256 of every file's path and bytes: changes whenever the data does (used for ETags). */
  hash: string;
  /** The named graphs as N-Triples in shared memory: what the workers load, and what the union was made from. */
  packed: PackedGraph;
  loadMs: number;
}

/** Oxigraph says "Parser error at line 3 column 7: …" or "… at line 3 between columns 11 and 22: …". */
export function parserError(file: string, message: string): AppError {
  const match = /line (\d+)(?: column (\d+)| between columns (\d+))[^:]*: (.*)$/s.exec(message);
  if (!match) return new AppError('syntax', `${file}: ${message}`, { file });
  const context = { file, line: Number(match[1]), column: Number(match[2] ?? match[3]) };
  return new AppError('syntax', located(context, match[4] ?? message), context);
}

function tooBig(total: number, limit: number): AppError {
  return new AppError(
    'too-large',
    `The data files add up to ${mb(total)}, over the ${mb(limit)} limit (SUMMIT_KG_MAX_DATA_BYTES). ${STORE_CEILING} ` +
      'Past that the load dies with an opaque trap. Split the data, serve it from an external triple store ' +
      '(summit-kg serve --store URL), or raise SUMMIT_KG_MAX_DATA_BYTES (--max-data-bytes) if you know it fits.',
    { limit: { setting: 'SUMMIT_KG_MAX_DATA_BYTES', value: limit } },
  );
}

function overlayFile(overlay: { path: string; text: string }): DataFile {
  const syntax = syntaxOf(overlay.path);
  if (!syntax) throw new AppError('usage', `${overlay.path}: not an RDF file`, { file: overlay.path });
  const stem = basename(overlay.path, extname(overlay.path));
  return { path: overlay.path, syntax, stem, bytes: Buffer.byteLength(overlay.text) };
}

/** A file's bytes (never one string: V8 caps a string near 512 MiB). */
function readBytes(file: DataFile): Buffer {
  try {
    return readFileSync(file.path);
  } catch (error) {
    throw new AppError('io', `${file.path}: cannot read the file (${(error as NodeJS.ErrnoException).code})`, {
      file: file.path,
    });
  }
}

/** The RDF files under `paths` (and the overlay), refused when they add up to more than `maxDataBytes`. */
export function dataFiles(paths: string[], maxDataBytes: number, overlay?: LoadOptions['overlay']): DataFile[] {
  const files = listDataFiles(paths);
  if (overlay && !files.some((file) => resolve(file.path) === resolve(overlay.path))) files.push(overlayFile(overlay));
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  if (total > maxDataBytes) throw tooBig(total, maxDataBytes);
  return files;
}

/**
 * Parses `files` into `store`, in order, with the named graphs each one adds (a graph two files fill
 * is listed under the first). Throws an AppError naming file:line:column at the first syntax error.
 */
export function readFiles(
  store: Store,
  files: DataFile[],
  maxDataBytes: number,
  bytesOf: (file: DataFile) => Uint8Array = readBytes,
): LoadedFile[] {
  return files.map((file) => {
    const before = new Set(graphNames(store, file));
    loadBytes(store, bytesOf(file), file, maxDataBytes);
    return { ...file, graphs: graphNames(store, file).filter((graph) => !before.has(graph)) };
  });
}

/**
 * Reads every RDF file under `paths` into one new store. Triples outside a named graph go to the
 * graph named after their file (see graphForFile). Throws an AppError naming file:line:column on
 * the first syntax error; a store is only returned when every file loaded.
 */
export function loadGraph(paths: string[], options: LoadOptions): LoadedGraph {
  const started = performance.now();
  const { overlay } = options;
  const files = dataFiles(paths, options.maxDataBytes, overlay);
  const store = newStore();
  const hash = createHash('sha256');
  const loaded = readFiles(store, files, options.maxDataBytes, (file) => {
    const bytes = overlay && resolve(file.path) === resolve(overlay.path) ? Buffer.from(overlay.text) : readBytes(file);
    hash.update(`${file.path}\0`).update(bytes).update('\0');
    return bytes;
  });
  // Dumped once: the workers' copy, each graph's size (its lines), and the union, loaded from it.
  const { packed, sizes: graphs } = packGraphs(
    store,
    loaded.flatMap((file) => file.graphs),
  );
  addUnion(store, packed, options.maxDataBytes);
  const quadCount = graphs.reduce((sum, g) => sum + g.quads, 0);
  return {
    store,
    files: loaded,
    quadCount,
    tripleCount: unionSize(store, quadCount),
    graphs,
    hash: hash.digest('hex'),
    packed,
    loadMs: performance.now() - started,
  };
}

/** Triples in the default graph of a store whose named graphs hold `quadCount` quads: everything else in it (half the time of counting it, at 1M quads). */
export const unionSize = (store: Store, quadCount: number) => store.size - quadCount;

/** The sizes of a store that holds `graphs` and their union: the named graphs' as counted, the union's on first use. */
export function storeSizes(store: Store, graphs: GraphStats[]): { graphs: Map<string, number>; union(): number } {
  const quadCount = graphs.reduce((sum, g) => sum + g.quads, 0);
  let union: number | undefined;
  return {
    graphs: new Map(graphs.map((g) => [g.graph, g.quads])),
    union: () => {
      union ??= unionSize(store, quadCount);
      return union;
    },
  };
}

/**
 * SHA-256 of the RDF files under `paths` (their paths and bytes, as loadGraph computes it), without
 * parsing them: a key for what was computed from them. Files over `maxDataBytes` in all are refused.
 */
export function hashOfFiles(paths: string[], maxDataBytes = Number.POSITIVE_INFINITY): string {
  const files = dataFiles(paths, maxDataBytes);
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\0`).update(readBytes(file)).update('\0');
  return hash.digest('hex');
}

/** Parses one file's bytes into `store`, in slices; triples outside a named graph go to the file's graph. */
function loadBytes(store: Store, bytes: Uint8Array, file: DataFile, maxDataBytes: number): void {
  try {
    store.load(slices(bytes), {
      format: file.syntax,
      base_iri: BASE_IRI,
      to_graph_name: namedNode(graphForFile(file.stem)),
      // In bulk, without a transaction (a fifth faster): a store that fails to load is thrown away whole, and
      // the extra WebAssembly memory the bulk loader keeps goes with the loader's thread or command.
      no_transaction: true,
    });
  } catch (error) {
    if (isTrap(error)) throw storeFull(file.path, error, maxDataBytes);
    throw parserError(file.path, (error as Error).message);
  }
}

/**
 * The names of the store's named graphs, sorted (cheap: no quad is counted). A graph named by a blank
 * node is refused: a graph is a source, cited and queried by its IRI.
 */
function graphNames(store: Store, file: DataFile): string[] {
  return graphNameTerms(store)
    .map((graph) => {
      if (graph.termType === 'BlankNode') {
        throw new AppError('syntax', `${file.path}: a graph is named by a blank node; name it with an IRI`, {
          file: file.path,
        });
      }
      return graph.value;
    })
    .sort();
}

/** Parses one Turtle/TriG/N-Triples/N-Quads document into a store of its own; triples outside a named graph go to `graph`. Throws a 'syntax' AppError naming `name`:line:column. */
export function parseDocument(text: string, syntax: RdfSyntax, graph: string, name: string): Store {
  const store = newStore();
  try {
    store.load(text, { format: syntax, base_iri: BASE_IRI, to_graph_name: namedNode(graph) });
  } catch (error) {
    throw parserError(name, (error as Error).message);
  }
  return store;
}

type GraphName = Extract<Term, { termType: 'NamedNode' | 'BlankNode' }>;

/** The terms naming the store's named graphs. */
export function graphNameTerms(store: Store): GraphName[] {
  return select(store, 'SELECT DISTINCT ?graph WHERE { GRAPH ?graph {} }').flatMap((row) => {
    const graph = row.get('graph');
    return graph?.termType === 'NamedNode' || graph?.termType === 'BlankNode' ? [graph] : [];
  });
}

/** Each graph's size, sorted by name: graph by graph, half the time of one COUNT grouped by graph (0.8 s against 1.75 s at 1M quads). */
function sizes(store: Store, graphs: GraphName[]): GraphStats[] {
  return graphs
    .map((graph) => ({
      graph: graph.value,
      quads: count(store, 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?graph { ?s ?p ?o } }', { named_graphs: [graph] }),
    }))
    .sort((a, b) => (a.graph < b.graph ? -1 : a.graph > b.graph ? 1 : 0));
}

/** The named graphs of a store and their sizes, sorted by name. */
export function namedGraphs(store: Store): GraphStats[] {
  return sizes(store, graphNameTerms(store));
}

/**
 * Makes the default graph the RDF merge of the named graphs: a set, so a fact stated by three sources
 * is one triple there (Oxigraph's union-default-graph mode would return it three times). Returns the
 * named graphs' sizes. Graph by graph: an INSERT holds all its solutions before it inserts them, so one
 * INSERT over every graph needs 0.4 GB more at a million quads and runs out of WebAssembly memory at
 * five million, where graph by graph fits (and is faster: 5.5 s against 6.5 s at a million).
 */
export function sealUnion(store: Store): GraphStats[] {
  const graphs = graphNameTerms(store);
  for (const graph of graphs) {
    if (graph.termType === 'NamedNode')
      store.update(`INSERT { ?s ?p ?o } WHERE { GRAPH <${graph.value}> { ?s ?p ?o } }`);
  }
  // A graph named by a blank node (an upload's TriG may have one; data files may not) cannot be named in a query.
  if (graphs.some((graph) => graph.termType === 'BlankNode')) {
    store.update('INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isBlank(?g)) }');
  }
  return sizes(store, graphs);
}

/** The whole store as N-Quads: how workers receive the data (fast to parse, no prefixes to resolve). */
export function toNQuads(store: Store): string {
  return store.dump({ format: 'application/n-quads' });
}
