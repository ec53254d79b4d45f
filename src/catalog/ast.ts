// Reading and rewriting sparqljs's query tree: which variables a query uses or assigns, and
// binding a variable: its value written into expressions, and a one-row VALUES block joined into
// the query and every group whose patterns mention it.
import { DataFactory, type Term } from 'n3';
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
const TRUE = DataFactory.literal('true', DataFactory.namedNode('http://www.w3.org/2001/XMLSchema#boolean'));

const isBoundOf = (node: unknown, variable: string) =>
  isNode(node) &&
  node.type === 'operation' &&
  node.operator === 'bound' &&
  Array.isArray(node.args) &&
  isVariable(node.args[0]) &&
  node.args[0].value === variable;

/**
 * Writes `term` for `variable` into every FILTER and BIND expression under `node` (`BOUND(?variable)`
 * becomes true), not inside a MINUS. The group of an EXISTS is a group again: its own FILTERs get the
 * term, its patterns are left to bindVariable. In place: callers bind a copy (cloneTree).
 */
function writeIntoExpressions(node: unknown, variable: string, term: Term, inExpression = false): void {
  if (!isNode(node) || 'termType' in node || node.type === 'minus') return;
  const expressionHere = inExpression && node.type !== 'group';
  const slots = node as Record<string, unknown>;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'values') continue;
    const expression = expressionHere || ((node.type === 'filter' || node.type === 'bind') && key === 'expression');
    if (expression && isVariable(child) && child.value === variable) slots[key] = term;
    else if (expression && isBoundOf(child, variable)) slots[key] = TRUE;
    else writeIntoExpressions(child, variable, term, expression);
  }
}

/**
 * Binds `variable` to `term`, so that it has one value everywhere in the query:
 * - every FILTER and BIND expression gets the term itself (`BOUND(?variable)` becomes true), in
 *   whatever group it is: a FILTER inside an OPTIONAL or a UNION branch does not see an outer value;
 * - a one-row `VALUES ?variable { term }` opens the query's WHERE clause, so projection, GROUP BY,
 *   ORDER BY and CONSTRUCT templates see a variable with that value, and every nested group,
 *   OPTIONAL, MINUS, GRAPH, SERVICE, UNION branch and subquery whose patterns still mention it.
 * A MINUS keeps its VALUES even where only its FILTER mentions the variable: which variables it binds
 * decides what it removes. Writing the term into expressions, rather than joining a VALUES into every
 * group that only filters on it, keeps such a group joinable with what is bound outside it: Oxigraph
 * plans a group that holds an unconnected VALUES as a separate product and evaluates the rest unbound
 * (a saved query took 3 s instead of 28 ms on a million quads). Joining a single row is idempotent, so
 * the answers do not change. The tree is modified in place.
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
    } else if (node.type === 'query' && Array.isArray(node.where) && mentions(node)) {
      // A subquery sees nothing of the outer query: its projection and grouping need the value too.
      (node.where as unknown[]).unshift(values());
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'values' && isNode(value)) visit(value);
  };
  const where = query.where ?? [];
  writeIntoExpressions(where, variable, term);
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
