// Compact JSON-LD with a context: Oxigraph writes expanded JSON-LD only (full IRIs everywhere). Here
// the prefixes become the context, IRIs are written as compact IRIs, rdf:type as @type, and named
// graphs as graph objects, so a person can read it and any JSON-LD processor expands it back exactly.
import type * as RDF from '@rdfjs/types';
import { PREFIXES } from './namespaces.ts';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

type Node = Record<string, unknown> & { '@id': string };

function compacter(prefixes: Record<string, string>) {
  const longestFirst = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);
  const used = new Set<string>();
  const compact = (iri: string): string => {
    for (const [prefix, namespace] of longestFirst) {
      const local = iri.slice(namespace.length);
      // Only plain local names: "//…" would read as an absolute IRI, and an empty one as the prefix itself.
      if (iri.startsWith(namespace) && /^[\w.-]+$/.test(local) && !/^[.-]/.test(local)) {
        used.add(prefix);
        return `${prefix}:${local}`;
      }
    }
    return iri;
  };
  return { compact, used };
}

function objectValue(term: RDF.Term, compact: (iri: string) => string): unknown {
  if (term.termType === 'Literal') {
    if (term.language) return { '@value': term.value, '@language': term.language };
    if (term.datatype.value === XSD_STRING || term.datatype.value === LANG_STRING) return { '@value': term.value };
    return { '@value': term.value, '@type': compact(term.datatype.value) };
  }
  if (term.termType === 'BlankNode') return { '@id': `_:${term.value}` };
  return { '@id': compact(term.value) };
}

function push(node: Node, key: string, value: unknown): void {
  const list = node[key] as unknown[] | undefined;
  if (list) list.push(value);
  else node[key] = [value];
}

function nodes(quads: RDF.Quad[], compact: (iri: string) => string): Node[] {
  const bySubject = new Map<string, Node>();
  for (const q of quads) {
    const id = q.subject.termType === 'BlankNode' ? `_:${q.subject.value}` : compact(q.subject.value);
    let node = bySubject.get(id);
    if (!node) {
      node = { '@id': id };
      bySubject.set(id, node);
    }
    if (q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode') {
      push(node, '@type', compact(q.object.value));
      continue;
    }
    push(node, compact(q.predicate.value), objectValue(q.object, compact));
  }
  return [...bySubject.values()];
}

/**
 * Quads as JSON-LD with an @context of the prefixes it uses. With `graphs`, each named graph becomes
 * a graph object in @graph (the dataset, as TriG has it); without, graphs are ignored (the triples).
 */
export function writeJsonLd(
  quads: Iterable<RDF.Quad>,
  options: { graphs: boolean; prefixes?: Record<string, string> },
): string {
  const { compact, used } = compacter(options.prefixes ?? PREFIXES);
  const all = [...quads];
  let body: unknown[];
  if (options.graphs) {
    const byGraph = new Map<string, RDF.Quad[]>();
    for (const q of all) {
      const name = q.graph.termType === 'DefaultGraph' ? '' : q.graph.value;
      const list = byGraph.get(name);
      if (list) list.push(q);
      else byGraph.set(name, [q]);
    }
    body = [...byGraph.entries()].flatMap(([name, graphQuads]) =>
      name === '' ? nodes(graphQuads, compact) : [{ '@id': compact(name), '@graph': nodes(graphQuads, compact) }],
    );
  } else {
    body = nodes(all, compact);
  }
  const prefixes = options.prefixes ?? PREFIXES;
  const context = Object.fromEntries([...used].sort().map((prefix) => [prefix, prefixes[prefix]]));
  return `${JSON.stringify({ '@context': context, '@graph': body }, null, 1)}\n`;
}
