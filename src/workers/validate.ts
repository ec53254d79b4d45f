// `summit-kg validate` on a thread of its own (validator.ts), so that a graph too large for the
// validation's heap bound ends in a message naming the bound, and the command's exit code, instead of
// V8 stopping the whole process with its own (exit 134). The loader at start has the same bound.
import type { Config } from '../config/index.ts';
import { AppError, fromWire } from '../errors.ts';
import type { ValidatorData, ValidatorReply } from './messages.ts';
import { isOutOfMemory, startThread } from './threads.ts';

const MiB = 1024 * 1024;
const SETTING = 'SUMMIT_KG_VALIDATION_HEAP_BYTES';

/** What ran out of memory, and the setting that bounds it. */
export function heapExhausted(what: string, heapBytes: number): AppError {
  return new AppError(
    'too-large',
    `${what} ran out of memory: the thread's JavaScript heap is bounded at ${Math.round(heapBytes / MiB)} MiB (${SETTING}, --validation-heap-bytes). Raise the bound if the machine has the memory, or validate a smaller graph.`,
    { limit: { setting: SETTING, value: heapBytes } },
  );
}

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
  const worker = startThread<ValidatorData>(
    'validator',
    { settings: threadSettings, files, format },
    validationHeapBytes,
  );
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
