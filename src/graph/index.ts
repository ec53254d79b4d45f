// Files to quads, prefixes, the store.

export { type ExportFormat, exportGraph } from './export.ts';
export { type DataFile, listDataFiles, type RdfSyntax, syntaxOf } from './files.ts';
export {
  DataError,
  type GraphStats,
  type LoadedFile,
  type LoadedGraph,
  loadGraph,
  namedGraphs,
  parseDocument,
  sealUnion,
  toNQuads,
} from './load.ts';
export { BASE_IRI, compactIri, graphForFile, isAbsoluteIri, PREFIXES } from './namespaces.ts';
