// Files to quads, the union default graph, exports.
export { type Document, type ReadDocuments, readDocuments } from './convert.ts';
export { exportGraph } from './export.ts';
export { type DataFile, listDataFiles, type RdfSyntax, syntaxOf } from './files.ts';
export {
  dataFiles,
  type GraphStats,
  graphNameTerms,
  hashOfFiles,
  type LoadedFile,
  type LoadedGraph,
  type LoadOptions,
  loadGraph,
  namedGraphs,
  parseDocument,
  parserError,
  readFiles,
  sealUnion,
  storeSizes,
  toNQuads,
  unionSize,
} from './load.ts';
export {
  addGraphs,
  addUnion,
  joinPacked,
  mergedSize,
  type PackedGraph,
  packGraphs,
  unpackGraphs,
} from './pack.ts';
export { isTrap, slices } from './store-limits.ts';
