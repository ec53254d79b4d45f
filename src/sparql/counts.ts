// Counting a whole graph from what the store already knows. `SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }`
// and its per-graph form are the first queries people send an endpoint (and the `sources` saved query
// counts every graph's statements), yet Oxigraph counts them by reading every quad: 1.4 s at a million.
// The counts are known once the data is loaded (the data never changes under a worker), so such a query
// is answered by VALUES holding them, as Virtuoso and Blazegraph answer it from their indexes.
// Only the exact shapes below are rewritten; anything else is left for the engine.
import { DataFactory } from 'n3';
import type { Pattern, SparqlQuery, SubQuery } from '../rdf/index.ts';

/** What a worker knows of its store's size. */
export interface StoreCounts {
  /** Triples in each named graph. */
  graphs: ReadonlyMap<string, number>;
  /** Triples in the default graph (the union of the named graphs, each triple once), counted at most once. */
  union(): number;
}

const XSD_INTEGER = DataFactory.namedNode('http://www.w3.org/2001/XMLSchema#integer');

type Term = { termType: string; value: string };
const isVariable = (term: unknown): term is Term => (term as Term | undefined)?.termType === 'Variable';

/** The one triple `?s ?p ?o` (three different variables, none of them `other`) that `patterns` is, if it is. */
function wholeGraphTriple(patterns: Pattern[] | undefined, other?: Term): Term[] | undefined {
  if (patterns?.length !== 1) return undefined;
  const [bgp] = patterns;
  if (bgp?.type !== 'bgp' || bgp.triples.length !== 1 || !bgp.triples[0]) return undefined;
  const { subject, predicate, object } = bgp.triples[0];
  const terms: unknown[] = [subject, predicate, object];
  if (!terms.every(isVariable)) return undefined;
  const names = new Set([...terms.map((t) => t.value), ...(other ? [other.value] : [])]);
  return names.size === terms.length + (other ? 1 : 0) ? terms : undefined;
}

/** What a SELECT counts, when it counts every triple of a graph, or of every named graph: else undefined. */
interface Counted {
  /** The named graph(s) counted: a graph variable (grouped by it or not), an IRI, or none for the default graph. */
  graph?: Term;
  grouped: boolean;
  /** The variable the count is bound to. */
  count: Term;
}

function countedBy(query: SubQuery): Counted | undefined {
  if (query.from || query.values || query.having || !query.where) return undefined;
  const [pattern, ...rest] = query.where;
  if (!pattern || rest.length > 0) return undefined;
  const graph = pattern.type === 'graph' ? pattern.name : undefined;
  const triple = pattern.type === 'graph' ? wholeGraphTriple(pattern.patterns, graph) : wholeGraphTriple([pattern]);
  if (!triple) return undefined;

  // Grouped by the graph variable, or not grouped at all.
  const group = query.group ?? [];
  const grouped = group.length === 1;
  if (group.length > 1) return undefined;
  if (grouped) {
    const by = group[0];
    if (!graph || !isVariable(graph) || by?.variable || !isVariable(by?.expression)) return undefined;
    if (by.expression.value !== graph.value) return undefined;
  }

  // Projected: the count, as COUNT(*) or COUNT(?v) of a variable always bound; and the graph variable if grouped.
  let count: Term | undefined;
  for (const item of query.variables) {
    if (isVariable(item)) {
      if (!grouped || item.value !== graph?.value) return undefined;
      continue;
    }
    if (!('expression' in item) || count) return undefined;
    const aggregate = item.expression as {
      type?: string;
      aggregation?: string;
      distinct?: boolean;
      expression?: unknown;
    };
    if (aggregate.type !== 'aggregate' || aggregate.aggregation !== 'count') return undefined;
    const counted = aggregate.expression as Term | undefined;
    const wildcard = counted?.termType === 'Wildcard';
    // COUNT(DISTINCT *) is COUNT(*): the solutions are distinct quads. COUNT(DISTINCT ?s) is not.
    if (!wildcard && (aggregate.distinct || !isVariable(counted) || !triple.some((t) => t.value === counted.value)))
      return undefined;
    count = item.variable;
  }
  // ORDER BY only the projected variables (an aggregate there would need the grouping).
  if (!count || query.order?.some((o) => !isVariable(o.expression))) return undefined;
  if (triple.some((t) => t.value === count?.value) || count.value === graph?.value) return undefined;
  return { graph, grouped, count };
}

const integer = (n: number) => DataFactory.literal(String(n), XSD_INTEGER);

/** Replaces the pattern and the grouping of a counting SELECT with VALUES holding the counts. */
function answerFromCounts(query: SubQuery, counted: Counted, counts: StoreCounts): void {
  const { graph, grouped, count } = counted;
  const rows: Record<string, unknown>[] = [];
  if (!graph) {
    rows.push({ [`?${count.value}`]: integer(counts.union()) });
  } else if (!isVariable(graph)) {
    rows.push({ [`?${count.value}`]: integer(counts.graphs.get((graph as Term).value) ?? 0) });
  } else if (grouped) {
    for (const [name, size] of counts.graphs)
      rows.push({ [`?${graph.value}`]: DataFactory.namedNode(name), [`?${count.value}`]: integer(size) });
  } else {
    let total = 0;
    for (const size of counts.graphs.values()) total += size;
    rows.push({ [`?${count.value}`]: integer(total) });
  }
  query.where = [{ type: 'values', values: rows } as Pattern];
  query.variables = query.variables.map((item) =>
    'expression' in item ? item.variable : item,
  ) as SubQuery['variables'];
  delete query.group;
}

/**
 * The SELECTs of `query` (itself, or subqueries outside GRAPH and SERVICE, where the active graph is the
 * default graph) that count a whole graph. `visit` may rewrite them.
 */
function forEachCounting(query: SparqlQuery, visit: (select: SubQuery, counted: Counted) => void): void {
  const stack: unknown[] = [query];
  while (stack.length > 0) {
    const node = stack.pop() as { type?: string; queryType?: string; where?: Pattern[]; patterns?: Pattern[] };
    if (node.type === 'query') {
      const counted = node.queryType === 'SELECT' ? countedBy(node as SubQuery) : undefined;
      if (counted) visit(node as SubQuery, counted);
      else stack.push(...(node.where ?? []));
    } else if (node.type === 'group' || node.type === 'optional' || node.type === 'union' || node.type === 'minus') {
      stack.push(...(node.patterns ?? []));
    }
  }
}

/** Whether any part of the query counts a whole graph (only then is it worth rewriting). */
export function countsWholeGraphs(query: SparqlQuery): boolean {
  let found = false;
  forEachCounting(query, () => {
    found = true;
  });
  return found;
}

/**
 * Rewrites, in place, every part of `query` that counts a whole graph to VALUES holding the counts.
 * Only for a query over the store's own dataset (no FROM, no protocol dataset): the default graph is then
 * the union, and GRAPH ranges over every named graph.
 */
export function answerCountsFromStore(query: SparqlQuery, counts: StoreCounts): void {
  forEachCounting(query, (select, counted) => answerFromCounts(select, counted, counts));
}
