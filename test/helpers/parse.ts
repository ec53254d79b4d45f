// Independent parsers for every format the endpoint produces: tests read answers as a client would.

import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { Parser as N3Parser, type Quad } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { SparqlXmlParser } from 'sparqlxml-parse';

/** Bindings as plain { variable: value } rows, from SPARQL JSON. */
export function jsonRows(text: string): Record<string, string>[] {
  const json = JSON.parse(text) as { results: { bindings: Record<string, { value: string }>[] } };
  return json.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

export async function xmlRows(text: string): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  const stream = new SparqlXmlParser().parseXmlResultsStream(Readable.from([text]));
  for await (const binding of stream)
    rows.push(
      Object.fromEntries(
        Object.entries(binding as unknown as Record<string, { value: string }>).map(([k, v]) => [
          k.replace(/^\?/, ''),
          v.value,
        ]),
      ),
    );
  return rows;
}

export function csvRows(text: string, delimiter = ','): Record<string, string>[] {
  return parseCsv(text, { columns: true, delimiter, relax_quotes: delimiter === '\t' }) as Record<string, string>[];
}

export function turtleQuads(text: string, format = 'text/turtle'): Quad[] {
  return new N3Parser({ format }).parse(text);
}

export async function jsonldQuads(text: string): Promise<string> {
  return (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads' })) as unknown as string;
}

export async function rdfxmlQuads(text: string): Promise<Quad[]> {
  const quads: Quad[] = [];
  const parser = new RdfXmlParser();
  await new Promise<void>((resolve, reject) => {
    parser
      .on('data', (q: Quad) => quads.push(q))
      .on('error', reject)
      .on('end', resolve);
    parser.write(text);
    parser.end();
  });
  return quads;
}
