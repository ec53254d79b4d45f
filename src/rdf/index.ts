// RDF plumbing shared by every domain: the IRIs and prefixes, the typed store, writers, the SPARQL parser.

export { writeJsonLd } from './jsonld.ts';
export { BASE_IRI, compactIri, graphForFile, isAbsoluteIri, PREFIXES } from './namespaces.ts';
export { type ParsedQuery, parseSparql, type SparqlQuery, writeSparql } from './sparql.ts';
export {
  ask,
  construct,
  count,
  defaultGraph,
  literal,
  namedNode,
  newStore,
  parseQuads,
  type Quad,
  type QueryOptions,
  quad,
  type Row,
  type Store,
  select,
  selectColumns,
  selectValues,
  serialise,
  type Term,
} from './store.ts';
export { dumpQuads, reserialise, type WriterFormat, writeQuads } from './syntax.ts';
