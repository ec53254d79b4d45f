// What the pool and its workers say to each other. Everything here is structured-clone-safe data.
import type { CatalogData } from '../catalog/index.ts';
import type { Config } from '../config/index.ts';
import type { WireError } from '../errors.ts';
import type { GraphStats, PackedGraph } from '../graph/index.ts';
import type { SiteIndex } from '../pages/index.ts';
import type { ReportFormat, ValidationSummary } from '../shacl/index.ts';
import type { Job, WorkerInit } from './jobs.ts';

export interface WorkerData {
  /** URL of the worker module, loaded by worker-entry.mjs (TypeScript in development, JavaScript when built). */
  entry: string;
  init: WorkerInit;
}

/** A worker's first message: the engine's WebAssembly, compiled once by the pool for every worker (see compileEngine). */
export type EngineMessage = WebAssembly.Module;

export interface JobRequest {
  id: number;
  job: Job;
}

/**
 * Runs the warm-up queries. Their compiled code lands in the shared engine, so one worker of the first
 * start does it for all, replacements included; sent once every worker has loaded, as warming up while
 * another still loads would take a core from the start it waits for.
 */
export interface WarmUpRequest {
  warmUp: true;
}

/** Memory the worker holds. */
export interface WorkerMemory {
  /** Memory outside the JavaScript heap, mostly the WebAssembly store's: it never shrinks. */
  externalBytes: number;
  /** The JavaScript heap in use (bounded by the worker's heap limit, and given back by the collector). */
  heapBytes: number;
  /** Bytes of parsed queries memoised in this worker. */
  analysisCacheBytes: number;
  analysisCacheEntries: number;
}

export type WorkerReply =
  | { type: 'ready'; memory: WorkerMemory }
  /** The warm-up is done: the memory it leaves is the worker's new baseline. */
  | { type: 'warm'; memory: WorkerMemory }
  | { type: 'done'; id: number; output: unknown; memory: WorkerMemory }
  | { type: 'failed'; id: number; error: WireError; memory: WorkerMemory };

/** The graph as loaded at start, handed from the loader to the pool. */
export interface Dataset {
  /** The named graphs as N-Triples in shared memory (the workers rebuild the union default graph). */
  data: PackedGraph;
  files: { path: string; graphs: string[] }[];
  graphs: GraphStats[];
  quadCount: number;
  hash: string;
  /** From the start of the parse to the graph packed for the workers. */
  loadMs: number;
  /** Read back as packed at an earlier start from the same files (not parsed again). */
  kept: boolean;
}

export interface LoaderData {
  entry: string;
  settings: Pick<
    Config,
    'dataPaths' | 'maxDataBytes' | 'shapesPaths' | 'queriesPaths' | 'cacheDir' | 'shaclEngine' | 'validationHeapBytes'
  >;
  /** The data files' hash, when the starting thread could read them (it reads them once, for both). */
  hash?: string;
}

export type LoaderReply =
  | { type: 'loaded'; dataset: Dataset }
  /** The triples of the union default graph, once the loader's store holds it (the workers load meanwhile). */
  | { type: 'counted'; tripleCount: number }
  /** The pages' index, read from the loader's store; none when the loader did not load the data or the index is kept. */
  | { type: 'indexed'; index?: SiteIndex }
  /** The saved queries, read and tried on the engine: the HTTP thread serves them without reading them again. */
  | { type: 'catalogued'; catalog: CatalogData }
  | { type: 'checked'; validation: ValidationSummary }
  | { type: 'failed'; error: WireError };

export interface ValidatorData {
  entry: string;
  settings: Pick<Config, 'dataPaths' | 'maxDataBytes' | 'shapesPaths' | 'cacheDir' | 'shaclEngine'>;
  /** Files validated with the graph (a contribution): a report with them is not the graph's, and is not kept. */
  files: string[];
  format: 'text' | ReportFormat;
}

export type ValidatorReply =
  | { type: 'validated'; report: string; violations: number }
  | { type: 'failed'; error: WireError };
