// `summit-kg validate` on a thread of its own (validator.ts), so that a graph too large for the
// validation's heap bound ends in a message naming the bound, and the command's exit code, instead of
// V8 stopping the whole process.
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/index.ts';
import { AppError, fromWire } from '../errors.ts';
import { heapExhausted, isOutOfMemory, validationLimits } from './heap.ts';
import type { ValidatorData, ValidatorReply } from './messages.ts';

const ENTRY = new URL('../../src/workers/worker-entry.mjs', import.meta.url);
const VALIDATOR = new URL(import.meta.url.endsWith('.ts') ? './validator.ts' : './validator.js', import.meta.url).href;

export interface ThreadValidation {
  /** The report in the format asked for. */
  report: string;
  violations: number;
}

export function validateInThread(
  settings: ValidatorData['settings'] & Pick<Config, 'validationHeapBytes'>,
  files: string[],
  format: ValidatorData['format'],
): Promise<ThreadValidation> {
  const { validationHeapBytes, ...threadSettings } = settings;
  const data: ValidatorData = { entry: VALIDATOR, settings: threadSettings, files, format };
  const worker = new Worker(ENTRY, { workerData: data, resourceLimits: validationLimits(validationHeapBytes) });
  return new Promise((resolve, reject) => {
    worker.on('message', (reply: ValidatorReply) => {
      if (reply.type === 'validated') resolve({ report: reply.report, violations: reply.violations });
      else reject(fromWire(reply.error));
    });
    worker.on('error', (error) =>
      reject(
        isOutOfMemory(error)
          ? heapExhausted('The validation', validationHeapBytes)
          : new AppError('internal', `The validation failed: ${error.message}`),
      ),
    );
    // Settled by then, unless the thread ended without a word.
    worker.on('exit', (code) => reject(new AppError('internal', `The validation ended with code ${code}.`)));
  });
}
