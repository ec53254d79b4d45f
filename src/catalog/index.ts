// Saved queries (queries/*.rq): reading and checking them, binding parameter values safely,
// and serving them as a documented web API (JSON catalogue, HTML page, OpenAPI 3.1).
export { Binder, type BoundQuery, type Given, readArguments } from './bind.ts';
export { type ApiBase, describeCatalog, describeQuery } from './describe.ts';
export { type CatalogOperations, catalogOperations } from './handler.ts';
export {
  Catalog,
  type CatalogData,
  catalogData,
  catalogFromData,
  keptCatalog,
  loadCatalog,
  readSavedQuery,
  type SavedQuery,
} from './load.ts';
export { openApiDocument } from './openapi.ts';
export { catalogPage, docsPage } from './page.ts';
export { describeType, isRequired, type Parameter, type ParamType, typeLabel } from './params.ts';
export {
  type IriName,
  type Labeller,
  type Results,
  readSolutions,
  readStatements,
  resultsPage,
  SUFFIXES,
} from './results.ts';
