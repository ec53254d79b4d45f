// SHACL validation of the whole graph (the union of its named graphs) against the shapes in shapes/,
// with each result traced back to the file(s) that describe its focus node.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Store as N3Store, Parser } from 'n3';
import { graphNameTerms, isTrap, type LoadedFile, type LoadedGraph, loadGraph } from '../graph/index.ts';
import { namedNode, type Store } from '../rdf/index.ts';
import { runEngine, type ShaclEngine } from './engines.ts';
import { FrozenDataset } from './frozen-dataset.ts';

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

/** A validation without its RDF report: what can be kept, sent between threads and shown. */
export type ValidationSummary = Omit<ValidationResult, 'report'> & {
  cached?: boolean;
  /** Why the graph was not validated at start (past SUMMIT_KG_START_VALIDATION_MS, or too large): nothing else here is a finding. */
  skipped?: string;
};

export function summarise({ report: _report, ...summary }: ValidationResult): ValidationSummary {
  return summary;
}

/** A validation that did not run to its end, and why: nothing in it is a finding. */
export function skippedValidation(reason: string, durationMs: number): ValidationSummary {
  return { conforms: false, violations: 0, warnings: 0, issues: [], durationMs, skipped: reason };
}

/**
 * The validation at start: validateGraph, except that a graph too large to copy out of its store for the
 * SHACL engine (a WebAssembly trap while a nearly full store writes one of its graphs out, or a graph's
 * text past V8's string limit) is reported as skipped, and served so, rather than stopping a start whose
 * data loaded.
 */
export async function validateAtStart(
  graph: Parameters<typeof validateGraph>[0],
  shapes: Shapes,
  engine?: ShaclEngine,
): Promise<ValidationSummary> {
  const started = performance.now();
  try {
    return summarise(await validateGraph(graph, shapes, engine));
  } catch (error) {
    if (!isTrap(error)) throw error;
    return skippedValidation(
      `stopped: the graph is too large to be copied for validation (${(error as Error).message})`,
      performance.now() - started,
    );
  }
}

export interface Shapes {
  dataset: RDF.DatasetCore;
  files: string[];
}

/** Reads the shapes (Turtle) with the same loader, and errors, as the data. */
export function loadShapes(paths: string[] = ['shapes']): Shapes {
  const graph = loadGraph(paths, { maxDataBytes: 64 * 1024 * 1024 });
  return { dataset: new N3Store([...namedGraphQuads(graph.store)]), files: graph.files.map((f) => f.path) };
}

/**
 * The triples of the named graphs, graph by graph (graphs named by blank nodes included: an upload's
 * TriG may have one). Dumps parsed by N3 are several times faster than term-by-term copying out of
 * WebAssembly; one graph at a time, no dump is ever the whole graph's (past V8's string limit, or the
 * store's memory, at a few million quads). A blank node keeps its label from one graph's text to the
 * next (N3 adds no prefix): a node two graphs share is one node.
 */
function* namedGraphQuads(store: Store): Generator<RDF.Quad> {
  for (const graph of graphNameTerms(store)) {
    const dump = store.dump({ format: 'application/n-triples', from_graph_name: graph });
    yield* new Parser({ format: 'N-Triples' }).parse(dump);
  }
}

/**
 * Validates the union of every named graph. Each named graph also appears as `<graph> void:triples n`,
 * so that shapes can require every graph holding facts to be a described source.
 */
export async function validateGraph(
  graph: Pick<LoadedGraph, 'store' | 'graphs'> & { files: Pick<LoadedFile, 'path' | 'graphs'>[] },
  shapes: Shapes,
  engine: ShaclEngine = 'shacl-engine',
): Promise<ValidationResult> {
  const started = performance.now();
  // Each named graph also appears as `<graph> void:triples n`, for the shapes about sources.
  const described = graph.graphs.map(({ graph: name, quads: count }) =>
    DataFactory.quad(DataFactory.namedNode(name), VOID_TRIPLES, DataFactory.literal(String(count), XSD_INTEGER)),
  );
  const data = new FrozenDataset(concat(namedGraphQuads(graph.store), described));
  const report = await runEngine(engine, shapes.dataset, data);

  const filesOfGraph = new Map<string, string[]>();
  for (const file of graph.files)
    for (const name of file.graphs) filesOfGraph.set(name, [...(filesOfGraph.get(name) ?? []), file.path]);
  // Only an IRI can be traced to the files that describe it (a focus node may be a literal or a blank node).
  const filesOf = (term: RDF.Term) => {
    if (term.termType !== 'NamedNode') return [];
    const graphs = new Set(graph.store.match(namedNode(term.value), null, null, null).map((q) => q.graph.value));
    return [...new Set([...graphs].flatMap((g) => filesOfGraph.get(g) ?? []))].sort();
  };

  const reportQuads = report.quads;
  const issues = report.results.map((result): ValidationIssue => {
    const term = result.focusNode;
    const focusNode = term.termType === 'NamedNode' ? term.value : renderTerm(term);
    const constraint = result.constraint.value.replace(SH, 'sh:');
    return {
      severity: severityOf(result.severity),
      focusNode,
      path: result.path,
      value: result.value ? renderTerm(result.value) : undefined,
      shape: shapeName(result.shape, shapes.dataset),
      constraint,
      message: result.messages.map((m) => m.value).join(' ') || `does not satisfy ${constraint}`,
      files: graph.graphs.some((g) => g.graph === focusNode) ? (filesOfGraph.get(focusNode) ?? []) : filesOf(term),
    };
  });
  issues.sort(
    (a, b) =>
      a.severity.localeCompare(b.severity) || a.shape.localeCompare(b.shape) || a.focusNode.localeCompare(b.focusNode),
  );
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

function* concat<T>(...lists: Iterable<T>[]): Generator<T> {
  for (const list of lists) yield* list;
}

function renderTerm(term: RDF.Term): string {
  if (term.termType === 'Literal') {
    if (term.language) return `"${term.value}"@${term.language}`;
    return term.datatype.value.endsWith('#string') ? `"${term.value}"` : `"${term.value}"^^<${term.datatype.value}>`;
  }
  return term.termType === 'NamedNode' ? `<${term.value}>` : `_:${term.value}`;
}

const SEVERITIES: Record<string, Severity> = {
  [`${SH}Violation`]: 'Violation',
  [`${SH}Warning`]: 'Warning',
  [`${SH}Info`]: 'Info',
};
/** Severities outside SHACL's three are reported as violations: the safe reading. */
const severityOf = (term: RDF.Term): Severity => SEVERITIES[term.value] ?? 'Violation';

/** A blank property shape is named by the node shape that holds it (the result's path says which property). */
function shapeName(shape: RDF.Term, shapes: RDF.DatasetCore): string {
  if (shape.termType === 'NamedNode') return shape.value;
  if (shape.termType !== 'BlankNode') return shape.value;
  const owner = [...shapes.match(null, DataFactory.namedNode(`${SH}property`), shape)][0]?.subject;
  return owner?.termType === 'NamedNode' ? owner.value : `_:${shape.value}`;
}
