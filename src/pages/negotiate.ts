// Content negotiation for descriptions (RFC 9110 Accept with q-values and wildcards): HTML for
// browsers, and Turtle, TriG, JSON-LD, N-Triples or RDF/XML for programs. A client that accepts
// anything gets HTML, as linked-data servers answer; one that accepts nothing offered gets 406.
import Negotiator from 'negotiator';
import { AppError } from '../errors.ts';
import type { PageFormat } from './iri.ts';

const OFFERS: [PageFormat, string[]][] = [
  ['html', ['text/html', 'application/xhtml+xml']],
  ['turtle', ['text/turtle', 'application/x-turtle', 'text/n3']],
  ['jsonld', ['application/ld+json', 'application/json']],
  ['trig', ['application/trig']],
  ['ntriples', ['application/n-triples']],
  ['rdfxml', ['application/rdf+xml', 'application/xml', 'text/xml']],
];

export const CONTENT_TYPE: Record<PageFormat, string> = {
  html: 'text/html; charset=utf-8',
  turtle: 'text/turtle; charset=utf-8',
  trig: 'application/trig; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  ntriples: 'application/n-triples; charset=utf-8',
  rdfxml: 'application/rdf+xml; charset=utf-8',
};

const ALL = OFFERS.flatMap(([, types]) => types);

export function negotiatePage(accept: string | undefined): PageFormat {
  if (!accept?.trim()) return 'html';
  const best = new Negotiator({ headers: { accept } }).mediaType(ALL);
  const format = OFFERS.find(([, types]) => best !== undefined && types.includes(best))?.[0];
  if (!format) {
    throw new AppError(
      'not-acceptable',
      `None of the requested types (${accept}) is offered here; available: ${OFFERS.map(([, types]) => types[0]).join(', ')}.`,
    );
  }
  return format;
}

/** Does the client prefer JSON to HTML (the search box's suggestions)? */
export function prefersJson(accept: string | undefined): boolean {
  if (!accept?.trim()) return false;
  return new Negotiator({ headers: { accept } }).mediaType(['text/html', 'application/json']) === 'application/json';
}
