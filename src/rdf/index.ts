// RDF plumbing shared by every domain: the IRIs and prefixes, the typed store, writers, the SPARQL parser.

export { writeJsonLd } from './jsonld.ts';
export { BASE_IRI, compactIri, graphForFile, isAbsoluteIri, PREFIXES } from './namespaces.ts';
export {
  type GraphPattern,
  type ParsedQuery,
  type Pattern,
  parseSparql,
  type ServicePattern,
  type SparqlQuery,
  type SparqlTerm,
  type SubQuery,
  type ValuePatternRow,
  type ValuesPattern,
  writeSparql,
} from './sparql.ts';
export {
  ask,
  compileEngine,
  construct,
  count,
  defaultGraph,
  literal,
  namedNode,
  newStore,
  oxigraph,
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
  useCompiledEngine,
} from './store.ts';
export {
  dumpQuads,
  RDF_FORMATS,
  type RdfFormat,
  rdfFormat,
  rdfFormatOfFile,
  reserialise,
  type WriterFormat,
  writeQuads,
  writeRdf,
} from './syntax.ts';
