// Files to quads, prefixes, the store.
export { listDataFiles, syntaxOf, type DataFile, type RdfSyntax } from './files.ts';
export { DataError, loadGraph, parserErrorAt, toNQuads, type GraphStats, type LoadedFile, type LoadedGraph } from './load.ts';
export { exportGraph, type ExportFormat } from './export.ts';
export { BASE_IRI, PREFIXES, graphForFile } from './namespaces.ts';
