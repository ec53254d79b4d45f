// shacl-engine is called a shape and a batch of its focus nodes at a time (src/shacl/engines.ts), so
// that it forgets what it validated between batches: the batches must give the same results, in one
// standard report, as a single call over every focus node.
import type * as RDF from '@rdfjs/types';
import { Store as N3Store, Parser } from 'n3';
import { defaultGraph } from 'oxigraph';
import { expect, it } from 'vitest';
import { type EngineReport, runEngine } from '../../src/shacl/engines.ts';
import { mutated, realShapes, removeIf } from './mutate.ts';

const SH = 'http://www.w3.org/ns/shacl#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** Each call labels blank nodes afresh: compare them as "a blank node". */
const term = (t: RDF.Term | undefined) => (t === undefined ? '' : t.termType === 'BlankNode' ? '_:' : t.value);
const results = (report: EngineReport) =>
  report.results
    .map((r) =>
      [r.severity, r.focusNode, r.value, r.shape, r.constraint].map(term).concat(r.path ?? '', ...r.messages.map(term)),
    )
    .map((fields) => fields.join(' | '))
    .sort();

it('should give the same results and one report when validating a batch of focus nodes at a time', async () => {
  // Without its French labels, hundreds of entities each give a warning: many batches of 7 have results.
  const { store } = mutated(removeIf('?s rdfs:label ?label', 'lang(?label) = "fr"'));
  const union = store.dump({ format: 'application/n-triples', from_graph_name: defaultGraph() });
  const data = new N3Store(new Parser({ format: 'N-Triples' }).parse(union));
  const shapes = realShapes().dataset;

  const whole = await runEngine('shacl-engine', shapes, data, Number.POSITIVE_INFINITY);
  const batched = await runEngine('shacl-engine', shapes, data, 7);
  expect(whole.results.length).toBeGreaterThan(100);
  expect(batched.conforms).toBe(whole.conforms);
  expect(results(batched)).toEqual(results(whole));
  const reports = batched.quads.filter(
    (q) => q.predicate.value === RDF_TYPE && q.object.value === `${SH}ValidationReport`,
  );
  expect(reports).toHaveLength(1);
  expect(batched.quads.filter((q) => q.predicate.value === `${SH}result`)).toHaveLength(batched.results.length);
  expect(batched.quads).toHaveLength(whole.quads.length);
});
