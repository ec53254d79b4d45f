// The two SHACL engines of src/shacl/engines.ts must agree: the same conformance and the same set of
// results (severity, shape, focus node, path, constraint, value) on the shipped graph and on every
// mutation of the shape tests' case modules (test/shacl/cases/). Each mutation is applied once and
// validated by each engine. Slow: every case validates the whole graph twice, once with the slower
// rdf-validate-shacl.
import { describe, expect, it } from 'vitest';
import { SHACL_ENGINES, type ValidationIssue, validateGraph } from '../../src/shacl/index.ts';
import { CASE_MODULES } from '../shacl/cases/index.ts';
import { mutated, realGraph, realShapes, shorten } from '../shacl/mutate.ts';

const TIMEOUT = { timeout: 120_000 };
const [FIRST, SECOND] = SHACL_ENGINES;

/** Each validation labels blank nodes afresh: compare them as "a blank node". */
const term = (value: string) => (value.startsWith('_:') ? '_:blank' : value);

/** A result as both engines must give it, readable in a failure message. */
const resultOf = (i: ValidationIssue) =>
  [
    i.severity,
    shorten(i.shape),
    `focus=${term(shorten(i.focusNode))}`,
    `path=${i.path ? shorten(i.path) : '(node)'}`,
    i.constraint,
    `value=${i.value === undefined ? '(none)' : term(i.value)}`,
  ].join(' ');

/** Validates the graph with each engine and expects them to agree; `label` names the case. */
async function expectAgreement(graph: Parameters<typeof validateGraph>[0], label: string): Promise<void> {
  const first = await validateGraph(graph, realShapes(), FIRST);
  const second = await validateGraph(graph, realShapes(), SECOND);
  const firstResults = new Set(first.issues.map(resultOf));
  const secondResults = new Set(second.issues.map(resultOf));
  expect(
    {
      conforms: second.conforms,
      [`only from ${FIRST}`]: [...firstResults].filter((r) => !secondResults.has(r)).sort(),
      [`only from ${SECOND}`]: [...secondResults].filter((r) => !firstResults.has(r)).sort(),
    },
    `${label}: ${FIRST} and ${SECOND} disagree`,
  ).toEqual({ conforms: first.conforms, [`only from ${FIRST}`]: [], [`only from ${SECOND}`]: [] });
}

describe('the two SHACL engines', TIMEOUT, () => {
  it('should agree on the shipped graph', () => expectAgreement(realGraph(), 'the shipped graph'));
});

describe.each(CASE_MODULES.map((m) => [m.file, m] as const))(
  'the two SHACL engines on the mutations of shapes/%s.ttl',
  TIMEOUT,
  (file, { cases, conforming }) => {
    it.each([...cases, ...conforming].map((c) => [c.what, c] as const))('should agree on %s', (what, { update }) =>
      expectAgreement(mutated(update), `shapes/${file}.ttl: ${what}`),
    );
  },
);
