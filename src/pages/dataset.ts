// The dataset described for machines and catalogues: VoID (size, class and property partitions, the
// linkset to Wikidata, dumps, endpoint, example resources) and DCAT (distributions with their size
// and SHA-256), served at /.well-known/void; and the downloads page for people.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { type Html, html } from '../html/index.ts';
import { dumpQuads, PREFIXES, writeJsonLd, writeQuads } from '../rdf/index.ts';
import type { DescriptionFormat } from './describe.ts';
import type { Dump } from './dumps.ts';
import { formatNumber } from './format.ts';
import type { Site } from './site.ts';
import type { View } from './view.ts';

const { namedNode, literal, blankNode, quad } = DataFactory;

const VOID = 'http://rdfs.org/ns/void#';
const DCAT = 'http://www.w3.org/ns/dcat#';
const SPDX = 'http://spdx.org/rdf/terms#';
const DCT = PREFIXES.dcterms as string;
const XSD = PREFIXES.xsd as string;
const RDF_TYPE = namedNode(`${PREFIXES.rdf}type`);
const v = (name: string) => namedNode(`${VOID}${name}`);
const dcat = (name: string) => namedNode(`${DCAT}${name}`);
const integer = (n: number) => literal(String(n), namedNode(`${XSD}integer`));

export const DATASET_PREFIXES: Record<string, string> = {
  ...PREFIXES,
  void: VOID,
  dcat: DCAT,
  spdx: SPDX,
};

/** The IRI of the dataset as a whole, under the public base. */
export const datasetIri = (site: Site) => `${site.iris.base}dataset`;

/** A few resources to start from: the most described ones outside the ontology and the sources. */
function examples(site: Site): string[] {
  const ontologies = site.data.index.ontologies;
  return [...site.resources.values()]
    .filter(
      (r) =>
        r.iri.startsWith(site.iris.base) &&
        !site.sources.has(r.iri) &&
        !ontologies.some((o) => r.iri === o || r.iri.startsWith(`${o}#`)) &&
        r.labels.length > 0,
    )
    .sort((a, b) => b.statements - a.statements || a.iri.localeCompare(b.iri))
    .slice(0, 3)
    .map((r) => r.iri);
}

export function voidQuads(site: Site, dumps: Dump[], baseUrl: string): RDF.Quad[] {
  const dataset = namedNode(datasetIri(site));
  const { index } = site.data;
  const url = (path: string) => namedNode(`${baseUrl}${path}`);
  const quads: RDF.Quad[] = [
    quad(dataset, RDF_TYPE, v('Dataset')),
    quad(dataset, RDF_TYPE, dcat('Dataset')),
    quad(dataset, namedNode(`${DCT}title`), literal('Paris AI Action Summit knowledge graph', 'en')),
    quad(dataset, namedNode(`${DCT}title`), literal('Graphe de connaissances du Sommet pour l’action sur l’IA', 'fr')),
    quad(
      dataset,
      namedNode(`${DCT}description`),
      literal(
        'The AI Action Summit (Paris, February 2025) as linked data: events, the declaration and its signatories, initiatives, investments and figures, each statement in the named graph of the source that states it.',
        'en',
      ),
    ),
    quad(dataset, dcat('landingPage'), url('/')),
    quad(dataset, namedNode(`${PREFIXES.foaf}homepage`), url('/')),
    quad(dataset, v('uriSpace'), literal(site.iris.base)),
    quad(dataset, v('triples'), integer(index.triples)),
    quad(
      dataset,
      v('entities'),
      integer([...site.resources.keys()].filter((iri) => iri.startsWith(site.iris.base)).length),
    ),
    quad(dataset, v('distinctSubjects'), integer(site.resources.size)),
    quad(dataset, v('classes'), integer(index.terms.filter((t) => t.kind === 'class' && t.uses > 0).length)),
    quad(dataset, v('properties'), integer(index.terms.filter((t) => t.kind === 'property' && t.uses > 0).length)),
    quad(dataset, v('sparqlEndpoint'), url('/sparql')),
    ...examples(site).map((iri) => quad(dataset, v('exampleResource'), namedNode(iri))),
  ];
  const vocabularies = new Set<string>();
  for (const term of index.terms) {
    const namespace = Object.values(PREFIXES).find((ns) => term.uses > 0 && term.iri.startsWith(ns));
    if (namespace && !namespace.startsWith(site.iris.base) && !namespace.startsWith(PREFIXES.aas as string))
      vocabularies.add(namespace);
  }
  for (const ontology of index.ontologies) quads.push(quad(dataset, v('vocabulary'), namedNode(ontology)));
  for (const namespace of [...vocabularies].sort()) quads.push(quad(dataset, v('vocabulary'), namedNode(namespace)));
  index.terms
    .filter((t) => t.uses > 0)
    .forEach((term, i) => {
      const partition = blankNode(`${term.kind}${i}`);
      if (term.kind === 'class') {
        quads.push(
          quad(dataset, v('classPartition'), partition),
          quad(partition, v('class'), namedNode(term.iri)),
          quad(partition, v('entities'), integer(term.uses)),
        );
      } else if (term.kind === 'property') {
        quads.push(
          quad(dataset, v('propertyPartition'), partition),
          quad(partition, v('property'), namedNode(term.iri)),
          quad(partition, v('triples'), integer(term.uses)),
        );
      }
    });
  if (index.wikidataLinks > 0) {
    const linkset = blankNode('wikidata');
    const wikidata = namedNode('https://www.wikidata.org/');
    quads.push(
      quad(dataset, v('subset'), linkset),
      quad(linkset, RDF_TYPE, v('Linkset')),
      quad(linkset, v('linkPredicate'), namedNode(`${PREFIXES.owl}sameAs`)),
      quad(linkset, v('subjectsTarget'), dataset),
      quad(linkset, v('objectsTarget'), wikidata),
      quad(linkset, v('triples'), integer(index.wikidataLinks)),
      quad(wikidata, RDF_TYPE, v('Dataset')),
      quad(wikidata, v('sparqlEndpoint'), namedNode('https://query.wikidata.org/sparql')),
      quad(wikidata, v('uriSpace'), literal(PREFIXES.wd as string)),
    );
  }
  for (const dump of dumps) {
    const file = url(`/downloads/${dump.name}`);
    if (dump.graph) {
      const graph = namedNode(dump.graph);
      quads.push(
        quad(dataset, v('subset'), graph),
        quad(graph, RDF_TYPE, v('Dataset')),
        quad(graph, v('triples'), integer(dump.items)),
        quad(graph, v('dataDump'), file),
      );
    } else if (dump.mediaType !== 'text/csv') {
      quads.push(quad(dataset, v('dataDump'), file));
    }
    const checksum = blankNode(`sha256-${dump.name.replace(/\W/g, '-')}`);
    quads.push(
      quad(dataset, dcat('distribution'), file),
      quad(file, RDF_TYPE, dcat('Distribution')),
      quad(file, dcat('downloadURL'), file),
      quad(file, dcat('mediaType'), namedNode(`https://www.iana.org/assignments/media-types/${dump.mediaType}`)),
      quad(file, dcat('byteSize'), literal(String(dump.bytes), namedNode(`${XSD}nonNegativeInteger`))),
      quad(file, namedNode(`${DCT}title`), literal(dump.title.en, 'en')),
      quad(file, namedNode(`${SPDX}checksum`), checksum),
      quad(checksum, RDF_TYPE, namedNode(`${SPDX}Checksum`)),
      quad(checksum, namedNode(`${SPDX}algorithm`), namedNode(`${SPDX}checksumAlgorithm_sha256`)),
      quad(checksum, namedNode(`${SPDX}checksumValue`), literal(dump.sha256, namedNode(`${XSD}hexBinary`))),
    );
  }
  return quads;
}

export function writeVoid(quads: RDF.Quad[], format: DescriptionFormat): string {
  switch (format) {
    case 'turtle':
      return writeQuads(quads, 'Turtle', DATASET_PREFIXES);
    case 'trig':
      return writeQuads(quads, 'TriG', DATASET_PREFIXES);
    case 'ntriples':
      return writeQuads(quads, 'N-Triples');
    case 'jsonld':
      return writeJsonLd(quads, { graphs: false, prefixes: DATASET_PREFIXES });
    case 'rdfxml':
      return dumpQuads(quads, 'application/rdf+xml');
  }
}

const size = (view: View, bytes: number) =>
  bytes >= 10_000
    ? `${formatNumber(String(Math.round(bytes / 1024)), view.lang)} ${view.lang === 'en' ? 'KiB' : 'Kio'}`
    : view.say('bytes', { n: formatNumber(String(bytes), view.lang) });

export function downloadsBody(view: View, dumps: Dump[]): Html {
  return html`<h1>${view.t('downloads')}</h1>
<p>${view.lang === 'en' ? 'The whole dataset and each of its named graphs, to load into any RDF tool. The same data answers queries at' : 'Le jeu de données complet et chacun de ses graphes nommés, à charger dans tout outil RDF. Les mêmes données répondent aux requêtes sur'} <a href="/sparql"><code>/sparql</code></a>.</p>
<div class="scroll"><table class="downloads"><caption class="vh">${view.t('downloads')}</caption>
<thead><tr><th scope="col">${view.t('file')}</th><th scope="col">${view.t('holds')}</th><th scope="col">${view.t('size')}</th><th scope="col">SHA-256</th></tr></thead>
<tbody>${dumps.map(
    (d) =>
      html`<tr><td><a href="/downloads/${d.name}" type="${d.mediaType}">${d.name}</a></td><td>${d.graph ? view.link(d.graph) : d.title[view.lang]} — ${view.say(d.mediaType === 'text/csv' ? 'rows' : 'quads', { n: formatNumber(String(d.items), view.lang) })}</td><td class="num">${size(view, d.bytes)}</td><td><code class="hash">${d.sha256}</code></td></tr>`,
  )}</tbody></table></div>
<h2>${view.t('datasetDescription')}</h2>
<p>${view.lang === 'en' ? 'VoID and DCAT description of the dataset (sizes, classes and properties, the links to Wikidata, these files with their checksums):' : 'Description VoID et DCAT du jeu de données (tailles, classes et propriétés, liens vers Wikidata, ces fichiers et leurs sommes de contrôle) :'} <a href="/.well-known/void"><code>/.well-known/void</code></a> (Turtle, ${view.lang === 'en' ? 'or by content negotiation' : 'ou par négociation de contenu'} JSON-LD, N-Triples, RDF/XML).</p>`;
}
