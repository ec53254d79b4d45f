// SPARQL JSON results as an aligned text table for a terminal, with IRIs shortened by the project's prefixes.
import { compactIri } from '../rdf/index.ts';
import type { JsonResults, JsonTerm } from '../sparql/index.ts';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const shorten = (iri: string) => compactIri(iri) ?? `<${iri}>`;

export function showTerm(term: JsonTerm | undefined): string {
  if (!term) return '';
  if (term.type === 'uri') return shorten(term.value);
  if (term.type === 'bnode') return `_:${term.value}`;
  if (term.type !== 'literal') return String(term.value);
  if (term['xml:lang']) return `"${term.value}"@${term['xml:lang']}`;
  const numeric = term.datatype && /#(integer|decimal|double|boolean)$/.test(term.datatype);
  if (!term.datatype || term.datatype === `${XSD}string` || numeric) return numeric ? term.value : `"${term.value}"`;
  return `"${term.value}"^^${shorten(term.datatype)}`;
}

/** Renders SELECT/ASK results given as SPARQL JSON. */
export function renderTable(json: string): string {
  const results = JSON.parse(json) as JsonResults;
  if (typeof results.boolean === 'boolean') return `${results.boolean}\n`;
  const vars = results.head.vars ?? [];
  const rows = (results.results?.bindings ?? []).map((binding) =>
    vars.map((name) => showTerm(binding[name]).replace(/\s+/g, ' ')),
  );
  const widths = vars.map((name, i) => Math.max(name.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const count = `(${rows.length} row${rows.length === 1 ? '' : 's'})`;
  return `${[line(vars), rule, ...rows.map(line), count].join('\n')}\n`;
}
