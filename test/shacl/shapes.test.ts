// The SHACL shapes of shapes/ on the real graph: the shipped data conforms, and every constraint
// reports the defect it is for when a copy of the real data is broken in exactly that way. The cases
// are data, one module per shapes file (cases/); shape-coverage.test.ts checks that every constraint
// has one.
import { beforeAll, describe, expect, it } from 'vitest';
import { type ValidationResult, validateGraph } from '../../src/shacl/index.ts';
import { CASE_MODULES } from './cases/index.ts';
import { describeIssue, shippedValidation, shouldConform, shouldViolate } from './expectations.ts';
import { mutated, realGraph, realShapes, remove } from './mutate.ts';

// Each mutation validates the whole graph again (a few hundred ms on a busy machine).
const SLOW = { timeout: 60_000 };

let baseline: ValidationResult;

beforeAll(async () => {
  baseline = await shippedValidation();
}, 60_000);

describe('the shipped graph', SLOW, () => {
  it('should conform to the shapes, with warnings only', async () => {
    const store = realGraph();
    const started = performance.now();
    const again = await validateGraph(store, realShapes());
    const warm = performance.now() - started;
    // Measured, not asserted: these machines are shared and noisy.
    console.info(
      `validated ${store.tripleCount} triples in ${baseline.durationMs.toFixed(0)} ms (first run), ${warm.toFixed(0)} ms (second run); ` +
        `${baseline.violations} violations, ${baseline.warnings} warnings`,
    );
    expect(baseline.issues.filter((i) => i.severity === 'Violation').map(describeIssue)).toEqual([]);
    expect(again.violations).toBe(0);
  });

  it('should keep the default graph the union of the named graphs in a mutated copy', () => {
    const copy = mutated(remove('signature:paris-declaration-07 aas:listPosition ?p'));
    const ask = (q: string) =>
      copy.store.query(`PREFIX aas: <https://w3id.org/aiactionsummit/ontology#> ${q}`) as boolean;
    expect(ask('ASK { <https://w3id.org/aiactionsummit/id/signature/paris-declaration-07> aas:listPosition ?p }')).toBe(
      false,
    );
    expect(ask('ASK { <https://w3id.org/aiactionsummit/id/signature/paris-declaration-08> aas:listPosition 8 }')).toBe(
      true,
    );
    expect(copy.graphs.find((g) => g.graph.endsWith('/graph/declaration'))!.quads).toBe(
      realGraph().graphs.find((g) => g.graph.endsWith('/graph/declaration'))!.quads - 1,
    );
  });
});

describe.each(CASE_MODULES.map((m) => [m.file, m] as const))('shapes/%s.ttl', SLOW, (_file, { cases, conforming }) => {
  it.each(cases.map((c) => [c.what, c] as const))('should report %s', (_what, { update, expected }) =>
    shouldViolate(update, expected),
  );
  it.each(conforming.map((c) => [c.what, c] as const))('should accept %s', (_what, { update }) =>
    shouldConform(update),
  );
});
