// The catalogue as data for clients (GET /api/queries): each query with its parameters and links.
import { formatsFor } from '../sparql/index.ts';
import type { Catalog, SavedQuery } from './load.ts';
import { isRequired, type Parameter } from './params.ts';

/** Where the API lives, e.g. http://127.0.0.1:3030/api: every link is built from it. */
export type ApiBase = string;

export const runLink = (base: ApiBase, query: SavedQuery) => `${base}/queries/${query.name}`;
export const textLink = (base: ApiBase, query: SavedQuery) => `${base}/queries/${query.name}.rq`;
export const pageLink = (base: ApiBase, query?: SavedQuery) => `${base}/${query ? `#${query.name}` : ''}`;

/** A link that runs the query with the example (or default) value of each required parameter; undefined when one has neither. */
export function exampleLink(base: ApiBase, query: SavedQuery): string | undefined {
  const params = new URLSearchParams();
  for (const p of query.parameters) {
    if (!p.mandatory) continue;
    const value = p.example ?? p.default;
    if (value === undefined) return undefined;
    params.set(p.name, value);
  }
  const search = params.toString();
  return `${runLink(base, query)}${search ? `?${search}` : ''}`;
}

export interface ParameterListing {
  name: string;
  /** The query’s variable, e.g. ?_country_iri. */
  variable: string;
  type: Parameter['type'];
  lang?: string;
  required: boolean;
  description: string;
  default?: string;
  enum?: string[];
  example?: string;
}

export function describeParameter(p: Parameter): ParameterListing {
  const { name, type, lang, description, default: defaultValue, enum: allowed, example } = p;
  return {
    name,
    variable: `?${p.variable}`,
    type,
    lang,
    required: isRequired(p),
    description,
    default: defaultValue,
    enum: allowed,
    example,
  };
}

export function describeQuery(base: ApiBase, query: SavedQuery) {
  return {
    name: query.name,
    title: query.title,
    description: query.description,
    tags: query.tags,
    form: query.form,
    methods: query.methods,
    pagination: query.pagination,
    formats: formatsFor(query.form).map((f) => ({ name: f.name, mediaType: f.mediaType })),
    parameters: query.parameters.map(describeParameter),
    links: {
      run: runLink(base, query),
      text: textLink(base, query),
      example: exampleLink(base, query),
      documentation: pageLink(base, query),
    },
  };
}

export function describeCatalog(base: ApiBase, catalog: Catalog) {
  return {
    queries: catalog.queries.map((q) => describeQuery(base, q)),
    links: { openapi: `${base}/openapi.json`, documentation: pageLink(base) },
  };
}
