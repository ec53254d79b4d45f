// Validation at load: a graph that violates the shapes is not served, unless the operator insists.
import { AppError } from '../errors.ts';
import { textReport } from './report.ts';
import type { ValidationSummary } from './validate.ts';

/** Throws 'shapes-violated' on violations unless `allowInvalid`; says what it lets through, an unvalidated graph included. */
export function judgeGraph(summary: ValidationSummary, allowInvalid: boolean, log: (line: string) => void): void {
  if (summary.skipped) {
    log(
      `WARNING: serving a graph that was NOT validated: its validation was ${summary.skipped}. /health and its pages say so.`,
    );
    return;
  }
  if (summary.violations > 0 && !allowInvalid) {
    throw new AppError(
      'shapes-violated',
      `${textReport(summary)}\nRefusing to serve a graph that violates its shapes. Fix the data, or start with --allow-invalid (SUMMIT_KG_ALLOW_INVALID=true) to serve it anyway.`,
    );
  }
  if (summary.violations > 0) {
    log(`WARNING: serving a graph that VIOLATES its shapes (--allow-invalid):\n${textReport(summary)}`);
  } else if (summary.warnings > 0) {
    log(
      `The graph conforms to its shapes, with ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'} (summit-kg validate lists them).`,
    );
  }
}
