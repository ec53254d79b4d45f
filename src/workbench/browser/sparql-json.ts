// The terms of SPARQL results as the browser reads them: SPARQL JSON for SELECT and ASK, N-Triples
// (one statement a line) for the table of a CONSTRUCT or DESCRIBE.
export type Term =
  | { type: 'uri'; value: string }
  | { type: 'bnode'; value: string }
  | { type: 'literal'; value: string; 'xml:lang'?: string; datatype?: string };

export type Row = Record<string, Term | undefined>;

export interface Solutions {
  vars: string[];
  rows: Row[];
}

export const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = [
  'integer',
  'decimal',
  'double',
  'float',
  'int',
  'long',
  'short',
  'nonNegativeInteger',
  'positiveInteger',
];

export function isNumber(term: Term | undefined): boolean {
  return term?.type === 'literal' && !!term.datatype && NUMERIC.some((n) => term.datatype === `${XSD}${n}`);
}

export function isDate(term: Term | undefined): boolean {
  if (term?.type !== 'literal') return false;
  if (term.datatype === `${XSD}date` || term.datatype === `${XSD}dateTime`) return true;
  return !term.datatype && /^\d{4}-\d{2}-\d{2}/.test(term.value);
}

const ESCAPES: Record<string, string> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', "'": "'", '\\': '\\' };

function unescapeText(text: string): string {
  return text.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (_, u4, u8, c) =>
    u4 || u8 ? String.fromCodePoint(Number.parseInt(u4 ?? u8, 16)) : (ESCAPES[c] ?? c),
  );
}

const TERM = /\s*(?:<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([\w-]+)|\^\^<([^>]*)>)?)/y;

function readTerm(line: string, at: { i: number }): Term | undefined {
  TERM.lastIndex = at.i;
  const m = TERM.exec(line);
  if (!m) return undefined;
  at.i = TERM.lastIndex;
  if (m[1] !== undefined) return { type: 'uri', value: unescapeText(m[1]) };
  if (m[2] !== undefined) return { type: 'bnode', value: m[2] };
  return {
    type: 'literal',
    value: unescapeText(m[3] ?? ''),
    ...(m[4] ? { 'xml:lang': m[4] } : {}),
    ...(m[5] ? { datatype: m[5] } : {}),
  };
}

/** N-Triples as rows of subject, predicate, object. */
export function readNTriples(text: string): Solutions {
  const rows: Row[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const at = { i: 0 };
    const s = readTerm(line, at);
    const p = readTerm(line, at);
    const o = readTerm(line, at);
    if (s && p && o) rows.push({ subject: s, predicate: p, object: o });
  }
  return { vars: ['subject', 'predicate', 'object'], rows };
}
