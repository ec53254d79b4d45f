// The one set-up of sparqljs: queries parsed with the graph's base IRI, and written back out.
import sparqljs from 'sparqljs';
import { BASE_IRI } from './namespaces.ts';

export type {
  GraphPattern,
  Pattern,
  Query as ParsedQuery,
  SelectQuery as SubQuery,
  ServicePattern,
  SparqlQuery,
  Term as SparqlTerm,
  ValuePatternRow,
  ValuesPattern,
} from 'sparqljs';

export function parseSparql(text: string): sparqljs.SparqlQuery {
  return new sparqljs.Parser({ baseIRI: BASE_IRI }).parse(text);
}

const generator = new sparqljs.Generator();

export function writeSparql(query: sparqljs.SparqlQuery): string {
  return generator.stringify(query);
}
