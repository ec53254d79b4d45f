// Where the SERVICE patterns of a parsed query sit, and what can be evaluated locally beside each:
// the pure half of federated evaluation, over sparqljs's tree. The patterns a group holds are folded
// left to right (a join, a left join for OPTIONAL, a minus for MINUS, an extension for BIND; its
// FILTERs apply to the whole group), so the part of the group a SERVICE is joined with can be run on
// its own, and its bindings passed to the remote endpoint to ask only about them (a bind join).
import type {
  GraphPattern,
  Pattern,
  ServicePattern,
  SparqlQuery,
  SparqlTerm,
  SubQuery,
  ValuesPattern,
} from '../rdf/index.ts';

export interface ServiceSite {
  service: ServicePattern;
  /** The patterns of the group holding the SERVICE, in order; the SERVICE is replaced in it. */
  siblings: Pattern[];
  /** The names of the GRAPH patterns around the group, outermost first. */
  graphs: GraphPattern['name'][];
  /** Inside FILTER EXISTS or NOT EXISTS, whose group sees the outer solution: its neighbours cannot run alone. */
  inExists: boolean;
}

/** Every SERVICE of the query outside other SERVICEs, in document order (inner groups before the patterns after them). */
export function serviceSites(query: SparqlQuery): ServiceSite[] {
  const sites: ServiceSite[] = [];
  if (query.type !== 'query') return sites;
  const visitList = (list: Pattern[], graphs: ServiceSite['graphs'], inExists: boolean) => {
    for (const pattern of list) visitPattern(pattern, list, graphs, inExists);
  };
  const visitPattern = (pattern: Pattern, list: Pattern[], graphs: ServiceSite['graphs'], inExists: boolean) => {
    switch (pattern.type) {
      case 'service':
        // A SERVICE inside a SERVICE is the remote endpoint's business: it travels in the text.
        sites.push({ service: pattern, siblings: list, graphs, inExists });
        return;
      case 'group':
      case 'optional':
      case 'minus':
        visitList(pattern.patterns, graphs, inExists);
        return;
      case 'graph':
        visitList(pattern.patterns, [...graphs, pattern.name], inExists);
        return;
      case 'union':
        // Each branch is a group of its own (sparqljs unwraps one-pattern branches: wrap them back).
        pattern.patterns = pattern.patterns.map(asGroup);
        for (const branch of pattern.patterns) visitPattern(branch, list, graphs, inExists);
        return;
      case 'query':
        visitList(pattern.where ?? [], graphs, inExists);
        visitHead(pattern, graphs);
        return;
      case 'filter':
      case 'bind':
        visitExpression(pattern.expression, graphs);
        return;
      default:
        return;
    }
  };
  // EXISTS and NOT EXISTS hold a pattern inside an expression, wherever expressions go.
  const visitExpression = (node: unknown, graphs: ServiceSite['graphs']) => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) visitExpression(item, graphs);
      return;
    }
    const expression = node as { type?: string; operator?: string; args?: unknown[]; where?: unknown };
    if (expression.type === 'operation' && (expression.operator === 'exists' || expression.operator === 'notexists')) {
      const args = (expression.args ?? []) as Pattern[];
      const [inner] = args;
      if (inner) {
        args[0] = asGroup(inner);
        visitPattern(args[0], args, graphs, true);
      }
      return;
    }
    for (const value of Object.values(expression)) visitExpression(value, graphs);
  };
  // A query's head, grouping, HAVING and ORDER BY may hold EXISTS too.
  const visitHead = (query: SparqlQuery | SubQuery, graphs: ServiceSite['graphs']) => {
    const { variables, group, having, order } = query as Partial<SubQuery>;
    visitExpression([variables, group, having, order], graphs);
  };
  visitList(query.where ?? [], [], false);
  visitHead(query, []);
  return sites;
}

function asGroup(pattern: Pattern): Pattern {
  return pattern.type === 'group' ? pattern : { type: 'group', patterns: [pattern] };
}

/** Patterns that only join with their neighbours: the order of a run of them does not matter. */
const JOINS = new Set(['bgp', 'group', 'union', 'graph', 'service', 'values', 'query', 'filter']);

/**
 * The patterns the SERVICE is joined with in its group, as a group that can run on its own: every
 * pattern before it, and the joins after it up to the next OPTIONAL, MINUS or BIND (a join's operands
 * commute). The group's FILTERs are left out, and so are later patterns holding a SERVICE not yet
 * answered: leaving out a join operand or a filter only widens the bindings, and the bindings only
 * narrow what the endpoint is asked. Empty when the SERVICE has nothing before it to join with.
 */
export function neighbours(site: ServiceSite, unanswered: Set<ServicePattern>): Pattern[] {
  const at = site.siblings.indexOf(site.service);
  let end = at + 1;
  while (end < site.siblings.length && JOINS.has(site.siblings[end]?.type ?? '')) end++;
  return [...site.siblings.slice(0, at), ...site.siblings.slice(at + 1, end)].filter(
    (pattern) => pattern.type !== 'filter' && !holdsService(pattern, unanswered),
  );
}

function holdsService(pattern: Pattern, services: Set<ServicePattern>): boolean {
  let found = false;
  walk(pattern, (node) => {
    if (services.has(node as ServicePattern)) found = true;
  });
  return found;
}

/** Variables that patterns can bind: those of triples, BIND, VALUES, GRAPH names and sub-select heads (not those only filtered on). */
export function boundVariables(patterns: Pattern[]): Set<string> {
  const names = new Set<string>();
  const add = (term: unknown) => {
    const t = term as SparqlTerm | undefined;
    if (t?.termType === 'Variable') names.add(t.value);
  };
  const visit = (pattern: Pattern) => {
    switch (pattern.type) {
      case 'bgp':
        for (const triple of pattern.triples) {
          add(triple.subject);
          add(triple.predicate);
          add(triple.object);
        }
        return;
      case 'bind':
        add(pattern.variable);
        return;
      case 'values':
        for (const row of pattern.values) for (const key of Object.keys(row)) names.add(key.replace(/^[?$]/, ''));
        return;
      case 'graph':
        add(pattern.name);
        for (const inner of pattern.patterns) visit(inner);
        return;
      case 'group':
      case 'optional':
      case 'union':
      case 'service':
        for (const inner of pattern.patterns) visit(inner);
        return;
      case 'query':
        for (const variable of pattern.variables) {
          if ('termType' in variable && variable.termType === 'Wildcard') {
            for (const inner of pattern.where ?? []) visit(inner);
          } else add('variable' in variable ? variable.variable : variable);
        }
        return;
      default:
        return;
    }
  };
  for (const pattern of patterns) visit(pattern);
  return names;
}

/** Calls `see` on every object of the tree under `root`. */
function walk(root: unknown, see: (node: object) => void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    see(node);
    stack.push(...(Array.isArray(node) ? node : Object.values(node)));
  }
}

/** The SERVICE replaced, where it stands, by another pattern (its solutions as VALUES, or an empty group). */
export function replaceService(site: ServiceSite, by: ValuesPattern | Pattern): void {
  const at = site.siblings.indexOf(site.service);
  if (at >= 0) site.siblings[at] = by;
}
