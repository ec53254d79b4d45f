// Saved queries (queries/*.rq): reading and checking them, binding parameter values safely,
// and serving them as a documented web API (JSON catalogue, HTML page, OpenAPI 3.1).
export { bindQuery, bindValues, readArguments, type BoundQuery, type Given } from './bind.ts';
export { describeCatalog, describeQuery, type ApiBase } from './describe.ts';
export { Catalog, CatalogError, loadCatalog, readSavedQuery, type SavedQuery } from './load.ts';
export { openApiDocument } from './openapi.ts';
export { catalogPage } from './page.ts';
export { describeType, isRequired, typeLabel, type ParamType, type Parameter } from './params.ts';
export { catalogRouter, type CatalogContext } from './router.ts';
