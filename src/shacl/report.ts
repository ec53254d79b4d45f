// Validation results for people (a text report grouped by shape) and for machines (sh:ValidationReport).
import { compactIri, dumpQuads, writeQuads } from '../rdf/index.ts';
import type { ValidationResult, ValidationSummary } from './validate.ts';

/** Focus nodes may be literals or blank nodes, already written as such: only IRIs get brackets. */
const short = (node: string) => compactIri(node) ?? (/^[a-z][a-z0-9+.-]*:\/\//i.test(node) ? `<${node}>` : node);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A readable report: a summary line, then the results grouped by shape. */
export function textReport(result: ValidationSummary): string {
  const warnings = plural(result.warnings, 'warning');
  const lines = [
    result.violations === 0
      ? `The graph conforms to the shapes: no violations, ${warnings}; ${result.cached ? 'the report of the same data and shapes was reused' : `validated in ${result.durationMs.toFixed(0)} ms`}.`
      : `The graph does not conform: ${plural(result.violations, 'violation')}, ${warnings}.`,
  ];
  const byShape = new Map<string, typeof result.issues>();
  for (const issue of result.issues) {
    const key = `${issue.severity} · ${short(issue.shape)}`;
    byShape.set(key, [...(byShape.get(key) ?? []), issue]);
  }
  for (const [key, issues] of byShape) {
    lines.push('', `${key} · ${plural(issues.length, 'result')}`);
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
  return format === 'text/turtle' ? writeQuads(result.report, 'Turtle') : dumpQuads(result.report, format);
}
