// Every IRI a page: dereferencing (HTML or RDF), entity, source and ontology pages, index pages,
// search, downloads and the dataset's description. Worker side (data.ts, describe.ts, dumps.ts) reads
// the store; the rest renders on the HTTP thread from plain data.
export { buildSiteIndex, entityData, sourceData } from './data.ts';
export { type DescriptionFormat, type DescriptionJob, describeResource, descriptionQuads } from './describe.ts';
export { type Dump, graphFileName, writeDumps } from './dumps.ts';
export { type PageOperations, type PageRunner, Pages } from './handler.ts';
export { IriSpace, type PageFormat, SUFFIXES } from './iri.ts';
export type { EntityData, SiteIndex, SourceData, SourceJob } from './model.ts';
export { type IriName, iriNames } from './names.ts';
export { normalise, SearchIndex } from './search.ts';
export { type SavedQuestion, Site, type SiteData } from './site.ts';
