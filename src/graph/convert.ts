// `summit-kg convert`, as Jena's riot does: RDF documents in any syntax read (by file extension, or
// as told), written in another. Turtle and TriG output keep the prefixes the input declared.
import { pathToFileURL } from 'node:url';
import type * as RDF from '@rdfjs/types';
import { Parser } from 'n3';
import { AppError } from '../errors.ts';
import { PREFIXES, parseQuads, type Quad, type RdfFormat, rdfFormatOfFile } from '../rdf/index.ts';
import { parserError } from './load.ts';

export interface Document {
  /** The file name (or '-' for standard input): names the document in errors and gives its base IRI. */
  name: string;
  text: string;
}

export interface ReadDocuments {
  quads: Quad[];
  /** The input's own prefixes over the project's. */
  prefixes: Record<string, string>;
}

/** Parses each document in its syntax (`from`, or its extension); a syntax error names file:line:column. */
export function readDocuments(documents: Document[], from?: RdfFormat): ReadDocuments {
  const quads: Quad[] = [];
  const prefixes: Record<string, string> = { ...PREFIXES };
  for (const { name, text } of documents) {
    const format = from ?? rdfFormatOfFile(name);
    if (!format) {
      throw new AppError('usage', `${name}: cannot tell its RDF syntax from its name; say it with --from.`, {
        file: name,
      });
    }
    const base = name === '-' ? pathToFileURL(`${process.cwd()}/`).href : pathToFileURL(name).href;
    try {
      for (const q of parseQuads(text, { format: format.mediaType, base_iri: base })) quads.push(q);
    } catch (error) {
      throw parserError(name, (error as Error).message);
    }
    if (format.name === 'turtle' || format.name === 'trig')
      Object.assign(prefixes, declaredPrefixes(text, format, base));
  }
  return { quads, prefixes };
}

/** The @prefix / PREFIX declarations of a Turtle or TriG document (the text already parsed once). */
function declaredPrefixes(text: string, format: RdfFormat, base: string): Record<string, string> {
  const declared: Record<string, string> = {};
  new Parser({ format: format.name === 'trig' ? 'TriG' : 'Turtle', baseIRI: base }).parse(
    text,
    null,
    (prefix: string, iri: RDF.NamedNode) => {
      if (prefix) declared[prefix] = iri.value;
    },
  );
  return declared;
}
