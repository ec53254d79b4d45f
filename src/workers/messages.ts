// What the pool and its workers say to each other. Everything here is structured-clone-safe data.
import type { WireError } from '../errors.ts';
import type { Job, WorkerInit } from './jobs.ts';

export interface WorkerData {
  /** URL of the worker module, loaded by worker-entry.mjs (TypeScript in development, JavaScript when built). */
  entry: string;
  init: WorkerInit;
}

export interface JobRequest {
  id: number;
  job: Job;
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
  | { type: 'ready'; warmUpMs: number; memory: WorkerMemory }
  | { type: 'done'; id: number; output: unknown; memory: WorkerMemory }
  | { type: 'failed'; id: number; error: WireError; memory: WorkerMemory };
