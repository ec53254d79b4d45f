// A store's answer in a format this endpoint serves but the store did not give: solutions from
// SPARQL JSON into SPARQL XML, CSV or TSV; triples from any RDF syntax Oxigraph reads into any it
// writes. Runs in a worker (Oxigraph parses the graphs).
import { AppError } from '../errors.ts';
import { mediaTypeOf } from '../operation.ts';
import { reserialise } from '../rdf/index.ts';
import type { JsonResults, JsonTerm, QueryForm } from '../sparql/index.ts';

export interface Conversion {
  body: string;
  /** The store's Content-Type. */
  from: string;
  /** The media type to answer with. */
  to: string;
  form: QueryForm;
}

/** What to ask a store for: the format wanted, else one this module converts from. */
export function acceptFor(form: QueryForm, mediaType: string): string {
  const fallback =
    form === 'select' || form === 'ask'
      ? 'application/sparql-results+json;q=0.5'
      : 'application/n-triples;q=0.5, text/turtle;q=0.4, application/rdf+xml;q=0.3';
  return `${mediaType}, ${fallback}`;
}

export function convertAnswer({ body, from, to, form }: Conversion): string {
  const source = mediaTypeOf(from) ?? '';
  if (source === to) return body;
  if (form === 'construct' || form === 'describe') {
    try {
      return reserialise(body, source === 'text/plain' ? 'application/n-triples' : source, to);
    } catch (error) {
      throw cannot(from, to, error);
    }
  }
  if (source !== 'application/sparql-results+json' && source !== 'application/json') throw cannot(from, to);
  let results: JsonResults;
  try {
    results = JSON.parse(body) as JsonResults;
  } catch (error) {
    throw cannot(from, to, error);
  }
  return writeResults(results, to);
}

function cannot(from: string, to: string, error?: unknown): AppError {
  const why = error instanceof Error ? `: ${error.message}` : '';
  return new AppError(
    'upstream',
    `The store answered ${from || 'without a Content-Type'}, which cannot be turned into ${to}${why}.`,
  );
}

function writeResults(results: JsonResults, to: string): string {
  const vars = results.head.vars ?? [];
  const rows = results.results?.bindings ?? [];
  switch (to) {
    case 'application/sparql-results+json':
      return JSON.stringify(results);
    case 'application/sparql-results+xml':
      return xml(vars, rows, results.boolean);
    case 'text/csv':
      return delimited(vars, rows, results.boolean, ',', csvCell);
    case 'text/tab-separated-values':
      return delimited(vars, rows, results.boolean, '\t', tsvCell);
    default:
      throw cannot('application/sparql-results+json', to);
  }
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function xml(vars: string[], rows: Record<string, JsonTerm>[], boolean: boolean | undefined): string {
  const head = `<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>${vars.map((v) => `<variable name="${escapeXml(v)}"/>`).join('')}</head>\n`;
  if (boolean !== undefined) return `${head}<boolean>${boolean}</boolean>\n</sparql>\n`;
  const term = (t: JsonTerm) => {
    if (t.type === 'uri') return `<uri>${escapeXml(t.value)}</uri>`;
    if (t.type === 'bnode') return `<bnode>${escapeXml(t.value)}</bnode>`;
    const lang = t['xml:lang'] ? ` xml:lang="${escapeXml(t['xml:lang'])}"` : '';
    const datatype = t.datatype ? ` datatype="${escapeXml(t.datatype)}"` : '';
    return `<literal${lang}${datatype}>${escapeXml(t.value)}</literal>`;
  };
  const results = rows
    .map(
      (row) =>
        `<result>${Object.entries(row)
          .map(([name, t]) => `<binding name="${escapeXml(name)}">${term(t)}</binding>`)
          .join('')}</result>`,
    )
    .join('\n');
  return `${head}<results>\n${results}\n</results>\n</sparql>\n`;
}

function csvCell(t: JsonTerm | undefined): string {
  if (!t) return '';
  const value = t.type === 'bnode' ? `_:${t.value}` : t.value;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function tsvCell(t: JsonTerm | undefined): string {
  if (!t) return '';
  if (t.type === 'uri') return `<${t.value}>`;
  if (t.type === 'bnode') return `_:${t.value}`;
  const text = `"${t.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
  if (t['xml:lang']) return `${text}@${t['xml:lang']}`;
  if (t.datatype && t.datatype !== 'http://www.w3.org/2001/XMLSchema#string') return `${text}^^<${t.datatype}>`;
  return text;
}

function delimited(
  vars: string[],
  rows: Record<string, JsonTerm>[],
  boolean: boolean | undefined,
  separator: string,
  cell: (t: JsonTerm | undefined) => string,
): string {
  // CSV and TSV have no boolean form: an ASK answer is one column, as most stores write it.
  if (boolean !== undefined) return `_askResult\r\n${boolean}\r\n`;
  const header = vars.map((v) => (separator === '\t' ? `?${v}` : v)).join(separator);
  const eol = separator === ',' ? '\r\n' : '\n';
  return `${[header, ...rows.map((row) => vars.map((v) => cell(row[v])).join(separator))].join(eol)}${eol}`;
}
