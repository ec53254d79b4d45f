// Validation at load: a graph that violates the shapes is not served, unless the operator insists.
import { AppError } from '../errors.ts';
import type { LoadedGraph } from '../graph/index.ts';
import { textReport } from './report.ts';
import { type Shapes, type ValidationResult, validateGraph } from './validate.ts';

/** Validates the loaded graph against the shapes; throws 'shapes-violated' on violations unless `allowInvalid`. */
export async function checkGraph(
  graph: LoadedGraph,
  shapes: Shapes,
  allowInvalid: boolean,
  log: (line: string) => void,
): Promise<ValidationResult> {
  const result = await validateGraph(graph, shapes);
  if (result.violations > 0 && !allowInvalid) {
    throw new AppError(
      'shapes-violated',
      `${textReport(result)}\nRefusing to serve a graph that violates its shapes. Fix the data, or start with --allow-invalid (SUMMIT_KG_ALLOW_INVALID=true) to serve it anyway.`,
    );
  }
  if (result.violations > 0) {
    log(`WARNING: serving a graph that VIOLATES its shapes (--allow-invalid):\n${textReport(result)}`);
  } else if (result.warnings > 0) {
    log(
      `The graph conforms to its shapes, with ${result.warnings} warning${result.warnings === 1 ? '' : 's'} (summit-kg validate lists them).`,
    );
  }
  return result;
}
