// Validation reports that outlive a run: the same data and the same shapes always give the same
// report, so a start on unchanged files reuses the last one instead of validating again. A report
// that cannot be read or written is simply recomputed: the cache is an optimisation, never a source.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidationSummary } from './validate.ts';

/** Changes whenever the validation's code or engine changes the meaning of a report. */
const FORMAT = 'summit-kg validation 1';

function pathOf(dir: string, dataHash: string, shapesHash: string): string {
  const key = createHash('sha256').update(`${FORMAT}\0${dataHash}\0${shapesHash}`).digest('hex').slice(0, 32);
  return join(dir, `validation-${key}.json`);
}

export function cachedValidation(dir: string, dataHash: string, shapesHash: string): ValidationSummary | undefined {
  if (!dir) return undefined;
  try {
    return JSON.parse(readFileSync(pathOf(dir, dataHash, shapesHash), 'utf8')) as ValidationSummary;
  } catch {
    return undefined;
  }
}

export function keepValidation(dir: string, dataHash: string, shapesHash: string, summary: ValidationSummary): void {
  if (!dir) return;
  const path = pathOf(dir, dataHash, shapesHash);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${path}.${process.pid}.tmp`, JSON.stringify(summary));
    renameSync(`${path}.${process.pid}.tmp`, path);
  } catch {
    // A read-only folder (a container image, say): the next start validates again.
  }
}
