// A mutation case of the shape tests: a SPARQL update that breaks a copy of the real graph in one
// way (written with the helpers of ../mutate.ts), and the validation result it must produce.
import type { Severity } from '../../../src/shacl/index.ts';
import { constraintKey, expand, SHAPES_NS } from '../mutate.ts';

export interface Expected {
  /** Local name of the shape under shapes:, e.g. 'SignatureShape'. */
  shape: string;
  /** The property path as a CURIE ('aas:listPosition', '^aas:signature'); absent for a node-level constraint. */
  path?: string;
  /** The constraint component without sh: and ConstraintComponent, e.g. 'MinCount'. */
  constraint: string;
  focusNode?: string;
  severity?: Severity;
  /** Other shapes that rightly report the same broken data too (any other new violation fails the test). */
  alsoReportedBy?: string[];
}

/** A defect the shapes must report: `what` names it, as a sentence ("a label without a language tag"). */
export interface ViolationCase {
  what: string;
  update: string;
  expected: Expected;
}

/** A change the shapes must accept without any new result. */
export interface ConformanceCase {
  what: string;
  update: string;
}

/** The constraint an expectation is about, as `declaredShapes` names it: `shapes:X path sh:YConstraintComponent`. */
export const expectedConstraint = (expected: Expected): string =>
  constraintKey(
    SHAPES_NS + expected.shape,
    expected.path === undefined ? undefined : expand(expected.path),
    `sh:${expected.constraint}ConstraintComponent`,
  );
