// Parsing the data files on every core. Oxigraph parses on one thread (about 10 s for a million
// quads here), so the files are cut into runs of about equal size, in their order: the calling thread
// parses the first run while a thread of its own (parser.ts) parses each of the others and packs its
// graphs. Once every run is parsed the workers can start from the packed graphs; the caller's store
// then takes the other runs' graphs and the union (completeGraph), for the pages' index and validation.
import { availableParallelism } from 'node:os';
import { AppError, fromWire, toWire, type WireError } from '../errors.ts';
import {
  addGraphs,
  addUnion,
  type DataFile,
  dataFiles,
  type GraphStats,
  joinPacked,
  type LoadedFile,
  type LoadedGraph,
  mergedSize,
  type PackedGraph,
  packGraphs,
  readFiles,
  unionSize,
} from '../graph/index.ts';
import { newStore, type Store } from '../rdf/index.ts';
import { isOutOfMemory, startThread } from './threads.ts';
import { heapExhausted } from './validate.ts';

/**
 * The least bytes of files a run is given: a smaller run costs a thread more than it saves, and every
 * thread's store grows by its bulk loader's reserve (about 170 MB), so a machine with many cores does
 * not start one per core for a small graph.
 */
const MIN_RUN_BYTES = 32 * 1024 * 1024;

export interface ParserData {
  entry: string;
  files: DataFile[];
  maxDataBytes: number;
}

interface ParsedRun {
  files: LoadedFile[];
  packed: PackedGraph;
  sizes: GraphStats[];
}

export type ParserReply = ({ type: 'parsed' } & ParsedRun) | { type: 'failed'; error: WireError };

/** The graph parsed and packed for the workers; its store lacks the other runs' graphs and the union until completeGraph. */
export interface ParsedGraph extends Omit<LoadedGraph, 'tripleCount'> {
  /** The graphs the other threads parsed, not yet in `store`. */
  others: PackedGraph[];
}

/** How many threads parse `bytes` of files: one per run of at least MIN_RUN_BYTES, at most one per core. */
export const threadsFor = (bytes: number, cores = availableParallelism()) =>
  Math.max(1, Math.min(cores, Math.floor(bytes / MIN_RUN_BYTES)));

/** `files` cut into at most `n` runs of about equal bytes, in their order (so the first run to fail has the first bad file). */
export function runsOf(files: DataFile[], n: number): DataFile[][] {
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const runs: DataFile[][] = [[]];
  let done = 0;
  for (const file of files) {
    const run = runs.at(-1) ?? [];
    // A new run at the file whose middle is past this run's share (never an empty run).
    if (run.length > 0 && runs.length < n && done + file.bytes / 2 > (total * runs.length) / n) runs.push([file]);
    else run.push(file);
    done += file.bytes;
  }
  return runs;
}

/** Parses one run and packs its graphs (what parser.ts does, on the calling thread). */
export function parseRun(files: DataFile[], maxDataBytes: number): ParsedRun & { store: Store } {
  const store = newStore();
  const loaded = readFiles(store, files, maxDataBytes);
  return {
    store,
    files: loaded,
    ...packGraphs(
      store,
      loaded.flatMap((file) => file.graphs),
    ),
  };
}

function parseInThread(files: DataFile[], maxDataBytes: number, heapBytes: number) {
  const thread = startThread<ParserData>('parser', { files, maxDataBytes }, heapBytes);
  const reply = new Promise<ParserReply>((resolve) => {
    const fail = (error: AppError) => resolve({ type: 'failed', error: toWire(error) });
    thread.once('message', resolve);
    thread.once('error', (error) =>
      fail(
        isOutOfMemory(error)
          ? heapExhausted('Parsing the data files', heapBytes)
          : new AppError('internal', `A parser thread failed: ${error.message}`),
      ),
    );
    // After a reply, its exit changes nothing (a promise settles once).
    thread.once('exit', (code) => fail(new AppError('internal', `A parser thread exited with code ${code}.`)));
  });
  return { reply, stop: () => void thread.terminate() };
}

/** Each named graph's size; a graph that several runs fill is counted once merged (a triple two files state is one). */
function sizesOf(runs: ParsedRun[]): GraphStats[] {
  const byGraph = new Map<string, ParsedRun[]>();
  for (const run of runs) for (const { graph } of run.sizes) byGraph.set(graph, [...(byGraph.get(graph) ?? []), run]);
  return [...byGraph]
    .map(([graph, [first, ...more]]) => ({
      graph,
      quads:
        more.length === 0
          ? (first?.sizes.find((size) => size.graph === graph)?.quads ?? 0)
          : mergedSize([first, ...more].flatMap((run) => (run ? partsOf(run.packed, graph) : []))),
    }))
    .sort((a, b) => (a.graph < b.graph ? -1 : a.graph > b.graph ? 1 : 0));
}

const partsOf = (packed: PackedGraph, graph: string) =>
  packed.parts.filter((part) => part.graph === graph).map(({ start, end }) => packed.bytes.subarray(start, end));

/**
 * Parses the RDF files under `paths` on `threads` threads (by default threadsFor their size), each
 * run strictly, as loadGraph does. Throws the error of the first file that fails, as
 * loadGraph would.
 */
export async function parseGraph(
  paths: string[],
  options: { maxDataBytes: number; heapBytes: number; hash: string; threads?: number },
): Promise<ParsedGraph> {
  const started = performance.now();
  const { maxDataBytes, heapBytes } = options;
  const files = dataFiles(paths, maxDataBytes);
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const threads = options.threads ?? threadsFor(total);
  const [first = [], ...rest] = runsOf(files, threads);
  const helpers = rest.map((run) => parseInThread(run, maxDataBytes, heapBytes));
  let own: ParsedRun & { store: Store };
  try {
    own = parseRun(first, maxDataBytes);
  } catch (error) {
    for (const helper of helpers) helper.stop();
    throw error;
  }
  const others: ParsedRun[] = [];
  for (const [i, helper] of helpers.entries()) {
    const reply = await helper.reply;
    if (reply.type === 'failed') {
      for (const later of helpers.slice(i + 1)) later.stop();
      throw fromWire(reply.error);
    }
    others.push(reply);
  }
  const runs = [own, ...others];
  const seen = new Set<string>();
  const graphs = sizesOf(runs);
  return {
    store: own.store,
    // A graph several files fill is listed under the first, as loadGraph lists it.
    files: runs
      .flatMap((run) => run.files)
      .map((file) => ({ ...file, graphs: file.graphs.filter((g) => !seen.has(g) && seen.add(g)) })),
    graphs,
    quadCount: graphs.reduce((sum, g) => sum + g.quads, 0),
    hash: options.hash,
    packed: joinPacked(runs.map((run) => run.packed)),
    others: others.map((run) => run.packed),
    loadMs: performance.now() - started,
  };
}

/** Adds the other runs' graphs and the union default graph to the parsed graph's store: the graph loadGraph gives. */
export function completeGraph(parsed: ParsedGraph, maxDataBytes: number): LoadedGraph {
  const { others, ...graph } = parsed;
  for (const packed of others) addGraphs(graph.store, packed, maxDataBytes);
  addUnion(graph.store, graph.packed, maxDataBytes);
  return { ...graph, tripleCount: unionSize(graph.store, graph.quadCount) };
}
