// Helpers for the pages' tests: the real graph's facts asked of its own endpoint, RDF in any syntax
// read by independent parsers into comparable triples, and the text of an HTML page.
import type { Quad } from 'n3';
import { jsonldQuads, jsonRows, rdfxmlQuads, turtleQuads } from '../helpers/parse.ts';
import { sparqlGet, type TestServer } from '../helpers/server.ts';

export const BASE = 'https://w3id.org/aiactionsummit/';

export const PREFIXES = `PREFIX aas: <${BASE}ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
`;

/** A SELECT over the server's own endpoint, as plain rows. */
export async function ask(server: TestServer, query: string): Promise<Record<string, string>[]> {
  const response = await server.get(sparqlGet(`${PREFIXES}${query}`));
  if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`);
  return jsonRows(await response.text());
}

export const RDF_TYPES = {
  turtle: 'text/turtle',
  trig: 'application/trig',
  jsonld: 'application/ld+json',
  ntriples: 'application/n-triples',
  rdfxml: 'application/rdf+xml',
} as const;

export type RdfFormat = keyof typeof RDF_TYPES;

/** An RDF document read by a parser that is not the server's writer: n3 (Turtle, TriG, N-Triples), jsonld, rdfxml-streaming-parser. */
export async function parseRdf(text: string, format: RdfFormat | 'nquads'): Promise<Quad[]> {
  switch (format) {
    case 'nquads':
      return turtleQuads(text, 'application/n-quads');
    case 'turtle':
    case 'ntriples':
    case 'trig':
      return turtleQuads(text, RDF_TYPES[format]);
    case 'jsonld':
      return turtleQuads(await jsonldQuads(text), 'application/n-quads');
    case 'rdfxml':
      return rdfxmlQuads(text);
  }
}

/** A triple as text, whatever graph holds it: two syntaxes give the same graph when these sets are equal. */
export function tripleKey(q: Quad): string {
  const term = (t: Quad['object']) =>
    t.termType === 'Literal' ? `"${t.value}"@${t.language}^^${t.datatype.value}` : `<${t.value}>`;
  return `${term(q.subject)} ${term(q.predicate)} ${term(q.object)}`;
}

export const triples = (quads: Quad[]) => new Set(quads.map(tripleKey));

/** A page's visible text, spaces collapsed (Intl's no-break spaces too). */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

export async function page(server: TestServer, path: string, headers: Record<string, string> = {}) {
  const response = await server.get(path, { headers: { Accept: 'text/html', ...headers } });
  const html = await response.text();
  return { response, html, text: textOf(html) };
}
