// Reading and rewriting sparqljs's query tree: which variables a query uses or assigns, and
// binding a variable by joining a one-row VALUES block into every group that mentions it.
import type { Term } from 'n3';
import type sparqljs from 'sparqljs';

type AnyNode = Record<string, unknown>;
const isNode = (value: unknown): value is AnyNode => typeof value === 'object' && value !== null;
const isVariable = (value: unknown): value is { termType: 'Variable'; value: string } =>
  isNode(value) && value.termType === 'Variable';

/** Calls `visit` on every object in the tree, depth first. */
function walk(node: unknown, visit: (node: AnyNode) => void): void {
  if (Array.isArray(node)) for (const child of node) walk(child, visit);
  else if (isNode(node)) {
    visit(node);
    for (const value of Object.values(node)) if (isNode(value)) walk(value, visit);
  }
}

/**
 * A copy of the tree that binding may modify: objects and arrays are copied with their prototypes,
 * RDF terms (immutable) are shared.
 */
export function cloneTree<T>(tree: T): T {
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (!isNode(node) || 'termType' in node) return node;
    const copied: AnyNode = Object.create(Object.getPrototypeOf(node));
    for (const [key, value] of Object.entries(node)) copied[key] = copy(value);
    return copied;
  };
  return copy(tree) as T;
}

/** Every variable the tree mentions (without '?'), including the keys of VALUES rows. */
export function variablesIn(node: unknown): Set<string> {
  const found = new Set<string>();
  walk(node, (n) => {
    if (isVariable(n)) found.add(n.value);
    if (n.type === 'values' && Array.isArray(n.values))
      for (const row of n.values as AnyNode[]) for (const key of Object.keys(row)) found.add(key.replace(/^[?$]/, ''));
  });
  return found;
}

/** Variables the query gives a value to itself: BIND targets, (expression AS ?v), VALUES keys. */
export function assignedVariables(query: sparqljs.Query): Map<string, string> {
  const assigned = new Map<string, string>();
  const valuesKeys = (rows: unknown) => {
    if (Array.isArray(rows))
      for (const row of rows as AnyNode[])
        for (const key of Object.keys(row)) assigned.set(key.replace(/^[?$]/, ''), 'VALUES');
  };
  walk(query, (n) => {
    if (n.type === 'bind' && isVariable(n.variable)) assigned.set(n.variable.value, 'BIND');
    else if (n.type === 'values') valuesKeys(n.values);
    else if ('expression' in n && isVariable(n.variable)) assigned.set(n.variable.value, 'AS');
  });
  valuesKeys((query as { values?: unknown }).values);
  return assigned;
}

/** Does the tree contain a SERVICE pattern? */
export function hasService(node: unknown): boolean {
  let found = false;
  walk(node, (n) => {
    if (n.type === 'service') found = true;
  });
  return found;
}

const GROUPS = new Set(['group', 'optional', 'minus', 'graph', 'service']);
/** `{ SELECT … }`: a subquery is alone in its braces, so the VALUES goes into its own WHERE instead. */
const isSubquery = (patterns: unknown[]) =>
  patterns.length === 1 && isNode(patterns[0]) && patterns[0].type === 'query';

/**
 * Binds `variable` to `term`: a one-row `VALUES ?variable { term }` opens the query's WHERE clause
 * and every nested group, OPTIONAL, MINUS, GRAPH, SERVICE, UNION branch and subquery whose patterns
 * mention the variable. Joining a single row is idempotent, so the variable keeps one value
 * everywhere — also inside FILTERs of nested groups, which a VALUES block at the top alone would
 * not reach — and it stays a variable, so projection, GROUP BY, ORDER BY, BOUND() and CONSTRUCT
 * templates see it as such. The tree is modified in place.
 */
export function bindVariable(query: sparqljs.Query, variable: string, term: Term): void {
  const values = (): sparqljs.ValuesPattern => ({
    type: 'values',
    values: [{ [`?${variable}`]: term as sparqljs.ValuePatternRow[string] }],
  });
  const mentions = (node: unknown) => variablesIn(node).has(variable);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isNode(node)) return;
    if (node.type === 'union' && Array.isArray(node.patterns)) {
      // Each branch is a group of its own; a branch that is a bare pattern is wrapped in one.
      node.patterns = (node.patterns as AnyNode[]).map((branch) =>
        GROUPS.has(String(branch.type)) || !mentions(branch) ? branch : { type: 'group', patterns: [branch] },
      );
    } else if (
      GROUPS.has(String(node.type)) &&
      Array.isArray(node.patterns) &&
      mentions(node.patterns) &&
      !isSubquery(node.patterns)
    ) {
      (node.patterns as unknown[]).unshift(values());
    } else if (node.type === 'query' && Array.isArray(node.where) && mentions(node.where)) {
      (node.where as unknown[]).unshift(values());
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'values' && isNode(value)) visit(value);
  };
  const where = query.where ?? [];
  visit(where);
  // The top level always gets it, so the variable is bound where the query only projects, groups or orders by it.
  query.where = [values(), ...where];
}

/** The variables a SELECT query projects, in order (without '?'); undefined for SELECT * (every variable in scope). */
export function projectedVariables(query: sparqljs.Query): string[] | undefined {
  if (query.queryType !== 'SELECT') return [];
  const names: string[] = [];
  for (const item of query.variables) {
    if (isVariable(item)) names.push(item.value);
    else if (isNode(item) && isVariable(item.variable)) names.push(item.variable.value);
    else return undefined;
  }
  return names;
}
