// Files to quads, the union default graph, exports.
export { type Document, type ReadDocuments, readDocuments } from './convert.ts';
export { exportGraph } from './export.ts';
export { type DataFile, listDataFiles, type RdfSyntax, syntaxOf } from './files.ts';
export {
  type GraphStats,
  graphNameTerms,
  hashOfFiles,
  isTrap,
  type LoadedFile,
  type LoadedGraph,
  type LoadOptions,
  loadGraph,
  namedGraphs,
  parseDocument,
  parserError,
  sealUnion,
  slices,
  toNQuads,
} from './load.ts';
export { type PackedGraph, packGraphs, unpackGraphs } from './pack.ts';
