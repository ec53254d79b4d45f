// The downloads, written in a worker once, when first asked for: the whole dataset (TriG, N-Quads,
// JSON-LD), each named graph as Turtle, and the declarations' signatory lists as CSV, each with its
// size and SHA-256.
import { createHash } from 'node:crypto';
import type * as RDF from '@rdfjs/types';
import { stringify } from 'csv-stringify/sync';
import { PREFIXES, type Store, selectColumns, writeJsonLd, writeQuads } from '../rdf/index.ts';
import { PageReader } from './data.ts';

export interface Dump {
  /** The file's path under /downloads/. */
  name: string;
  mediaType: string;
  /** What it holds, for people (en, fr). */
  title: { en: string; fr: string };
  /** The named graph it holds, for per-graph dumps. */
  graph?: string;
  /** Quads or rows it holds. */
  items: number;
  bytes: number;
  sha256: string;
  text: string;
}

/** A graph's file name: the last segment of its IRI, or its position when that is not a plain name. */
export function graphFileName(graph: string, index: number): string {
  const last =
    graph
      .replace(/[#/]+$/, '')
      .split(/[#/]/)
      .pop() ?? '';
  return `graph/${/^[\w.-]+$/.test(last) ? last : `graph-${index + 1}`}.ttl`;
}

const SIGNATORIES = `PREFIX aas: <${PREFIXES.aas}>
PREFIX rdfs: <${PREFIXES.rdfs}>
PREFIX owl: <${PREFIXES.owl}>
SELECT ?document ?position ?signatory (SAMPLE(?en) AS ?name_en) (SAMPLE(?fr) AS ?name_fr) (SAMPLE(?listed) AS ?listed_as) (SAMPLE(?item) AS ?wikidata) WHERE {
  ?document aas:signature ?entry . ?entry aas:listPosition ?position ; aas:signatory ?signatory .
  OPTIONAL { ?entry aas:statedAs ?listed }
  OPTIONAL { ?signatory rdfs:label ?en FILTER(LANG(?en) = "en") }
  OPTIONAL { ?signatory rdfs:label ?fr FILTER(LANG(?fr) = "fr") }
  OPTIONAL { ?signatory owl:sameAs ?item FILTER(STRSTARTS(STR(?item), "${PREFIXES.wd}")) }
} GROUP BY ?document ?position ?signatory ORDER BY ?document ?position`;

const COLUMNS = ['document', 'position', 'signatory', 'name_en', 'name_fr', 'listed_as', 'wikidata'] as const;

function dump(fields: Omit<Dump, 'bytes' | 'sha256'>): Dump {
  const bytes = Buffer.byteLength(fields.text);
  return { ...fields, bytes, sha256: createHash('sha256').update(fields.text).digest('hex') };
}

/** Quads sorted by graph, subject and predicate, so that dumps of the same data are the same bytes. */
function sorted(quads: RDF.Quad[]): RDF.Quad[] {
  const key = (q: RDF.Quad) =>
    `${q.graph.value}\u0000${q.subject.termType === 'BlankNode' ? '~' : ''}${q.subject.value}\u0000${q.predicate.value}`;
  return quads
    .map((q) => [key(q), q] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, q]) => q);
}

/** Every dump, written from the named graphs read one dump each (no quad crosses from WebAssembly one by one). */
export function writeDumps(store: Store, graphs: { graph: string; quads: number }[]): Dump[] {
  const reader = new PageReader(store);
  const byGraph = new Map(graphs.map(({ graph }) => [graph, reader.inGraph(graph)]));
  const total = graphs.reduce((sum, g) => sum + g.quads, 0);
  const named = sorted([...byGraph.values()].flat());
  const rows = selectColumns(store, SIGNATORIES, COLUMNS);
  return [
    dump({
      name: 'summit.trig',
      mediaType: 'application/trig',
      title: { en: 'The whole dataset, TriG', fr: 'Le jeu de données complet, TriG' },
      items: total,
      text: writeQuads(named, 'TriG'),
    }),
    dump({
      name: 'summit.nq',
      mediaType: 'application/n-quads',
      title: { en: 'The whole dataset, N-Quads', fr: 'Le jeu de données complet, N-Quads' },
      items: total,
      text: writeQuads(named, 'N-Quads'),
    }),
    dump({
      name: 'summit.jsonld',
      mediaType: 'application/ld+json',
      title: { en: 'The whole dataset, JSON-LD', fr: 'Le jeu de données complet, JSON-LD' },
      items: total,
      text: writeJsonLd(named, { graphs: true }),
    }),
    dump({
      name: 'signatories.csv',
      mediaType: 'text/csv',
      title: {
        en: 'Signatories of the declarations, in list order (CSV)',
        fr: 'Signataires des déclarations, dans l’ordre de la liste (CSV)',
      },
      items: rows.length,
      text: stringify(rows, { header: true, columns: [...COLUMNS] }),
    }),
    ...graphs.map(({ graph, quads }, i) =>
      dump({
        name: graphFileName(graph, i),
        mediaType: 'text/turtle',
        title: { en: 'One named graph, Turtle', fr: 'Un graphe nommé, Turtle' },
        graph,
        items: quads,
        text: writeQuads(sorted(byGraph.get(graph) ?? []), 'Turtle'),
      }),
    ),
  ];
}
