// The SPARQL 1.1 Service Description returned by GET /sparql without a query. Built as RDF terms
// and written by a serialiser, so nothing a client sends (the Host header) can break its syntax.
import { DataFactory } from 'n3';
import { dumpQuads, writeQuads } from '../rdf/index.ts';
import { GRAPH_FORMATS, type ResultFormat, SOLUTION_FORMATS } from './formats.ts';

const { namedNode, literal, blankNode, quad } = DataFactory;

/** W3C format IRIs (https://www.w3.org/ns/formats/) for the formats this endpoint produces. */
const FORMAT_IRIS: Record<string, string> = {
  json: 'SPARQL_Results_JSON',
  xml: 'SPARQL_Results_XML',
  csv: 'SPARQL_Results_CSV',
  tsv: 'SPARQL_Results_TSV',
  turtle: 'Turtle',
  ntriples: 'N-Triples',
  jsonld: 'JSON-LD',
  rdfxml: 'RDF_XML',
};

const SD = 'http://www.w3.org/ns/sparql-service-description#';
const VOID = 'http://rdfs.org/ns/void#';
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const RDFS_COMMENT = namedNode('http://www.w3.org/2000/01/rdf-schema#comment');
const RDFS_SEE_ALSO = namedNode('http://www.w3.org/2000/01/rdf-schema#seeAlso');
const XSD_INTEGER = namedNode('http://www.w3.org/2001/XMLSchema#integer');
const GSP = 'https://www.w3.org/TR/sparql11-http-rdf-update/';
const sd = (name: string) => namedNode(`${SD}${name}`);

export interface DescribedData {
  /** Distinct triples of the default graph (the union of the named graphs). */
  tripleCount: number;
  graphs: { graph: string; quads: number }[];
}

/** Where the description points: the query endpoint and the graph store (read side). */
export interface DescribedUrls {
  endpoint: string;
  graphStore: string;
}

/** The VoID description, served next to the endpoint (https://www.w3.org/TR/void/#well-known). */
const voidOf = (endpoint: string) => `${endpoint.replace(/\/sparql$/, '')}/.well-known/void`;

function descriptionQuads({ endpoint, graphStore }: DescribedUrls, data: DescribedData) {
  const service = namedNode(endpoint);
  const store = namedNode(graphStore);
  const dataset = blankNode('dataset');
  const defaultGraph = blankNode('default');
  const triples = (subject: ReturnType<typeof blankNode>, n: number) =>
    quad(subject, namedNode(`${VOID}triples`), literal(String(n), XSD_INTEGER));
  const quads = [
    quad(service, RDF_TYPE, sd('Service')),
    quad(service, sd('endpoint'), service),
    quad(service, namedNode('http://purl.org/dc/terms/title'), literal('Paris AI Action Summit knowledge graph', 'en')),
    quad(
      service,
      namedNode('http://purl.org/dc/terms/title'),
      literal("Graphe de connaissances du Sommet pour l'action sur l'IA", 'fr'),
    ),
    quad(
      service,
      RDFS_COMMENT,
      literal(
        'Read-only SPARQL 1.1 query endpoint. Unless the request names its dataset (default-graph-uri, named-graph-uri, FROM, FROM NAMED), the default graph is the union of all named graphs; each named graph holds the facts of one source document.',
        'en',
      ),
    ),
    quad(service, sd('supportedLanguage'), sd('SPARQL11Query')),
    // SD has no term for a graph store: name it, and say which protocol it speaks and how.
    quad(service, RDFS_SEE_ALSO, store),
    quad(store, namedNode('http://purl.org/dc/terms/conformsTo'), namedNode(GSP)),
    quad(
      store,
      RDFS_COMMENT,
      literal(
        `Graph Store HTTP Protocol, read-only: GET ${graphStore}?graph=IRI (one named graph) or ${graphStore}?default (the default graph), in any RDF syntax above; also at ${endpoint}?graph=IRI and ?default.`,
        'en',
      ),
    ),
    quad(service, sd('feature'), sd('UnionDefaultGraph')),
    quad(service, sd('defaultEntailmentRegime'), namedNode('http://www.w3.org/ns/entailment/Simple')),
    ...[...SOLUTION_FORMATS, ...GRAPH_FORMATS].map((f) =>
      quad(service, sd('resultFormat'), namedNode(`http://www.w3.org/ns/formats/${FORMAT_IRIS[f.name]}`)),
    ),
    quad(service, sd('defaultDataset'), dataset),
    quad(dataset, RDF_TYPE, sd('Dataset')),
    // The dataset's VoID and DCAT description: sizes, partitions, dumps, the links to Wikidata.
    quad(service, RDFS_SEE_ALSO, namedNode(voidOf(endpoint))),
    quad(dataset, RDFS_SEE_ALSO, namedNode(voidOf(endpoint))),
    quad(dataset, sd('defaultGraph'), defaultGraph),
    quad(defaultGraph, RDF_TYPE, sd('Graph')),
    quad(defaultGraph, RDFS_COMMENT, literal('The union of all named graphs.', 'en')),
    triples(defaultGraph, data.tripleCount),
  ];
  data.graphs.forEach(({ graph, quads: size }, i) => {
    const named = blankNode(`named${i}`);
    const described = blankNode(`graph${i}`);
    quads.push(
      quad(dataset, sd('namedGraph'), named),
      quad(named, RDF_TYPE, sd('NamedGraph')),
      quad(named, sd('name'), namedNode(graph)),
      quad(named, sd('graph'), described),
      quad(described, RDF_TYPE, sd('Graph')),
      triples(described, size),
    );
  });
  return quads;
}

/** The description in a negotiated RDF format. */
export function serviceDescription(urls: DescribedUrls, data: DescribedData, format: ResultFormat): string {
  const quads = descriptionQuads(urls, data);
  const prefixes = {
    sd: SD,
    void: VOID,
    dcterms: 'http://purl.org/dc/terms/',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  };
  if (format.name === 'turtle') return writeQuads(quads, 'Turtle', prefixes);
  return dumpQuads(quads, format.mediaType);
}
