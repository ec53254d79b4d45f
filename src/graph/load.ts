// Loading Turtle/TriG files into an Oxigraph store: all of them or none, with file:line:column errors.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import oxigraph from 'oxigraph';
import { type DataFile, listDataFiles, type RdfSyntax } from './files.ts';
import { BASE_IRI, graphForFile } from './namespaces.ts';

/** A problem in the data, located as precisely as the parser allows. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${[file, line, column].filter((part) => part !== undefined).join(':')}: ${detail}`);
    this.name = 'DataError';
  }
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
  store: oxigraph.Store;
  files: LoadedFile[];
  /** Quads in the named graphs (a fact stated by two sources counts twice). */
  quadCount: number;
  /** Distinct triples of the default graph, the union of the named graphs. */
  tripleCount: number;
  /** Named graphs and their sizes, sorted by name. */
  graphs: GraphStats[];
  /** SHA-256 of every file's path and bytes: changes whenever the data does (used for ETags). */
  hash: string;
  loadMs: number;
}

/** Oxigraph says "Parser error at line 3 column 7: …" or "… at line 3 between columns 11 and 22: …". */
function parserErrorAt(file: string, message: string): DataError {
  const match = /line (\d+)(?: column (\d+)| between columns (\d+))[^:]*: (.*)$/s.exec(message);
  if (!match) return new DataError(file, message);
  return new DataError(file, match[4], Number(match[1]), Number(match[2] ?? match[3]));
}

function tooBig(total: number, limit: number): DataError {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return new DataError(
    'data',
    `the data files add up to ${mb(total)}, over the ${mb(limit)} limit. Each query worker holds the ` +
      'whole graph (and its union as the default graph) in a WebAssembly store whose memory cannot grow past 4 GiB ' +
      '(about 12 million triples); ' +
      'past that the load dies with an opaque trap. Split the data, serve it from an on-disk triple store, ' +
      'or raise SUMMIT_KG_MAX_DATA_BYTES (--max-data-bytes) if you know it fits.',
  );
}

/**
 * Reads every RDF file under `paths` into one new store. Triples outside a named graph go to the
 * graph named after their file (see graphForFile). Throws a DataError naming file:line:column on the
 * first syntax error; a store is only returned when every file loaded.
 */
export function loadGraph(paths: string[], options: { maxDataBytes: number }): LoadedGraph {
  const started = performance.now();
  const files = listDataFiles(paths);
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  if (total > options.maxDataBytes) throw tooBig(total, options.maxDataBytes);

  const store = new oxigraph.Store();
  const hash = createHash('sha256');
  const loaded: LoadedFile[] = [];
  for (const file of files) {
    const text = readFileSync(file.path, 'utf8');
    hash.update(`${file.path}\0${text}\0`);
    // Each file is parsed into a store of its own first, to learn its graphs; then merged as N-Quads.
    const own = parseDocument(text, file.syntax, graphForFile(file.stem), file.path);
    store.load(own.dump({ format: 'application/n-quads' }), { format: 'application/n-quads' });
    loaded.push({ ...file, graphs: namedGraphs(own).map((g) => g.graph) });
  }
  const graphs = sealUnion(store);
  return {
    store,
    files: loaded,
    quadCount: graphs.reduce((sum, g) => sum + g.quads, 0),
    tripleCount: Number(
      (store.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }') as Map<string, oxigraph.Term>[])[0].get('n')!.value,
    ),
    graphs,
    hash: hash.digest('hex'),
    loadMs: performance.now() - started,
  };
}

/** Parses one Turtle/TriG/N-Triples/N-Quads document into a store of its own; triples outside a named graph go to `graph`. Throws a DataError naming `name`:line:column. */
export function parseDocument(text: string, syntax: RdfSyntax, graph: string, name: string): oxigraph.Store {
  const store = new oxigraph.Store();
  try {
    store.load(text, { format: syntax, base_iri: BASE_IRI, to_graph_name: oxigraph.namedNode(graph) });
  } catch (error) {
    throw parserErrorAt(name, (error as Error).message);
  }
  return store;
}

/** The named graphs of a store and their sizes, sorted by name. */
export function namedGraphs(store: oxigraph.Store): GraphStats[] {
  const rows = store.query(
    'SELECT ?graph (COUNT(*) AS ?quads) WHERE { GRAPH ?graph { ?s ?p ?o } } GROUP BY ?graph ORDER BY ?graph',
  ) as Map<string, oxigraph.Term>[];
  return rows.map((row) => ({ graph: row.get('graph')!.value, quads: Number(row.get('quads')!.value) }));
}

/**
 * Makes the default graph the RDF merge of the named graphs: a set, so a fact stated by three sources
 * is one triple there (Oxigraph's union-default-graph mode would return it three times). Returns the
 * named graphs' sizes.
 */
export function sealUnion(store: oxigraph.Store): GraphStats[] {
  store.update('INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }');
  return namedGraphs(store);
}

/** The whole store as N-Quads: how workers receive the data (fast to parse, no prefixes to resolve). */
export function toNQuads(store: oxigraph.Store): string {
  return store.dump({ format: 'application/n-quads' });
}
