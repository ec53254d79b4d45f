// The heap bound of the threads that validate the graph (the loader at start, summit-kg validate's):
// V8 stops a thread past its bound and reports it to the thread that started it, where a whole process
// past its own would die with V8's message and exit code 134.
import type { ResourceLimits } from 'node:worker_threads';
import { AppError } from '../errors.ts';

const MiB = 1024 * 1024;
const SETTING = 'SUMMIT_KG_VALIDATION_HEAP_BYTES';

export function validationLimits(heapBytes: number): ResourceLimits {
  return { maxOldGenerationSizeMb: Math.round(heapBytes / MiB) };
}

/** Did a thread stop because its JavaScript heap was full? */
export function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** What ran out of memory, and the setting that bounds it. */
export function heapExhausted(what: string, heapBytes: number): AppError {
  return new AppError(
    'too-large',
    `${what} ran out of memory: the thread's JavaScript heap is bounded at ${Math.round(heapBytes / MiB)} MiB (${SETTING}, --validation-heap-bytes). Raise the bound if the machine has the memory, or validate a smaller graph.`,
    { limit: { setting: SETTING, value: heapBytes } },
  );
}
