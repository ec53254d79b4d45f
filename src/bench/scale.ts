// A synthetic graph shaped like the real one, for measuring at scale: the real data copied `factor`
// times, each copy's entities renamed (…/id/initiative/x becomes …/id/initiative/x-s3) and its blank
// nodes relabelled, in the same named graphs. Classes, properties, named graphs and the fan-out of
// every entity stay the real ones; only counts grow. Countries and measures are shared by every copy
// (their IRIs are constrained by the shapes, and more data means more facts about the same states),
// so their fan-in grows too. A renamed entity's rdfs:label is marked with its copy ("Current AI (copy 3)"),
// as in the real graph no two resources share a label: a name keeps finding one resource, and shapes
// that follow a label back to its resources see the real fan-in, not one growing with the factor.
// What the sources graph says about the named graphs themselves (a graph is a version of the report,
// part of the knowledge graph, published by …) is not copied: copies share the graphs, and each graph
// stays the version of one document, not of one per copy.
// Copy 0 is the real data unchanged: queries about a named entity (France, the summit) keep their
// answers, lists grow with the factor. Deterministic: same input, same bytes.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { loadGraph } from '../graph/index.ts';
import { BASE_IRI, namedNode, PREFIXES } from '../rdf/index.ts';

const ID = `<${BASE_IRI}id/`;
const GRAPH = `<${PREFIXES.graph}`;
const RDFS_LABEL = '<http://www.w3.org/2000/01/rdf-schema#label>';
/** Kinds of entity every copy shares rather than renames. */
const SHARED = new Set(['country', 'measure']);
const FLUSH_CHARS = 4 * 1024 * 1024;

/** A term of copy `copy`: an entity IRI gets the copy's suffix (unless shared), a blank node the copy's label; others are kept. */
export function renameTerm(term: string, copy: number): string {
  if (term.startsWith('_:')) return `${term}x${copy}`;
  if (!term.startsWith(ID)) return term;
  const kind = term.slice(ID.length, term.indexOf('/', ID.length));
  return SHARED.has(kind) ? term : `${term.slice(0, -1)}-s${copy}>`;
}

/** A literal (N-Triples syntax) with its text marked as copy `copy`'s: `"Current AI (copy 3)"@en`. */
export function markLiteral(literal: string, copy: number): string {
  // The text ends at the last quote: a language tag or a datatype IRI has none.
  const end = literal.lastIndexOf('"');
  return `${literal.slice(0, end)} (copy ${copy})${literal.slice(end)}`;
}

/**
 * One N-Triples line of copy `copy` in `graph` as an N-Quads line, or undefined when no term of it
 * changes (the line would restate a fact of copy 0: a set counts it once) or when it links a named
 * graph (the graphs are copy 0's).
 */
export function copyLine(triple: string, graph: string, copy: number): string | undefined {
  const first = triple.indexOf(' ');
  const second = triple.indexOf(' ', first + 1);
  const subject = triple.slice(0, first);
  const predicate = triple.slice(first + 1, second);
  const object = triple.slice(second + 1, triple.lastIndexOf(' .'));
  if (copy === 0) return `${subject} ${predicate} ${object} <${graph}> .`;
  if (subject.startsWith(GRAPH) || object.startsWith(GRAPH)) return undefined;
  const s = renameTerm(subject, copy);
  const literal = object.startsWith('"');
  const o = literal ? object : renameTerm(object, copy);
  if (s === subject && o === object) return undefined;
  return `${s} ${predicate} ${literal && predicate === RDFS_LABEL ? markLiteral(o, copy) : o} <${graph}> .`;
}

export interface SourceGraph {
  /** The file's name without extension: the generated file is `<stem>.nq`. */
  stem: string;
  graphs: { graph: string; triples: string[] }[];
}

/** The real data, graph by graph, as N-Triples lines (each named graph listed under the first file that fills it). */
export function readSource(paths: string[], maxDataBytes: number): SourceGraph[] {
  const { store, files } = loadGraph(paths, { maxDataBytes });
  const seen = new Set<string>();
  return files.map((file) => ({
    stem: file.stem,
    graphs: file.graphs
      .filter((graph) => !seen.has(graph) && seen.add(graph))
      .map((graph) => ({
        graph,
        triples: store
          .dump({ format: 'application/n-triples', from_graph_name: namedNode(graph) })
          .split('\n')
          .filter((line) => line.length > 0)
          .sort(),
      })),
  }));
}

/** Quads that copy 1 and every later copy add (copy 0 adds them all). */
export function quadsPerCopy(source: SourceGraph[]): { first: number; each: number } {
  let first = 0;
  let each = 0;
  for (const { graphs } of source) {
    for (const { graph, triples } of graphs) {
      first += triples.length;
      for (const triple of triples) if (copyLine(triple, graph, 1) !== undefined) each++;
    }
  }
  return { first, each };
}

/** The factor whose graph comes closest to `quads` quads (at least 1). */
export function factorFor(source: SourceGraph[], quads: number): number {
  const { first, each } = quadsPerCopy(source);
  return Math.max(1, Math.round((quads - first) / each) + 1);
}

export interface ScaledGraph {
  files: { path: string; quads: number; bytes: number }[];
  quads: number;
  factor: number;
}

/** Writes `factor` copies of `source` into `dir`, one N-Quads file per source file, written in chunks (never one string). */
export function writeScaled(source: SourceGraph[], factor: number, dir: string): ScaledGraph {
  mkdirSync(dir, { recursive: true });
  const files: ScaledGraph['files'] = [];
  for (const { stem, graphs } of source) {
    const path = join(dir, `${stem}.nq`);
    const fd = openSync(path, 'w');
    let quads = 0;
    let bytes = 0;
    let buffer = '';
    const flush = () => {
      bytes += writeSync(fd, buffer);
      buffer = '';
    };
    try {
      for (let copy = 0; copy < factor; copy++) {
        for (const { graph, triples } of graphs) {
          for (const triple of triples) {
            const line = copyLine(triple, graph, copy);
            if (line === undefined) continue;
            buffer += `${line}\n`;
            quads++;
            if (buffer.length > FLUSH_CHARS) flush();
          }
        }
      }
      flush();
    } finally {
      closeSync(fd);
    }
    files.push({ path, quads, bytes });
  }
  return { files, quads: files.reduce((sum, file) => sum + file.quads, 0), factor };
}
