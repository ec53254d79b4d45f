// The two SHACL engines behind one shape of result: shacl-engine (the default: several times
// faster on this graph) and rdf-validate-shacl (the one the design names). Both read RDF/JS
// datasets; their results are reduced to the same plain fields, so that reports, tests and the
// comparison of the two do not depend on which one ran.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Store as N3Store } from 'n3';

export type ShaclEngine = 'shacl-engine' | 'rdf-validate-shacl';
export const SHACL_ENGINES: readonly ShaclEngine[] = ['shacl-engine', 'rdf-validate-shacl'];

const SH = 'http://www.w3.org/ns/shacl#';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** One result, as either engine reports it. */
export interface EngineResult {
  severity: RDF.Term;
  focusNode: RDF.Term;
  /** The property path in SPARQL-like syntax (`p`, `^p`, `p/q`, `(p|q)`, `p*`), undefined for a node constraint. */
  path?: string;
  value?: RDF.Term;
  /** The shape's term (a blank property shape is named by the caller). */
  shape: RDF.Term;
  constraint: RDF.Term;
  messages: RDF.Term[];
}

export interface EngineReport {
  conforms: boolean;
  results: EngineResult[];
  /** The standard sh:ValidationReport. */
  quads: RDF.Quad[];
}

/**
 * Focus nodes validated per call of shacl-engine. The engine remembers every (shape, node) it has
 * validated until its call ends: over a million quads in one call that memory passed Node's 4 GB heap.
 * Called per shape and batch of its targets, it forgets them between batches; the results are the same.
 */
const BATCH = 10_000;

/** `batchSize`: focus nodes per call of shacl-engine (see BATCH); rdf-validate-shacl takes them all at once. */
export async function runEngine(
  engine: ShaclEngine,
  shapes: RDF.DatasetCore,
  data: RDF.DatasetCore,
  batchSize = BATCH,
): Promise<EngineReport> {
  return engine === 'shacl-engine' ? runShaclEngine(shapes, data, batchSize) : runRdfValidateShacl(shapes, data);
}

async function runShaclEngine(
  shapes: RDF.DatasetCore,
  data: RDF.DatasetCore,
  batchSize: number,
): Promise<EngineReport> {
  const [{ Validator }, { default: Report }, { PathList }] = await Promise.all([
    import('shacl-engine'),
    import('shacl-engine/lib/Report.js'),
    import('grapoi'),
  ]);
  // shacl-engine builds its sh:ValidationReport with this factory; it needs datasets besides terms.
  const factory = { ...DataFactory, dataset: (quads?: RDF.Quad[]) => new N3Store(quads) };
  const validator = new Validator(shapes, { factory });
  const everything = new PathList({ dataset: data, factory });
  const results = [];
  // As the engine's own validate() goes, shape by shape; the shapes it creates on the way have no targets.
  for (const shape of [...validator.shapes.values()]) {
    const { terms } = await shape.resolveTargets({ focusNode: everything });
    for (let start = 0; start < terms.length; start += batchSize) {
      const batch = { dataset: data, terms: terms.slice(start, start + batchSize) };
      results.push(...(await validator.validate(batch, [{ terms: [shape.ptr.term] }])).results);
    }
  }
  // One sh:ValidationReport of every result, as one call would have written it.
  const report = new Report({ factory, options: validator.options, results });
  return {
    conforms: report.conforms,
    quads: [...report.dataset],
    results: report.results.map((result) => ({
      severity: result.severity,
      focusNode: result.focusNode.term,
      path: result.path
        ? result.path
            .map((step) => {
              const names = step.predicates.map((p) => p.value);
              const base = names.length > 1 ? `(${names.join('|')})` : (names[0] ?? '');
              const quantifier = { one: '', zeroOrMore: '*', oneOrMore: '+', zeroOrOne: '?' }[step.quantifier] ?? '';
              return `${step.start === 'object' ? '^' : ''}${base}${quantifier}`;
            })
            .join('/')
        : undefined,
      value: result.value?.term,
      shape: result.shape.ptr.term,
      constraint: result.constraintComponent,
      messages: result.message,
    })),
  };
}

async function runRdfValidateShacl(shapes: RDF.DatasetCore, data: RDF.DatasetCore): Promise<EngineReport> {
  const { default: SHACLValidator } = await import('rdf-validate-shacl');
  const report = await new SHACLValidator(shapes).validate(data);
  const quads = [...report.dataset];
  return {
    conforms: report.conforms,
    quads,
    results: report.results.map((result) => ({
      severity: result.severity,
      focusNode: result.focusNode,
      // A path that is not an IRI is described by the report's own triples (sh:inversePath, RDF lists…).
      path: result.path ? renderPath(result.path, report.dataset) : undefined,
      value: result.value ?? undefined,
      shape: result.sourceShape,
      constraint: result.sourceConstraintComponent,
      messages: result.message,
    })),
  };
}

/** The object of (node, predicate), when the node can be a subject. */
function objectOf(dataset: RDF.DatasetCore, node: RDF.Term | undefined, predicate: string): RDF.Term | undefined {
  if (node?.termType !== 'NamedNode' && node?.termType !== 'BlankNode') return undefined;
  return [...dataset.match(node, DataFactory.namedNode(predicate), null)][0]?.object;
}

/** A SHACL property path node, in the syntax shacl-engine's results are rendered in. */
function renderPath(path: RDF.Term, dataset: RDF.DatasetCore): string {
  if (path.termType === 'NamedNode') return path.value;
  const one = (predicate: string) => objectOf(dataset, path, predicate);
  const list = (head: RDF.Term | undefined): RDF.Term[] => {
    const items: RDF.Term[] = [];
    for (let node = head; node && node.value !== `${RDF_NS}nil`; node = objectOf(dataset, node, `${RDF_NS}rest`)) {
      const first = objectOf(dataset, node, `${RDF_NS}first`);
      if (first) items.push(first);
    }
    return items;
  };
  const inverse = one(`${SH}inversePath`);
  if (inverse) return `^${renderPath(inverse, dataset)}`;
  const alternatives = one(`${SH}alternativePath`);
  if (alternatives)
    return `(${list(alternatives)
      .map((p) => renderPath(p, dataset))
      .join('|')})`;
  for (const [property, quantifier] of [
    ['zeroOrMorePath', '*'],
    ['oneOrMorePath', '+'],
    ['zeroOrOnePath', '?'],
  ] as const) {
    const inner = one(`${SH}${property}`);
    if (inner) return `${renderPath(inner, dataset)}${quantifier}`;
  }
  return list(path)
    .map((p) => renderPath(p, dataset))
    .join('/');
}
