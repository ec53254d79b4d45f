// The words of the saved-query pages (the catalogue at /api/ and each query's results), in English
// and French. Titles and descriptions of the queries come from their files, as written.
import type { Words } from '../html/index.ts';

export const WORDS = {
  savedQueries: { en: 'Saved queries', fr: 'Requêtes enregistrées' },
  lead: {
    en: 'Named SPARQL queries over the knowledge graph, each a web API operation: fill in the parameters and run it to see a table, or call {url} from any program. Results also come as SPARQL JSON, XML, CSV or TSV (graphs as Turtle, N-Triples, JSON-LD or RDF/XML), by content negotiation, the format parameter, or a suffix such as .csv.',
    fr: 'Des requêtes SPARQL nommées sur le graphe de connaissances, chacune une opération d’API web : renseignez les paramètres et lancez-la pour voir un tableau, ou appelez {url} depuis n’importe quel programme. Les résultats existent aussi en SPARQL JSON, XML, CSV ou TSV (les graphes en Turtle, N-Triples, JSON-LD ou RDF/XML), par négociation de contenu, le paramètre format, ou un suffixe comme .csv.',
  },
  catalogueJson: { en: 'Catalogue (JSON)', fr: 'Catalogue (JSON)' },
  openapi: { en: 'OpenAPI 3.1', fr: 'OpenAPI 3.1' },
  apiDocs: { en: 'Try the API (Swagger UI)', fr: 'Essayer l’API (Swagger UI)' },
  noQueries: { en: 'No saved queries yet.', fr: 'Aucune requête enregistrée pour l’instant.' },
  contents: { en: 'Queries', fr: 'Requêtes' },
  perPage: { en: '{n} per page', fr: '{n} par page' },
  noParameters: { en: 'No parameters.', fr: 'Aucun paramètre.' },
  parameters: { en: 'Parameters', fr: 'Paramètres' },
  required: { en: 'required', fr: 'obligatoire' },
  optional: { en: 'optional', fr: 'facultatif' },
  defaultValue: { en: 'default', fr: 'par défaut' },
  example: { en: 'example', fr: 'exemple' },
  any: { en: '(any)', fr: '(tous)' },
  format: { en: 'format', fr: 'format' },
  table: { en: 'table (HTML)', fr: 'tableau (HTML)' },
  run: { en: 'Run', fr: 'Lancer' },
  runExample: { en: 'Run the example', fr: 'Lancer l’exemple' },
  queryText: { en: 'Query text (.rq)', fr: 'Texte de la requête (.rq)' },
  sparql: { en: 'SPARQL', fr: 'SPARQL' },
  results: { en: 'Results', fr: 'Résultats' },
  rows: { en: '{n} rows', fr: '{n} lignes' },
  oneRow: { en: '1 row', fr: '1 ligne' },
  statements: { en: '{n} statements', fr: '{n} énoncés' },
  shownFirst: {
    en: 'The first {n} are shown; download the rest.',
    fr: 'Les {n} premières sont affichées ; téléchargez le reste.',
  },
  noRows: { en: 'No results.', fr: 'Aucun résultat.' },
  yes: { en: 'Yes', fr: 'Oui' },
  no: { en: 'No', fr: 'Non' },
  download: { en: 'Download', fr: 'Télécharger' },
  openInWorkbench: { en: 'Open in the query workbench', fr: 'Ouvrir dans l’atelier de requêtes' },
  allQueries: { en: 'All saved queries', fr: 'Toutes les requêtes enregistrées' },
  problem: { en: 'The query could not be run', fr: 'La requête n’a pas pu être lancée' },
  page: { en: 'Page {n}', fr: 'Page {n}' },
  previous: { en: 'Previous page', fr: 'Page précédente' },
  next: { en: 'Next page', fr: 'Page suivante' },
  subject: { en: 'subject', fr: 'sujet' },
  predicate: { en: 'predicate', fr: 'prédicat' },
  object: { en: 'object', fr: 'objet' },
} satisfies Words<string>;

export type WordKey = keyof typeof WORDS;
