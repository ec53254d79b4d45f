// Test helper for the shapes: the real graph loaded once, copies of it broken by one SPARQL UPDATE
// each, and the constraints the shapes declare (so a meta-test can check each one is exercised).

import { fileURLToPath } from 'node:url';
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import oxigraph from 'oxigraph';
import { type GraphStats, type LoadedGraph, loadGraph } from '../../src/graph/index.ts';
import { PREFIXES } from '../../src/rdf/index.ts';
import { loadShapes, type Shapes } from '../../src/shacl/index.ts';

export const SHAPES_NS = 'https://w3id.org/aiactionsummit/shapes#';
const SH = 'http://www.w3.org/ns/shacl#';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDF_TYPE = `${RDF_NS}type`;
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';

const abs = (dir: string) => fileURLToPath(new URL(`../../${dir}`, import.meta.url));

/** Every prefix of the project (and shapes:, void:), for SPARQL updates and for short names in assertions. */
export const ALL_PREFIXES: Record<string, string> = {
  ...PREFIXES,
  shapes: SHAPES_NS,
  void: 'http://rdfs.org/ns/void#',
  wd: 'http://www.wikidata.org/entity/',
};
const SPARQL_PROLOGUE = Object.entries(ALL_PREFIXES)
  .map(([prefix, ns]) => `PREFIX ${prefix}: <${ns}>`)
  .join('\n');

/** `aas:listPosition` → the full IRI; `^aas:signature` → `^` + the full IRI; `a:p/^a:q` step by step; a full IRI stays as it is. */
export function expand(name: string): string {
  if (!name.startsWith('http') && name.includes('/')) return name.split('/').map(expand).join('/');
  if (name.startsWith('^')) return `^${expand(name.slice(1))}`;
  const colon = name.indexOf(':');
  const ns = colon > 0 ? ALL_PREFIXES[name.slice(0, colon)] : undefined;
  return ns && !name.startsWith('http') ? ns + name.slice(colon + 1) : name;
}

/** The reverse of expand, for readable keys and failure messages. */
export function shorten(iri: string): string {
  const steps = iri.split(/\/(?=\^?https?:\/\/)/);
  if (steps.length > 1) return steps.map(shorten).join('/');
  if (iri.startsWith('^')) return `^${shorten(iri.slice(1))}`;
  const match = Object.entries(ALL_PREFIXES)
    .filter(([, ns]) => iri.startsWith(ns))
    .sort((a, b) => b[1].length - a[1].length)[0];
  return match ? `${match[0]}:${iri.slice(match[1].length)}` : iri;
}

// --- The real graph, loaded once ----------------------------------------------

let real: { graph: LoadedGraph; nquads: string } | undefined;

/** ontology/ and data/ through the project's own loader (the default graph is the union of the named graphs). */
export function realGraph(): LoadedGraph {
  if (!real) {
    const graph = loadGraph(['ontology', 'data'].map(abs), { maxDataBytes: 200 * 1024 * 1024 });
    real = { graph, nquads: graph.store.dump({ format: 'application/n-quads' }) };
  }
  return real.graph;
}

let shapes: Shapes | undefined;

export function realShapes(): Shapes {
  shapes ??= loadShapes([abs('shapes')]);
  return shapes;
}

/** Named graphs and their sizes, as loadGraph computes them (validateGraph turns them into void:triples). */
function graphStats(store: oxigraph.Store): GraphStats[] {
  const rows = store.query(
    'SELECT ?graph (COUNT(*) AS ?quads) WHERE { GRAPH ?graph { ?s ?p ?o } } GROUP BY ?graph ORDER BY ?graph',
  ) as Map<string, oxigraph.Term>[];
  return rows.map((row) => ({ graph: row.get('graph')!.value, quads: Number(row.get('quads')!.value) }));
}

/**
 * A fresh copy of the real graph with `update` applied (SPARQL 1.1 Update; every prefix of the project
 * is declared). Updates are written against the named graphs, where the facts live; the default graph
 * is then derived again as the union of the named graphs, exactly as loadGraph does, so a deleted fact
 * is gone from both and an added one is in both.
 */
export function mutated(update: string): Pick<LoadedGraph, 'store' | 'files' | 'graphs'> {
  const { files } = realGraph();
  const store = new oxigraph.Store();
  store.load(real!.nquads, { format: 'application/n-quads' });
  store.update(`${SPARQL_PROLOGUE}\n${update}`);
  store.update('DROP SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }');
  return { store, files, graphs: graphStats(store) };
}

// --- Mutations, as SPARQL UPDATE text ----------------------------------------------

/** Deletes every match of `pattern` (which may hold variables) from every named graph that states it. */
export const remove = (pattern: string) => `DELETE WHERE { GRAPH ?g { ${pattern} } }`;

/** Deletes the matches of `pattern` that pass `filter` (a SPARQL expression), in every named graph. */
export const removeIf = (pattern: string, filter: string) =>
  `DELETE { GRAPH ?g { ${pattern} } } WHERE { GRAPH ?g { ${pattern} FILTER(${filter}) } }`;

/** Adds triples to one named graph (the source that would state them). */
export const add = (graph: string, triples: string) => `INSERT DATA { GRAPH ${graph} { ${triples} } }`;

/** Replaces every value of `subject property` by `object`, in each graph that states one. */
export const replace = (subject: string, property: string, object: string) =>
  `DELETE { GRAPH ?g { ${subject} ${property} ?old } } INSERT { GRAPH ?g { ${subject} ${property} ${object} } } WHERE { GRAPH ?g { ${subject} ${property} ?old } }`;

/** Replaces every value of `subject property` by its lexical form, a plain string without language tag. */
export const stripLanguage = (subject: string, property: string) =>
  `DELETE { GRAPH ?g { ${subject} ${property} ?old } } INSERT { GRAPH ?g { ${subject} ${property} ?plain } } WHERE { GRAPH ?g { ${subject} ${property} ?old } BIND(STR(?old) AS ?plain) }`;

// --- The constraints the shapes declare -----------------------------------------------

const TARGETS = ['targetClass', 'targetNode', 'targetSubjectsOf', 'targetObjectsOf'].map((t) => SH + t);

/** Parameters of SHACL Core constraint components, by the component they belong to. */
const COMPONENT_OF: Record<string, string> = Object.fromEntries(
  [
    'class',
    'datatype',
    'nodeKind',
    'minCount',
    'maxCount',
    'minExclusive',
    'minInclusive',
    'maxExclusive',
    'maxInclusive',
    'minLength',
    'maxLength',
    'pattern',
    'languageIn',
    'uniqueLang',
    'equals',
    'disjoint',
    'lessThan',
    'lessThanOrEquals',
    'not',
    'and',
    'or',
    'xone',
    'node',
    'qualifiedMinCount',
    'qualifiedMaxCount',
    'closed',
    'hasValue',
    'in',
  ].map((p) => [SH + p, `sh:${p[0].toUpperCase()}${p.slice(1)}ConstraintComponent`]),
);

/** sh: predicates that are not constraints of their own (they qualify one, or describe the shape). */
const NOT_A_CONSTRAINT = new Set(
  [
    'path',
    'property',
    'message',
    'severity',
    'name',
    'description',
    'order',
    'group',
    'deactivated',
    'flags',
    'qualifiedValueShape',
    'qualifiedValueShapesDisjoint',
    'ignoredProperties',
  ]
    .map((p) => SH + p)
    .concat(TARGETS),
);

const objects = (dataset: RDF.DatasetCore, subject: RDF.Term, predicate: string) =>
  [...dataset.match(subject as RDF.Quad_Subject, DataFactory.namedNode(predicate))].map((q) => q.object);

/** A path as validate.ts renders it, shortened: `p`, `^p`, or a sequence of those joined by `/`. */
function renderPath(dataset: RDF.DatasetCore, path: RDF.Term): string {
  if (path.termType === 'NamedNode') return shorten(path.value);
  const inverse = objects(dataset, path, `${SH}inversePath`)[0];
  if (inverse) return `^${renderPath(dataset, inverse)}`;
  const first = objects(dataset, path, `${RDF_NS}first`)[0];
  if (first) {
    const steps: string[] = [];
    for (
      let node: RDF.Term | undefined = path;
      node && node.value !== `${RDF_NS}nil`;
      node = objects(dataset, node, `${RDF_NS}rest`)[0]
    ) {
      steps.push(renderPath(dataset, objects(dataset, node, `${RDF_NS}first`)[0]));
    }
    return steps.join('/');
  }
  throw new Error(`shapes use a path this test helper cannot name: ${path.value}`);
}

/** `shapes:X path sh:YConstraintComponent`: how a constraint and a validation result are matched. */
export const constraintKey = (shape: string, path: string | undefined, component: string) =>
  `${shorten(shape)} ${path ? shorten(path) : '(node)'} ${component}`;

export interface DeclaredShapes {
  /** One key per constraint of every shape that has a target (value shapes are reached through them). */
  constraints: string[];
  /** Named shapes (node shapes, targeted or not). */
  named: string[];
  /** Problems with how the shapes are written: no label, no message, an unknown parameter... */
  problems: string[];
}

/** Lists what the shapes declare, from the shapes graph itself. */
export function declaredShapes(dataset: RDF.DatasetCore): DeclaredShapes {
  const all = [...dataset.match()];
  const subjectsWith = (predicate: string) => [
    ...new Set(all.filter((q) => q.predicate.value === predicate).map((q) => q.subject)),
  ];
  const nodeShapes = [
    ...new Map(
      all
        .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${SH}NodeShape`)
        .map((q) => [q.subject.value, q.subject]),
    ).values(),
  ];
  const targeted = new Set(TARGETS.flatMap((t) => subjectsWith(t)).map((s) => s.value));
  const constraints: string[] = [];
  const problems: string[] = [];
  const named = nodeShapes
    .filter((s) => s.termType === 'NamedNode')
    .map((s) => s.value)
    .sort();

  for (const shape of nodeShapes) {
    const name = shorten(shape.value);
    if (shape.termType !== 'NamedNode' || !shape.value.startsWith(SHAPES_NS))
      problems.push(`${name}: a node shape without an IRI under shapes:`);
    if (
      !objects(dataset, shape, RDFS_LABEL).some((l) => l.termType === 'Literal' && (l as RDF.Literal).language === 'en')
    )
      problems.push(`${name}: no rdfs:label@en`);
    if (objects(dataset, shape, `${SH}message`).length === 0) problems.push(`${name}: no sh:message`);
    if (!targeted.has(shape.value)) continue;
    for (const quad of dataset.match(shape as RDF.Quad_Subject)) {
      const parameter = quad.predicate.value;
      if (parameter.startsWith(SH) && COMPONENT_OF[parameter])
        constraints.push(constraintKey(shape.value, undefined, COMPONENT_OF[parameter]));
      else if (parameter.startsWith(SH) && !NOT_A_CONSTRAINT.has(parameter))
        problems.push(`${name}: ${shorten(parameter)} is not a SHACL Core parameter this project uses`);
    }
    for (const property of objects(dataset, shape, `${SH}property`)) {
      const pathTerm = objects(dataset, property, `${SH}path`)[0];
      if (!pathTerm) {
        problems.push(`${name}: a property shape without sh:path`);
        continue;
      }
      const path = renderPath(dataset, pathTerm);
      if (objects(dataset, property, `${SH}message`).length === 0)
        problems.push(`${name} ${path}: a property shape without sh:message`);
      for (const quad of dataset.match(property as RDF.Quad_Subject)) {
        const parameter = quad.predicate.value;
        if (COMPONENT_OF[parameter])
          constraints.push(constraintKey(shape.value, expand(path), COMPONENT_OF[parameter]));
        else if (parameter.startsWith(SH) && !NOT_A_CONSTRAINT.has(parameter))
          problems.push(`${name} ${path}: ${shorten(parameter)} is not a SHACL Core parameter this project uses`);
      }
    }
  }
  const seen = new Set<string>();
  for (const key of constraints) {
    if (seen.has(key))
      problems.push(
        `${key}: declared twice in one shape; a test cannot tell the two apart (merge them, or move one to its own shape)`,
      );
    seen.add(key);
  }
  return { constraints: [...seen].sort(), named, problems };
}
