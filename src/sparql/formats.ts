// Result formats and content negotiation for SPARQL results (RFC 9110 Accept with q-values and
// wildcards), with the format names clients send in a `format` (or `output`) parameter.
import Negotiator from 'negotiator';
import { AppError } from '../errors.ts';

export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

export interface ResultFormat {
  /** Short name for the `format` parameter and the CLI's --format. */
  name: string;
  /** The Content-Type sent back (without charset). */
  mediaType: string;
  /** Other media types a client may name outright that this format satisfies. */
  aliases?: string[];
  /** Media types answered with this format only when nothing the client accepts fits better. */
  fallbacks?: string[];
  /** Other names a `format` parameter may use (SPARQLWrapper's, Virtuoso's and Fuseki's). */
  names?: string[];
}

/** SELECT and ASK: the first entry is the default. */
export const SOLUTION_FORMATS: ResultFormat[] = [
  { name: 'json', mediaType: 'application/sparql-results+json', aliases: ['application/json'], names: ['srj'] },
  {
    name: 'xml',
    mediaType: 'application/sparql-results+xml',
    aliases: ['application/xml', 'text/xml'],
    names: ['srx'],
  },
  { name: 'csv', mediaType: 'text/csv' },
  { name: 'tsv', mediaType: 'text/tab-separated-values', names: ['text/tsv'] },
];

/**
 * CONSTRUCT and DESCRIBE, and every RDF description: the first entry is the default. A client that
 * asks a graph query for SPARQL XML or JSON (roqet, SPARQLWrapper's defaults) gets RDF/XML or
 * JSON-LD, as Virtuoso and Fuseki answer, rather than a 406.
 */
export const GRAPH_FORMATS: ResultFormat[] = [
  {
    name: 'turtle',
    mediaType: 'text/turtle',
    aliases: ['application/x-turtle', 'text/n3', 'text/rdf+n3'],
    names: ['ttl', 'n3'],
  },
  { name: 'ntriples', mediaType: 'application/n-triples', names: ['nt', 'n-triples'] },
  {
    name: 'jsonld',
    mediaType: 'application/ld+json',
    aliases: ['application/json'],
    fallbacks: ['application/sparql-results+json'],
    names: ['json-ld', 'json'],
  },
  {
    name: 'rdfxml',
    mediaType: 'application/rdf+xml',
    aliases: ['application/xml', 'text/xml'],
    fallbacks: ['application/sparql-results+xml'],
    names: ['xml', 'rdf+xml', 'rdf'],
  },
];

export function formatsFor(form: QueryForm): ResultFormat[] {
  return form === 'select' || form === 'ask' ? SOLUTION_FORMATS : GRAPH_FORMATS;
}

/** Content-Type header value for a format: text formats are UTF-8. */
export function contentType(format: ResultFormat): string {
  return `${format.mediaType}; charset=utf-8`;
}

function byParameter(formats: ResultFormat[], value: string): ResultFormat | undefined {
  const wanted = value.trim().toLowerCase();
  return formats.find(
    (f) => f.name === wanted || f.mediaType === wanted || f.aliases?.includes(wanted) || f.names?.includes(wanted),
  );
}

/**
 * Picks the format to answer with. Explicit `format` values (short names or media types) win over
 * the Accept header; several values are fine when they all mean the same format (SPARQLWrapper sends
 * `tsv` and `text/tab-separated-values`). No Accept header means the default. Throws 406 when nothing
 * acceptable can be produced, and 400 for format values this endpoint does not know or that disagree.
 */
export function negotiate(
  formats: ResultFormat[],
  accept: string | undefined,
  formatValues: string[] = [],
): ResultFormat {
  const values = formatValues.filter((value) => value.trim() !== '');
  if (values.length > 0) {
    const found = values.map((value) => {
      const format = byParameter(formats, value);
      if (!format) {
        throw new AppError(
          'bad-request',
          `Unknown format '${value}' for this kind of result; use one of: ${describe(formats)}`,
        );
      }
      return format;
    });
    const distinct = [...new Set(found)];
    if (distinct.length > 1) {
      throw new AppError(
        'bad-request',
        `The format parameter asks for ${distinct.map((f) => f.name).join(' and ')}; ask for one.`,
      );
    }
    return found[0] as ResultFormat;
  }
  if (!accept?.trim()) return formats[0] as ResultFormat;
  const format =
    pick(formats, accept, (f) => [f.mediaType, ...(f.aliases ?? [])]) ??
    pick(formats, accept, (f) => f.fallbacks ?? []);
  if (!format) {
    throw new AppError(
      'not-acceptable',
      `None of the requested types (${accept}) can be produced here; available: ${describe(formats)}`,
    );
  }
  return format;
}

/** The format the Accept header prefers among the media types `offer` gives each format. */
function pick(formats: ResultFormat[], accept: string, offer: (f: ResultFormat) => string[]): ResultFormat | undefined {
  // Other names than the canonical one count only when named outright, never through a wildcard:
  // text/* should give CSV, not SPARQL XML served as text/xml.
  const named = new Set(accept.split(',').map((part) => part.split(';')[0]?.trim().toLowerCase()));
  const canonical = new Set(formats.map((f) => f.mediaType));
  const best = new Negotiator({ headers: { accept } })
    .mediaTypes(formats.flatMap(offer))
    .find((type) => canonical.has(type) || named.has(type));
  return best === undefined ? undefined : formats.find((f) => offer(f).includes(best));
}

function describe(formats: ResultFormat[]): string {
  return formats.map((f) => `${f.mediaType} (${f.name})`).join(', ');
}

/**
 * A term of SPARQL JSON results (https://www.w3.org/TR/sparql11-results-json/), as other stores
 * write them too: 'typed-literal' is SPARQL 1.0's, 'triple' RDF-star's.
 */
export interface JsonTerm {
  type: 'uri' | 'literal' | 'typed-literal' | 'bnode' | 'triple';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

/** SPARQL JSON results: a SELECT's variables and rows, or an ASK's boolean. */
export interface JsonResults {
  head: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings: Record<string, JsonTerm>[] };
}
