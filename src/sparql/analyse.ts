// What a query is before it runs: its form, whether it names its own dataset, and where it is
// wrong (line and column of the offending token) when it does not parse.
import sparqljs from 'sparqljs';
import { BASE_IRI } from '../graph/index.ts';
import { HttpError } from './errors.ts';
import type { QueryForm } from './formats.ts';

export interface QueryAnalysis {
  form: QueryForm;
  /** The query has FROM or FROM NAMED: it chooses its own dataset. */
  hasDataset: boolean;
  /** Endpoints named in SERVICE clauses, in order of appearance, without repeats. */
  services: string[];
}

interface JisonHash {
  text?: string;
  token?: string;
  loc?: { first_line: number; first_column: number };
  expected?: string[];
}

/** Relative IRIs in queries resolve against the graph's base, as they do in the data. */
export const QUERY_BASE_IRI = BASE_IRI;

export function analyseQuery(query: string): QueryAnalysis {
  let parsed: sparqljs.SparqlQuery;
  try {
    parsed = new sparqljs.Parser({ baseIRI: QUERY_BASE_IRI }).parse(query);
  } catch (error) {
    throw syntaxError(query, error as Error & { hash?: JisonHash });
  }
  if (parsed.type === 'update') {
    throw new HttpError(
      400,
      'This is a SPARQL Update; the /sparql endpoint only answers queries (SELECT, ASK, CONSTRUCT, DESCRIBE) and the graph is read-only.',
    );
  }
  const from = parsed.from;
  return {
    form: parsed.queryType.toLowerCase() as QueryForm,
    hasDataset: Boolean(from && (from.default.length > 0 || from.named.length > 0)),
    services: servicesIn(parsed),
  };
}

/** Walks the parsed query for SERVICE patterns; a SERVICE whose endpoint is a variable is refused. */
function servicesIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) servicesIn(child, found);
  } else if (node && typeof node === 'object') {
    const pattern = node as { type?: string; name?: { termType: string; value: string } };
    if (pattern.type === 'service' && pattern.name) {
      if (pattern.name.termType !== 'NamedNode')
        throw new HttpError(
          400,
          'SERVICE needs a fixed endpoint IRI; a variable endpoint (SERVICE ?x) is not allowed.',
        );
      if (!found.includes(pattern.name.value)) found.push(pattern.name.value);
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') servicesIn(value, found);
  }
  return found;
}

/** Turns a parser exception into a 400 that says where the query is wrong, with the line and a caret. */
function syntaxError(query: string, error: Error & { hash?: JisonHash }): HttpError {
  const hash = error.hash;
  if (!hash?.loc) return new HttpError(400, `Invalid query: ${error.message}`);
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
  return new HttpError(
    400,
    `Syntax error at line ${position.line}, column ${position.column}: unexpected ${found}` +
      (expected.length ? `; expected one of: ${shown}` : '') +
      `\n  ${lines[position.line - 1] ?? ''}\n  ${' '.repeat(Math.max(0, position.column - 1))}^`,
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
  while (lineIndex + 1 < lineStarts.length && lineStarts[lineIndex + 1] <= offset) lineIndex++;
  return { line: lineIndex + 1, column: offset - lineStarts[lineIndex] + 1 };
}
