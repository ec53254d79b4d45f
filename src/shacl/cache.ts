// Validation reports that outlive a run: the same data and the same shapes always give the same
// report, so a start on unchanged files (and code) reuses the last one instead of validating again.
import { keepJson, keptName, readKeptJson } from '../config/index.ts';
import { hashOfFiles } from '../graph/index.ts';
import type { ShaclEngine } from './engines.ts';
import type { ValidationSummary } from './validate.ts';

/** The hash of the shapes and the engine: a report is kept per engine. */
export const shapesKey = (settings: { shapesPaths: string[]; shaclEngine: ShaclEngine }) =>
  `${hashOfFiles(settings.shapesPaths)} ${settings.shaclEngine}`;

const nameOf = (dataHash: string, shapesHash: string) => keptName('validation', dataHash, shapesHash);

export function cachedValidation(dir: string, dataHash: string, shapesHash: string): ValidationSummary | undefined {
  return readKeptJson<ValidationSummary>(dir, nameOf(dataHash, shapesHash));
}

export function keepValidation(dir: string, dataHash: string, shapesHash: string, summary: ValidationSummary): void {
  keepJson(dir, nameOf(dataHash, shapesHash), summary);
}
