// Turtle for people: the statements of a CONSTRUCT or DESCRIBE written by subject, with the prefixes
// of the server's table (/prefixes.json) that they use declared first.
import type { Solutions, Term } from './sparql-json.ts';

const LOCAL = /^[\p{L}\p{N}_][\p{L}\p{N}_-]*$/u;
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

function quote(value: string): string {
  return JSON.stringify(value).replace(/\\u([0-9a-f]{4})/g, (match, hex: string) =>
    Number.parseInt(hex, 16) < 0x20 ? match : String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

export function writeTurtle(statements: Solutions, prefixes: Record<string, string>): string {
  const used = new Set<string>();
  const longestFirst = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);
  const iri = (value: string): string => {
    for (const [prefix, namespace] of longestFirst) {
      const local = value.slice(namespace.length);
      if (value.startsWith(namespace) && LOCAL.test(local)) {
        used.add(prefix);
        return `${prefix}:${local}`;
      }
    }
    return `<${value}>`;
  };
  const term = (t: Term | undefined): string => {
    if (!t) return '';
    if (t.type === 'uri') return iri(t.value);
    if (t.type === 'bnode') return `_:${t.value}`;
    if (t['xml:lang']) return `${quote(t.value)}@${t['xml:lang']}`;
    if (t.datatype && t.datatype !== XSD_STRING) return `${quote(t.value)}^^${iri(t.datatype)}`;
    return quote(t.value);
  };
  const bySubject = new Map<string, Map<string, string[]>>();
  for (const row of statements.rows) {
    const s = term(row.subject);
    const p = row.predicate?.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' ? 'a' : term(row.predicate);
    const predicates = bySubject.get(s) ?? new Map<string, string[]>();
    predicates.set(p, [...(predicates.get(p) ?? []), term(row.object)]);
    bySubject.set(s, predicates);
  }
  const blocks = [...bySubject].map(
    ([s, predicates]) =>
      `${s}\n${[...predicates].map(([p, objects]) => `    ${p} ${objects.join(' ,\n        ')}`).join(' ;\n')} .`,
  );
  const header = [...used].sort().map((prefix) => `@prefix ${prefix}: <${prefixes[prefix]}> .`);
  return `${header.join('\n')}${header.length ? '\n\n' : ''}${blocks.join('\n\n')}\n`;
}
