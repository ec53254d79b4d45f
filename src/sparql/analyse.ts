// What a query is before it runs: its form, whether it names its own dataset, which remote
// endpoints it calls, and where it is wrong (line and column of the offending token) when it does
// not parse. Runs in a worker, inside the query's time limit: parsing costs grow faster than the text.
import { AppError } from '../errors.ts';
import { parseSparql, type SparqlQuery } from '../rdf/index.ts';
import { countsWholeGraphs } from './counts.ts';
import type { QueryForm } from './formats.ts';

export interface QueryAnalysis {
  form: QueryForm;
  /** The query has FROM or FROM NAMED: it chooses its own dataset. */
  hasDataset: boolean;
  /** Endpoints named in SERVICE clauses, in order of appearance, without repeats. */
  services: string[];
  /** Parts of the parsed query (patterns, terms, operators), VALUES rows not counted. */
  nodes: number;
  /** Some SELECT of it counts every triple of a graph (counts.ts): the store's own counts can answer it. */
  countsGraphs: boolean;
}

interface JisonHash {
  text?: string;
  token?: string;
  loc?: { first_line: number; first_column: number };
  expected?: string[];
}

/**
 * Parses and measures a query; throws 'syntax', 'bad-request' (an update) or 'too-complex' (over
 * `maxNodes` parts, or a property path deeper than `maxDepth`).
 */
export function analyseQuery(
  query: string,
  maxNodes = Number.POSITIVE_INFINITY,
  maxDepth = Number.POSITIVE_INFINITY,
): QueryAnalysis {
  let parsed: SparqlQuery;
  try {
    parsed = parseSparql(query);
  } catch (error) {
    if (error instanceof RangeError) throw tooComplex(`The query is too deeply nested to parse (${error.message}).`);
    throw syntaxError(query, error as Error & { hash?: JisonHash });
  }
  if (parsed.type === 'update') {
    throw new AppError(
      'bad-request',
      'This is a SPARQL Update, and this endpoint is read-only: it answers queries (SELECT, ASK, CONSTRUCT, DESCRIBE) only.',
    );
  }
  const { nodes, services, pathDepth } = measure(parsed);
  if (pathDepth > maxDepth) {
    throw new AppError(
      'too-complex',
      `A property path of the query chains ${pathDepth} levels of steps, alternatives and operators, more than ${maxDepth} (SUMMIT_KG_MAX_QUERY_DEPTH): the engine nests one level for each. For a long list of properties, bind ?p with VALUES and match ?s ?p ?o.`,
      { limit: { setting: 'SUMMIT_KG_MAX_QUERY_DEPTH', value: maxDepth } },
    );
  }
  if (nodes > maxNodes) {
    throw tooComplex(
      `The query has ${nodes} parts (patterns, terms and operators), over the limit of ${maxNodes} (SUMMIT_KG_MAX_QUERY_NODES): split it, or move long lists of values into VALUES.`,
      maxNodes,
    );
  }
  const from = parsed.from;
  return {
    form: parsed.queryType.toLowerCase() as QueryForm,
    hasDataset: Boolean(from && (from.default.length > 0 || from.named.length > 0)),
    services,
    nodes,
    countsGraphs: countsWholeGraphs(parsed),
  };
}

function tooComplex(message: string, limit?: number): AppError {
  return new AppError(
    'too-complex',
    message,
    limit === undefined ? {} : { limit: { setting: 'SUMMIT_KG_MAX_QUERY_NODES', value: limit } },
  );
}

interface PathNode {
  type: 'path';
  pathType: string;
  items: unknown[];
}

const isPath = (node: unknown): node is PathNode => (node as { type?: string } | null)?.type === 'path';

/**
 * How deep the engine nests a property path: `a|b|c` or `a/b/c` is parsed flat, but evaluated as
 * nested pairs, a level for each step (Oxigraph's WebAssembly stack overflows past about 1,500).
 * Recursive only through parentheses, which the text's nesting limit already bounds.
 */
function pathDepth(path: PathNode): number {
  const own = path.pathType === '|' || path.pathType === '/' ? path.items.length - 1 : 1;
  let inner = 0;
  for (const item of path.items) if (isPath(item)) inner = Math.max(inner, pathDepth(item));
  return own + inner;
}

/**
 * Counts the objects of the parsed tree (VALUES blocks count once), collects SERVICE endpoints and
 * finds the deepest property path, without recursion (but for pathDepth).
 */
function measure(query: SparqlQuery): { nodes: number; services: string[]; pathDepth: number } {
  const services: string[] = [];
  let nodes = 0;
  let deepest = 0;
  const stack: unknown[] = [query];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    nodes++;
    // Children are pushed last first, so they are visited in the order they appear.
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    const pattern = node as { type?: string; name?: { termType: string; value: string } };
    if (pattern.type === 'values') continue;
    if (isPath(node)) deepest = Math.max(deepest, pathDepth(node));
    if (pattern.type === 'service' && pattern.name) {
      if (pattern.name.termType !== 'NamedNode') {
        throw new AppError(
          'bad-request',
          'SERVICE needs a fixed endpoint IRI; a variable endpoint (SERVICE ?x) is not allowed.',
        );
      }
      if (!services.includes(pattern.name.value)) services.push(pattern.name.value);
    }
    const children = Object.values(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { nodes, services, pathDepth: deepest };
}

/** Turns a parser exception into a 'syntax' error that says where the query is wrong, with the line and a caret. */
function syntaxError(query: string, error: Error & { hash?: JisonHash }): AppError {
  const hash = error.hash;
  if (!hash?.loc) return new AppError('syntax', `Invalid query: ${error.message}`);
  const position = locate(query, hash.loc.first_line, hash.loc.first_column, hash.text ?? '');
  const lines = query.split('\n');
  const found =
    hash.token === 'EOF'
      ? 'end of query'
      : hash.token === 'INVALID'
        ? `'${hash.text}' (not a valid token here)`
        : `'${hash.text}'`;
  const expected = (hash.expected ?? []).map((token) => token.replace(/^'|'$/g, ''));
  const shown = expected.slice(0, 10).join(', ') + (expected.length > 10 ? `, … (${expected.length - 10} more)` : '');
  return new AppError(
    'syntax',
    `Syntax error at line ${position.line}, column ${position.column}: unexpected ${found}` +
      (expected.length ? `; expected one of: ${shown}` : '') +
      `\n  ${lines[position.line - 1] ?? ''}\n  ${' '.repeat(Math.max(0, position.column - 1))}^`,
    { line: position.line, column: position.column },
  );
}

/**
 * The parser's location is that of the last token it accepted (or of the offending one); the
 * offending token is the first occurrence of its text from there on.
 */
function locate(query: string, line: number, column: number, text: string): { line: number; column: number } {
  const lineStarts = [0];
  for (let i = 0; i < query.length; i++) if (query[i] === '\n') lineStarts.push(i + 1);
  const from = (lineStarts[line - 1] ?? 0) + column;
  const found = text ? query.indexOf(text, from) : -1;
  const offset = found >= 0 ? found : Math.min(from, query.length);
  let lineIndex = 0;
  while (lineIndex + 1 < lineStarts.length && (lineStarts[lineIndex + 1] ?? Infinity) <= offset) lineIndex++;
  return { line: lineIndex + 1, column: offset - (lineStarts[lineIndex] ?? 0) + 1 };
}
