// The SPARQL 1.1 Service Description returned by GET /sparql without a query.
import oxigraph from 'oxigraph';
import type { GraphStats } from '../graph/index.ts';
import { GRAPH_FORMATS, type ResultFormat, SOLUTION_FORMATS } from './formats.ts';

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

export interface DescribedData {
  /** Distinct triples of the default graph (the union of the named graphs). */
  tripleCount: number;
  graphs: GraphStats[];
}

const literal = (text: string) => JSON.stringify(text);

export function serviceDescriptionTurtle(endpoint: string, data: DescribedData): string {
  const formats = [...SOLUTION_FORMATS, ...GRAPH_FORMATS].map(
    (f) => `<http://www.w3.org/ns/formats/${FORMAT_IRIS[f.name]}>`,
  );
  const named = data.graphs
    .map(
      (g) =>
        `    sd:namedGraph [ a sd:NamedGraph ; sd:name <${g.graph}> ; sd:graph [ a sd:Graph ; void:triples ${g.quads} ] ]`,
    )
    .join(' ;\n');
  return `@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

<${endpoint}> a sd:Service ;
  sd:endpoint <${endpoint}> ;
  dcterms:title "Paris AI Action Summit knowledge graph"@en , "Graphe de connaissances du Sommet pour l'action sur l'IA"@fr ;
  rdfs:comment ${literal('Read-only SPARQL 1.1 query endpoint. Unless the request names its dataset (default-graph-uri, named-graph-uri, FROM, FROM NAMED), the default graph is the union of all named graphs; each named graph holds the facts of one source document.')}@en ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:feature sd:UnionDefaultGraph ;
  sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;
  sd:resultFormat ${formats.join(' , ')} ;
  sd:defaultDataset [
    a sd:Dataset ;
    sd:defaultGraph [ a sd:Graph ; rdfs:comment "The union of all named graphs."@en ; void:triples ${data.tripleCount} ] ;
${named}
  ] .
`;
}

/** The description in a negotiated RDF format (Turtle as written above; others via Oxigraph). */
export function serviceDescription(endpoint: string, data: DescribedData, format: ResultFormat): string {
  const turtle = serviceDescriptionTurtle(endpoint, data);
  if (format.name === 'turtle') return turtle;
  const store = new oxigraph.Store();
  store.load(turtle, { format: 'text/turtle' });
  return store.dump({ format: format.mediaType, from_graph_name: oxigraph.defaultGraph() });
}
