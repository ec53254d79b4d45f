// The synthetic graph: deterministic, shaped like the real one (same classes, predicates and named
// graphs), and scaled (each copy adds the same quads). No timing is asserted here.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyLine,
  factorFor,
  markLiteral,
  quadsPerCopy,
  readSource,
  renameTerm,
  type SourceGraph,
  writeScaled,
} from '../../src/bench/scale.ts';
import { DEFAULTS } from '../../src/config/index.ts';
import { loadGraph } from '../../src/graph/index.ts';
import { type Store, select } from '../../src/rdf/index.ts';
import { REAL_DATA } from '../helpers/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'scale-test-'));
let source: SourceGraph[];
beforeAll(() => {
  source = readSource(REAL_DATA, DEFAULTS.maxDataBytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const column = (store: Store, query: string) =>
  select(store, query)
    .map((row) => row.get('x')?.value ?? '')
    .sort();
const shape = (store: Store) => ({
  classes: column(store, 'SELECT DISTINCT ?x WHERE { GRAPH ?g { ?s a ?x } }'),
  predicates: column(store, 'SELECT DISTINCT ?x WHERE { GRAPH ?g { ?s ?x ?o } }'),
  graphs: column(store, 'SELECT DISTINCT ?x WHERE { GRAPH ?x {} }'),
});

describe('renaming a copy', () => {
  it('should suffix entity IRIs, relabel blank nodes and keep shared entities and vocabulary', () => {
    expect(renameTerm('<https://w3id.org/aiactionsummit/id/initiative/current-ai>', 3)).toBe(
      '<https://w3id.org/aiactionsummit/id/initiative/current-ai-s3>',
    );
    expect(renameTerm('_:b12', 3)).toBe('_:b12x3');
    expect(renameTerm('<https://w3id.org/aiactionsummit/id/country/FR>', 3)).toBe(
      '<https://w3id.org/aiactionsummit/id/country/FR>',
    );
    expect(renameTerm('<https://schema.org/Organization>', 3)).toBe('<https://schema.org/Organization>');
  });

  it('should mark the label of a renamed entity with its copy, and only its label', () => {
    const graph = 'https://w3id.org/aiactionsummit/graph/curated';
    const label = '<http://www.w3.org/2000/01/rdf-schema#label>';
    expect(
      copyLine(`<https://w3id.org/aiactionsummit/id/initiative/current-ai> ${label} "Current \\"AI\\""@en .`, graph, 3),
    ).toBe(
      `<https://w3id.org/aiactionsummit/id/initiative/current-ai-s3> ${label} "Current \\"AI\\" (copy 3)"@en <${graph}> .`,
    );
    expect(markLiteral('"1"^^<http://www.w3.org/2001/XMLSchema#integer>', 2)).toBe(
      '"1 (copy 2)"^^<http://www.w3.org/2001/XMLSchema#integer>',
    );
    expect(
      copyLine(`<https://w3id.org/aiactionsummit/id/country/FR> ${label} "France"@en .`, graph, 2),
    ).toBeUndefined();
  });

  it('should leave what is said about the named graphs to the real graph', () => {
    const sources = 'https://w3id.org/aiactionsummit/graph/sources';
    const report = '<https://w3id.org/aiactionsummit/graph/report-en>';
    const edition = '<https://w3id.org/aiactionsummit/id/source/summit-report>';
    const isVersionOf = `${report} <http://purl.org/dc/terms/isVersionOf> ${edition} .`;
    const hasVersion = `${edition} <http://purl.org/dc/terms/hasVersion> ${report} .`;
    expect(copyLine(isVersionOf, sources, 0)).toBe(`${isVersionOf.slice(0, -1)}<${sources}> .`);
    expect(copyLine(isVersionOf, sources, 2)).toBeUndefined();
    expect(copyLine(hasVersion, sources, 2)).toBeUndefined();
    expect(copyLine(`${edition} <http://purl.org/dc/terms/title> "Report" .`, sources, 2)).toBe(
      `<https://w3id.org/aiactionsummit/id/source/summit-report-s2> <http://purl.org/dc/terms/title> "Report" <${sources}> .`,
    );
  });

  it('should never rename a literal, and drop a line no term of which changes', () => {
    const graph = 'https://w3id.org/aiactionsummit/graph/curated';
    expect(
      copyLine('<https://w3id.org/aiactionsummit/id/person/x> <https://schema.org/name> "a <b> _:c" .', graph, 2),
    ).toBe(`<https://w3id.org/aiactionsummit/id/person/x-s2> <https://schema.org/name> "a <b> _:c" <${graph}> .`);
    expect(
      copyLine('<https://w3id.org/aiactionsummit/id/country/FR> <https://schema.org/name> "France" .', graph, 2),
    ).toBeUndefined();
  });
});

describe('the synthetic graph', () => {
  it('should have the real graph as its first copy, and grow by the same quads with each copy', () => {
    const real = loadGraph(REAL_DATA, { maxDataBytes: DEFAULTS.maxDataBytes });
    const { first, each } = quadsPerCopy(source);
    expect(first).toBe(real.quadCount);
    const scaled = writeScaled(source, 3, join(dir, 'three'));
    expect(scaled.quads).toBe(first + 2 * each);
    const loaded = loadGraph([join(dir, 'three')], { maxDataBytes: DEFAULTS.maxDataBytes });
    expect(loaded.quadCount).toBe(scaled.quads);
    expect(shape(loaded.store)).toEqual(shape(real.store));
    expect(loaded.graphs.map((g) => g.graph)).toEqual(real.graphs.map((g) => g.graph));
    // A label names one resource, as in the real graph: copies do not share their entities' labels.
    const shared = 'SELECT DISTINCT ?x WHERE { ?x rdfs:label ?l . ?y rdfs:label ?l FILTER(?x != ?y) }';
    const prefixed = `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ${shared}`;
    expect(column(loaded.store, prefixed)).toEqual(column(real.store, prefixed));
    // A graph is a version of one document, part of one knowledge graph, as in the real graph.
    const linked = 'SELECT ?x WHERE { GRAPH ?source { { ?g ?p ?x } UNION { ?x ?p ?g } } GRAPH ?g {} }';
    expect(column(loaded.store, linked)).toEqual(column(real.store, linked));
  });

  it('should write the same bytes every time', () => {
    const a = writeScaled(source, 2, join(dir, 'a'));
    const b = writeScaled(source, 2, join(dir, 'b'));
    expect(a.files.map((f) => f.bytes)).toEqual(b.files.map((f) => f.bytes));
    for (const [i, file] of a.files.entries()) {
      expect(readFileSync(file.path).equals(readFileSync(b.files[i]?.path ?? ''))).toBe(true);
    }
  });

  it('should choose the factor that comes closest to a number of quads', () => {
    const { first, each } = quadsPerCopy(source);
    expect(factorFor(source, first)).toBe(1);
    expect(factorFor(source, first + 10 * each)).toBe(11);
    expect(factorFor(source, 0)).toBe(1);
  });
});
