// Validation results for people (a text report grouped by shape) and for machines (sh:ValidationReport).
import type * as RDF from '@rdfjs/types';
import { Writer } from 'n3';
import oxigraph from 'oxigraph';
import { compactIri, PREFIXES } from '../graph/index.ts';
import type { ValidationResult } from './validate.ts';

/** Focus nodes may be literals or blank nodes, already written as such: only IRIs get brackets. */
const short = (node: string) => compactIri(node) ?? (/^[a-z][a-z0-9+.-]*:\/\//i.test(node) ? `<${node}>` : node);

/** A readable report: a summary line, then the results grouped by shape. */
export function textReport(result: ValidationResult): string {
  const warnings = `${result.warnings} warning${result.warnings === 1 ? '' : 's'}`;
  const lines = [
    result.violations === 0
      ? `The graph conforms to the shapes: no violations, ${warnings}; validated in ${result.durationMs.toFixed(0)} ms.`
      : `The graph does not conform: ${result.violations} violation${result.violations === 1 ? '' : 's'}, ${warnings}.`,
  ];
  const byShape = new Map<string, typeof result.issues>();
  for (const issue of result.issues)
    byShape.set(`${issue.severity}\u0000${issue.shape}`, [
      ...(byShape.get(`${issue.severity}\u0000${issue.shape}`) ?? []),
      issue,
    ]);
  for (const [key, issues] of byShape) {
    const [severity, shape] = key.split('\u0000');
    lines.push('', `${severity} · ${short(shape)} · ${issues.length} result${issues.length === 1 ? '' : 's'}`);
    for (const issue of issues) {
      lines.push(
        `  ${short(issue.focusNode)}${issue.path ? `  ${short(issue.path)}` : ''}${issue.value ? `  = ${issue.value}` : ''}`,
      );
      lines.push(`    ${issue.message}${issue.files.length ? `  (${issue.files.join(', ')})` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export type ReportFormat = 'text/turtle' | 'application/ld+json' | 'application/n-triples';

/** The standard sh:ValidationReport in Turtle (with prefixes), JSON-LD or N-Triples. */
export function rdfReport(result: ValidationResult, format: ReportFormat): string {
  if (format === 'text/turtle') {
    let output = '';
    const writer = new Writer({ prefixes: PREFIXES });
    writer.addQuads(result.report as RDF.Quad[]);
    writer.end((error, text) => {
      if (error) throw error;
      output = text;
    });
    return output;
  }
  const store = new oxigraph.Store();
  const nt = new Writer({ format: 'N-Triples' });
  let ntriples = '';
  nt.addQuads(result.report as RDF.Quad[]);
  nt.end((_e, text) => (ntriples = text));
  store.load(ntriples, { format: 'application/n-triples' });
  return store.dump({ format, from_graph_name: oxigraph.defaultGraph() });
}
