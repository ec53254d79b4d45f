// How the project starts its threads (the query workers, the loader and its parsers, summit-kg validate's): through
// worker-entry.mjs, which runs a thread's TypeScript in development and its bundled JavaScript when
// built, with the thread's JavaScript heap bounded. Paths resolve alike from src/workers/ and from
// dist/bundle/ (the bundle's entries and chunks share one folder).
import { Worker } from 'node:worker_threads';

const ENTRY = new URL('../../src/workers/worker-entry.mjs', import.meta.url);
const MiB = 1024 * 1024;

/** Starts `module` (worker.ts, loader.ts, validator.ts, parser.ts) with `data`, whose `entry` names the module. */
export function startThread<Data extends { entry: string }>(
  module: 'worker' | 'loader' | 'validator' | 'parser',
  data: Omit<Data, 'entry'>,
  heapBytes: number,
): Worker {
  const entry = new URL(`./${module}${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;
  return new Worker(ENTRY, {
    workerData: { ...data, entry },
    resourceLimits: { maxOldGenerationSizeMb: Math.round(heapBytes / MiB) },
  });
}

/** Did a thread stop because its JavaScript heap was full? (V8 stops it; the process lives on.) */
export function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}
