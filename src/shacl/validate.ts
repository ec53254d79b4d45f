// SHACL validation of the whole graph (the union of its named graphs) against the shapes in shapes/,
// with each result traced back to the file(s) that describe its focus node.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Store as N3Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { loadGraph, type LoadedGraph } from '../graph/index.ts';

const SH = 'http://www.w3.org/ns/shacl#';
const VOID_TRIPLES = DataFactory.namedNode('http://rdfs.org/ns/void#triples');
const XSD_INTEGER = DataFactory.namedNode('http://www.w3.org/2001/XMLSchema#integer');

export type Severity = 'Violation' | 'Warning' | 'Info';

export interface ValidationIssue {
  severity: Severity;
  focusNode: string;
  /** The property path, as an IRI (or a SPARQL-like rendering of a complex path). */
  path?: string;
  value?: string;
  /** The shape that reported it: its IRI or, for a blank property shape, the IRI of the node shape holding it. */
  shape: string;
  /** The constraint component, e.g. sh:MinCountConstraintComponent. */
  constraint: string;
  message: string;
  /** Files that state something about the focus node. */
  files: string[];
}

export interface ValidationResult {
  /** sh:conforms: false as soon as there is any result, even a warning (SHACL 3.6.1). */
  conforms: boolean;
  /** Results of severity sh:Violation: the graph is only refused for these. */
  violations: number;
  warnings: number;
  issues: ValidationIssue[];
  /** The standard sh:ValidationReport, as RDF. */
  report: RDF.Quad[];
  durationMs: number;
}

export interface Shapes {
  dataset: RDF.DatasetCore;
  files: string[];
}

/** Reads the shapes (Turtle) with the same loader, and errors, as the data. */
export function loadShapes(paths: string[] = ['shapes']): Shapes {
  const graph = loadGraph(paths, { maxDataBytes: 64 * 1024 * 1024 });
  return { dataset: toTriples(graph.store.match(null, null, null, null) as unknown as RDF.Quad[]), files: graph.files.map((f) => f.path) };
}

function toTriples(quads: Iterable<RDF.Quad>): N3Store {
  const store = new N3Store();
  for (const q of quads) store.addQuad(DataFactory.quad(q.subject, q.predicate, q.object));
  return store;
}

/**
 * Validates the union of every named graph. Each named graph also appears as `<graph> void:triples n`,
 * so that shapes can require every graph holding facts to be a described source.
 */
export async function validateGraph(graph: Pick<LoadedGraph, 'store' | 'files' | 'graphs'>, shapes: Shapes): Promise<ValidationResult> {
  const started = performance.now();
  const quads = graph.store.match(null, null, null, null) as unknown as RDF.Quad[];
  const data = toTriples(quads);
  for (const { graph: name, quads: count } of graph.graphs) {
    data.addQuad(DataFactory.quad(DataFactory.namedNode(name), VOID_TRIPLES, DataFactory.literal(String(count), XSD_INTEGER)));
  }
  const report = await new SHACLValidator(shapes.dataset).validate(data);

  const filesOfGraph = new Map<string, string[]>();
  for (const file of graph.files) for (const name of file.graphs) filesOfGraph.set(name, [...(filesOfGraph.get(name) ?? []), file.path]);
  const graphsOfSubject = new Map<string, Set<string>>();
  for (const q of quads) {
    const key = q.subject.value;
    if (!graphsOfSubject.has(key)) graphsOfSubject.set(key, new Set());
    graphsOfSubject.get(key)!.add(q.graph.value);
  }
  const filesOf = (node: string) => [...new Set([...(graphsOfSubject.get(node) ?? [])].flatMap((g) => filesOfGraph.get(g) ?? []))].sort();

  const reportQuads = [...(report.dataset as unknown as Iterable<RDF.Quad>)];
  const issues = report.results.map((result): ValidationIssue => {
    const focusNode = result.focusNode?.value ?? '';
    const shapeTerm = result.sourceShape;
    return {
      severity: (result.severity?.value.replace(SH, '') ?? 'Violation') as Severity,
      focusNode,
      path: result.path ? renderPath(result.path as RDF.Term, reportQuads) : undefined,
      value: result.value ? renderTerm(result.value) : undefined,
      shape: shapeTerm ? shapeName(shapeTerm, shapes.dataset) : '',
      constraint: result.sourceConstraintComponent?.value.replace(SH, 'sh:') ?? '',
      message: result.message.map((m) => m.value).join(' ') || defaultMessage(result.sourceConstraintComponent?.value),
      files: graph.graphs.some((g) => g.graph === focusNode) ? filesOfGraph.get(focusNode) ?? [] : filesOf(focusNode),
    };
  });
  issues.sort((a, b) => a.severity.localeCompare(b.severity) || a.shape.localeCompare(b.shape) || a.focusNode.localeCompare(b.focusNode));
  const violations = issues.filter((i) => i.severity === 'Violation').length;
  return {
    conforms: report.conforms,
    violations,
    warnings: issues.filter((i) => i.severity === 'Warning').length,
    issues,
    report: reportQuads,
    durationMs: performance.now() - started,
  };
}

function renderTerm(term: RDF.Term): string {
  if (term.termType === 'Literal') {
    const literal = term as RDF.Literal;
    if (literal.language) return `"${literal.value}"@${literal.language}`;
    return literal.datatype.value.endsWith('#string') ? `"${literal.value}"` : `"${literal.value}"^^<${literal.datatype.value}>`;
  }
  return term.termType === 'NamedNode' ? `<${term.value}>` : `_:${term.value}`;
}

/** A path is an IRI, or a blank node describing an inverse/sequence/alternative path in the report. */
function renderPath(path: RDF.Term, quads: RDF.Quad[]): string {
  if (path.termType === 'NamedNode') return path.value;
  const inverse = quads.find((q) => q.subject.equals(path) && q.predicate.value === `${SH}inversePath`);
  return inverse ? `^${renderPath(inverse.object, quads)}` : `(complex path ${path.value})`;
}

/** A blank property shape is named by the node shape that holds it (the result's path says which property). */
function shapeName(shape: RDF.Term, shapes: RDF.DatasetCore): string {
  if (shape.termType === 'NamedNode') return shape.value;
  const owner = [...shapes.match(null, DataFactory.namedNode(`${SH}property`), shape as RDF.Quad_Object)][0]?.subject;
  return owner?.termType === 'NamedNode' ? owner.value : `_:${shape.value}`;
}

function defaultMessage(component?: string): string {
  return component ? `does not satisfy ${component.replace(SH, 'sh:')}` : 'does not conform';
}
