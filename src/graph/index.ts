// Files to quads, prefixes, the store.
export { listDataFiles, syntaxOf, type DataFile, type RdfSyntax } from './files.ts';
export { DataError, loadGraph, namedGraphs, parseDocument, sealUnion, toNQuads, type GraphStats, type LoadedFile, type LoadedGraph } from './load.ts';
export { exportGraph, type ExportFormat } from './export.ts';
export { BASE_IRI, PREFIXES, compactIri, graphForFile, isAbsoluteIri } from './namespaces.ts';
