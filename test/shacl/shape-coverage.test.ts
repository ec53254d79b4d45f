// The shapes themselves, and the mutation cases read as data (not what ran): every constraint
// declared in shapes/ is the expectation of at least one case. Being static, it passes or fails the
// same whatever -t filter the mutation tests are run with.
import { describe, expect, it } from 'vitest';
import { expectedConstraint } from './cases/case.ts';
import { CASE_MODULES } from './cases/index.ts';
import { declaredShapes, realShapes } from './mutate.ts';

const declared = () => declaredShapes(realShapes().dataset);
const allCases = CASE_MODULES.flatMap(({ cases }) => cases);

describe('the shapes themselves', () => {
  it('should give every shape an IRI under shapes:, an English label and a message, and use SHACL Core only', () => {
    expect(declared().problems).toEqual([]);
    expect(declared().constraints.length).toBeGreaterThan(100);
  });
});

describe('the mutation cases', () => {
  it('should have a mutation case for every constraint in shapes/', () => {
    const covered = new Set(allCases.map((c) => expectedConstraint(c.expected)));
    expect(declared().constraints.filter((key) => !covered.has(key))).toEqual([]);
  });
});
