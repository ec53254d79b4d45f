// The IRI scheme: every IRI under the public base (https://w3id.org/aiactionsummit/ by default) is
// served at the same path on this server, and a suffix names a format (/id/country/FR.ttl).
import { AppError } from '../errors.ts';

/** The formats a description is served in: HTML for people, five RDF syntaxes for machines. */
export type PageFormat = 'html' | 'turtle' | 'trig' | 'jsonld' | 'ntriples' | 'rdfxml';

export const SUFFIXES: Record<string, PageFormat> = {
  '.html': 'html',
  '.ttl': 'turtle',
  '.trig': 'trig',
  '.jsonld': 'jsonld',
  '.nt': 'ntriples',
  '.rdf': 'rdfxml',
};

export const SUFFIX_OF: Record<PageFormat, string> = Object.fromEntries(
  Object.entries(SUFFIXES).map(([suffix, format]) => [format, suffix]),
) as Record<PageFormat, string>;

export class IriSpace {
  constructor(readonly base: string) {}

  /** The server path of an IRI under the base ('/id/country/FR', '/ontology#Figure'); undefined for other IRIs. */
  pathOf(iri: string): string | undefined {
    if (!iri.startsWith(this.base)) return undefined;
    return `/${encodePath(iri.slice(this.base.length))}`;
  }

  /** The IRI a request path names, and the format its suffix asks for when `known` says the bare IRI exists. */
  resolve(path: string, known: (iri: string) => boolean): { iri: string; format?: PageFormat } {
    const iri = `${this.base}${decodePath(path).replace(/^\//, '')}`;
    if (known(iri)) return { iri };
    const dot = iri.lastIndexOf('.');
    const format = dot > iri.lastIndexOf('/') ? SUFFIXES[iri.slice(dot)] : undefined;
    if (format && known(iri.slice(0, dot))) return { iri: iri.slice(0, dot), format };
    return { iri };
  }
}

/** Percent-encodes what an IRI may hold but a URL path may not (spaces, quotes, non-ASCII stay readable to browsers either way). */
function encodePath(rest: string): string {
  return rest.replace(/[^\w\-.~:@!$&'()*+,;=/#%]/g, (c) => encodeURIComponent(c));
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw new AppError('bad-request', 'The URL holds a malformed percent-encoding.');
  }
}
