// Result formats and content negotiation for SPARQL results (RFC 9110 Accept with q-values and wildcards).
import Negotiator from 'negotiator';
import { HttpError } from './errors.ts';

export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

export interface ResultFormat {
  /** Short name for the `format` parameter and the CLI's --format. */
  name: string;
  /** The Content-Type sent back (without charset). */
  mediaType: string;
  /** Other media types a client may ask for that this format satisfies. */
  aliases?: string[];
}

/** SELECT and ASK: the first entry is the default. */
export const SOLUTION_FORMATS: ResultFormat[] = [
  { name: 'json', mediaType: 'application/sparql-results+json', aliases: ['application/json'] },
  { name: 'xml', mediaType: 'application/sparql-results+xml', aliases: ['application/xml', 'text/xml'] },
  { name: 'csv', mediaType: 'text/csv' },
  { name: 'tsv', mediaType: 'text/tab-separated-values' },
];

/** CONSTRUCT and DESCRIBE, and the service description: the first entry is the default. */
export const GRAPH_FORMATS: ResultFormat[] = [
  { name: 'turtle', mediaType: 'text/turtle', aliases: ['application/x-turtle'] },
  { name: 'ntriples', mediaType: 'application/n-triples' },
  { name: 'jsonld', mediaType: 'application/ld+json', aliases: ['application/json'] },
  { name: 'rdfxml', mediaType: 'application/rdf+xml', aliases: ['application/xml', 'text/xml'] },
];

export function formatsFor(form: QueryForm): ResultFormat[] {
  return form === 'select' || form === 'ask' ? SOLUTION_FORMATS : GRAPH_FORMATS;
}

/** Content-Type header value for a format: text formats are UTF-8. */
export function contentType(format: ResultFormat): string {
  return `${format.mediaType}; charset=utf-8`;
}

/**
 * Picks the format to answer with. An explicit `format` parameter (short name or media type)
 * wins over the Accept header; no Accept header means the default. Throws 406 when nothing
 * acceptable can be produced, and 400 for a `format` parameter this endpoint does not know.
 */
export function negotiate(formats: ResultFormat[], accept: string | undefined, formatParam?: string): ResultFormat {
  if (formatParam !== undefined) {
    const wanted = formatParam.trim().toLowerCase();
    const found = formats.find((f) => f.name === wanted || f.mediaType === wanted || f.aliases?.includes(wanted));
    if (!found) {
      throw new HttpError(
        400,
        `Unknown format '${formatParam}' for this kind of result; use one of: ${describe(formats)}`,
      );
    }
    return found;
  }
  if (!accept || !accept.trim()) return formats[0];
  const offered = formats.flatMap((f) => [f.mediaType, ...(f.aliases ?? [])]);
  // Aliases (application/json, text/xml…) count only when named outright, never through a wildcard:
  // text/* should give CSV, not SPARQL XML served as text/xml.
  const named = new Set(accept.split(',').map((part) => part.split(';')[0].trim().toLowerCase()));
  const canonical = new Set(formats.map((f) => f.mediaType));
  const best = new Negotiator({ headers: { accept } })
    .mediaTypes(offered)
    .find((type) => canonical.has(type) || named.has(type));
  if (!best) {
    throw new HttpError(
      406,
      `None of the requested types (${accept}) can be produced here; available: ${describe(formats)}`,
    );
  }
  return formats.find((f) => f.mediaType === best || f.aliases?.includes(best))!;
}

function describe(formats: ResultFormat[]): string {
  return formats.map((f) => `${f.mediaType} (${f.name})`).join(', ');
}
