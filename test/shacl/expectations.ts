// The two assertions of the shape tests: a mutation of the real graph makes a shape report exactly
// the expected result (shouldViolate), or adds no result at all (shouldConform).
import { expect } from 'vitest';
import { type ValidationIssue, type ValidationResult, validateGraph } from '../../src/shacl/index.ts';
import type { Expected } from './cases/case.ts';
import { expand, mutated, realGraph, realShapes, SHAPES_NS, shorten } from './mutate.ts';

let shipped: Promise<ValidationResult> | undefined;

/** The validation of the shipped graph, run once: a mutation's results are compared with it. */
export const shippedValidation = (): Promise<ValidationResult> =>
  (shipped ??= validateGraph(realGraph(), realShapes()));

const issueKey = (i: ValidationIssue) => [i.severity, i.shape, i.path, i.focusNode, i.constraint, i.value].join(' ');

export const describeIssue = (i: ValidationIssue) =>
  `${i.severity} ${shorten(i.shape)} ${i.path ? shorten(i.path) : '(node)'} ${i.constraint} focus=${shorten(i.focusNode)}${i.value ? ` value=${i.value}` : ''}`;

/** The results the mutation adds to those of the shipped data. */
async function newIssues(update: string): Promise<ValidationIssue[]> {
  const before = new Set((await shippedValidation()).issues.map(issueKey));
  const result = await validateGraph(mutated(update), realShapes());
  return result.issues.filter((issue) => !before.has(issueKey(issue)));
}

/** Applies the update to a copy of the real graph and expects the shape to report it, and nothing unrelated. */
export async function shouldViolate(update: string, expected: Expected): Promise<void> {
  const shape = SHAPES_NS + expected.shape;
  const path = expected.path === undefined ? undefined : expand(expected.path);
  const constraint = `sh:${expected.constraint}ConstraintComponent`;
  const severity = expected.severity ?? 'Violation';
  const fresh = await newIssues(update);
  const sameShapeAndPath = (i: ValidationIssue) => i.shape === shape && i.path === path;
  const matching = fresh.filter(
    (i) =>
      sameShapeAndPath(i) &&
      i.constraint === constraint &&
      i.severity === severity &&
      (!expected.focusNode || i.focusNode === expand(expected.focusNode)),
  );
  expect(
    matching.length,
    `expected ${severity} ${expected.shape} ${expected.path ?? '(node)'} ${constraint}; new results were:\n${fresh.map(describeIssue).join('\n')}`,
  ).toBeGreaterThan(0);
  for (const issue of matching)
    expect(issue.message, "every result carries the shape's own message").not.toMatch(/^does not satisfy/);
  const allowed = new Set((expected.alsoReportedBy ?? []).map((name) => SHAPES_NS + name));
  const unrelated = fresh.filter((i) => i.severity === 'Violation' && !sameShapeAndPath(i) && !allowed.has(i.shape));
  expect(unrelated.map(describeIssue), 'violations from other shapes').toEqual([]);
}

/** Applies the update to a copy of the real graph and expects no new result at all. */
export async function shouldConform(update: string): Promise<void> {
  expect((await newIssues(update)).map(describeIssue)).toEqual([]);
}
