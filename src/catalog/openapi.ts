// An OpenAPI 3.1 description of the saved-query API, generated from the catalogue: one operation
// per query, its parameters typed, its result formats listed (SPARQL JSON typed with the query's own
// variables, for generated clients), its errors described.
import { readFileSync } from 'node:fs';
import { formatsFor, type ResultFormat } from '../sparql/index.ts';
import type { ApiBase } from './describe.ts';
import type { Catalog, SavedQuery } from './load.ts';
import { describeType, isRequired, type Parameter, typeLabel } from './params.ts';
import { SUFFIXES } from './results.ts';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

type Json = Record<string, unknown>;

const TEXT_ERROR = { content: { 'text/plain': { schema: { type: 'string' } } } };
const RESPONSES: Json = {
  BadRequest: {
    description:
      'A parameter is unknown, missing, given twice or not of its type; the message names it and says what it accepts.',
    ...TEXT_ERROR,
  },
  NotAcceptable: { description: 'None of the media types in Accept can be produced for this query.', ...TEXT_ERROR },
  Unavailable: {
    description: 'The query ran out of time, or the server is busy; see Retry-After.',
    headers: { 'Retry-After': { schema: { type: 'integer' } } },
    ...TEXT_ERROR,
  },
  NotModified: { description: 'The result has not changed since the ETag given in If-None-Match.' },
};

const TERM = { $ref: '#/components/schemas/RdfTerm' };
const SCHEMAS: Json = {
  RdfTerm: {
    description:
      'An RDF term of SPARQL 1.1 Query Results JSON: an IRI, a literal (with its datatype or language) or a blank node.',
    type: 'object',
    required: ['type', 'value'],
    properties: {
      type: { type: 'string', enum: ['uri', 'literal', 'bnode'] },
      value: { type: 'string' },
      datatype: { type: 'string', format: 'iri' },
      'xml:lang': { type: 'string' },
    },
    additionalProperties: false,
  },
};

/** SPARQL JSON results of a query: its variables in head.vars, one binding per row with a term for each bound variable. */
export function resultsSchema(query: SavedQuery): Json {
  if (query.form === 'ask') {
    return {
      type: 'object',
      required: ['head', 'boolean'],
      properties: { head: { type: 'object' }, boolean: { type: 'boolean' } },
    };
  }
  const vars = query.variables;
  const binding = vars
    ? { type: 'object', properties: Object.fromEntries(vars.map((v) => [v, TERM])), additionalProperties: false }
    : { type: 'object', additionalProperties: TERM };
  return {
    type: 'object',
    required: ['head', 'results'],
    properties: {
      head: {
        type: 'object',
        required: ['vars'],
        properties: { vars: { type: 'array', items: vars ? { type: 'string', enum: vars } : { type: 'string' } } },
      },
      results: {
        type: 'object',
        required: ['bindings'],
        properties: { bindings: { type: 'array', items: binding } },
      },
    },
  };
}

/** The body of one result format: typed SPARQL JSON, a JSON-LD document, or text (XML, CSV, TSV, Turtle…). */
function bodyOf(query: SavedQuery, format: ResultFormat): Json {
  if (format.name === 'json') return { schema: { $ref: `#/components/schemas/${query.name}-results` } };
  if (format.name === 'jsonld') return { schema: { type: ['object', 'array'] } };
  return { schema: { type: 'string' } };
}

const HTML_PAGE = { 'text/html': { schema: { type: 'string' } } };

/** The JSON Schema of a parameter's value: always a string on the wire, narrowed by pattern, format or enum. */
function schemaOf(p: Parameter): Json {
  const schema: Json = { type: 'string' };
  if (p.enum) schema.enum = p.enum;
  else if (p.type === 'iri') schema.format = 'iri';
  else if (p.type === 'date') schema.pattern = '^-?\\d{4,}-\\d{2}-\\d{2}(Z|[+-]\\d{2}:\\d{2})?$';
  else if (p.type === 'integer') schema.pattern = '^[+-]?\\d+$';
  else if (p.type === 'decimal') schema.pattern = '^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$';
  if (p.default !== undefined) schema.default = p.default;
  return schema;
}

function parameterObject(p: Parameter): Json {
  return {
    name: p.name,
    in: 'query',
    required: isRequired(p),
    description: `${p.description}\n\n${typeLabel(p)}: ${describeType(p)}. Bound to ?${p.variable}${p.mandatory ? '' : ' (left unbound when not given)'}.`,
    schema: schemaOf(p),
    ...(p.example !== undefined ? { example: p.example } : {}),
  };
}

function operation(query: SavedQuery, method: 'GET' | 'POST'): Json {
  const formats = formatsFor(query.form);
  const format = {
    name: 'format',
    in: 'query',
    required: false,
    description: 'Result format, instead of an Accept header.',
    schema: { type: 'string', enum: formats.map((f) => f.name) },
  };
  const page = {
    name: 'page',
    in: 'query',
    required: false,
    description: `Page number; each page holds ${query.pagination} results. Link headers point to the first, previous and next pages.`,
    schema: { type: 'integer', minimum: 1, default: 1 },
  };
  const params = query.parameters.map(parameterObject);
  const operationObject: Json = {
    operationId: method === 'GET' ? query.name : `${query.name}-post`,
    summary: query.title,
    ...(query.description ? { description: query.description } : {}),
    ...(query.tags.length ? { tags: query.tags } : {}),
    parameters: [...(method === 'GET' ? params : []), format, ...(query.pagination ? [page] : [])],
    responses: {
      '200': {
        description: `The ${query.form === 'select' || query.form === 'ask' ? 'results' : 'graph'}, in the format asked for (Accept or format); a browser (HTML preferred in Accept) gets a page with the query's form and the results as a table.`,
        headers: {
          ETag: { schema: { type: 'string' } },
          ...(query.pagination ? { Link: { schema: { type: 'string' } } } : {}),
        },
        content: { ...Object.fromEntries(formats.map((f) => [f.mediaType, bodyOf(query, f)])), ...HTML_PAGE },
      },
      '304': { $ref: '#/components/responses/NotModified' },
      '400': { $ref: '#/components/responses/BadRequest' },
      '406': { $ref: '#/components/responses/NotAcceptable' },
      '503': { $ref: '#/components/responses/Unavailable' },
    },
  };
  if (method === 'POST') {
    const required = query.parameters.filter(isRequired).map((p) => p.name);
    operationObject.requestBody = {
      required: required.length > 0,
      content: {
        'application/x-www-form-urlencoded': {
          schema: {
            type: 'object',
            properties: Object.fromEntries(
              query.parameters.map((p) => [p.name, { ...schemaOf(p), description: p.description }]),
            ),
            ...(required.length ? { required } : {}),
          },
        },
      },
    };
  }
  return operationObject;
}

const CATALOGUE = {
  type: 'object',
  required: ['queries', 'links'],
  properties: {
    queries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'title', 'tags', 'form', 'methods', 'formats', 'parameters', 'links'],
        properties: {
          name: { type: 'string' },
          title: { type: 'string' },
          description: { type: 'string' },
          tags: { type: 'array', items: { type: 'string' } },
          form: { type: 'string', enum: ['select', 'ask', 'construct', 'describe'] },
          methods: { type: 'array', items: { type: 'string', enum: ['GET', 'POST'] } },
          pagination: { type: 'integer' },
          formats: { type: 'array', items: { type: 'object', additionalProperties: { type: 'string' } } },
          parameters: { type: 'array', items: { type: 'object', additionalProperties: true } },
          links: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    },
    links: { type: 'object', additionalProperties: { type: 'string' } },
  },
};

/** Every format a suffix can ask for, with the media type it answers with. */
const SUFFIX_TYPES: Record<string, string> = {
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  ttl: 'text/turtle',
  nt: 'application/n-triples',
  jsonld: 'application/ld+json',
  rdf: 'application/rdf+xml',
  html: 'text/html',
};

function suffixPath(catalog: Catalog): Json {
  return {
    get: {
      operationId: 'runWithSuffix',
      summary: 'Run a saved query, the format named by a suffix',
      description:
        'As grlc does: /queries/signatories.csv is /queries/signatories?format=csv. The query takes the parameters of its own operation. ' +
        'csv, tsv, json and xml are for SELECT and ASK queries; ttl, nt, jsonld, rdf (and json, as JSON-LD) for CONSTRUCT and DESCRIBE; html is the page for people.',
      tags: ['catalogue'],
      parameters: [
        {
          name: 'name',
          in: 'path',
          required: true,
          schema: { type: 'string', enum: catalog.queries.map((q) => q.name) },
        },
        { name: 'suffix', in: 'path', required: true, schema: { type: 'string', enum: SUFFIXES } },
      ],
      responses: {
        '200': {
          description: 'The results or the graph, in the format of the suffix.',
          content: Object.fromEntries(
            Object.values(SUFFIX_TYPES).map((type) => [
              type,
              { schema: type.endsWith('json') ? { type: ['object', 'array'] } : { type: 'string' } },
            ]),
          ),
        },
        '400': { $ref: '#/components/responses/BadRequest' },
        '404': { description: 'No saved query has this name.', ...TEXT_ERROR },
        '503': { $ref: '#/components/responses/Unavailable' },
      },
    },
  };
}

/** A tag's description: the questions its queries answer. */
function tagDescription(tag: string, catalog: Catalog): string {
  const titles = catalog.queries.filter((q) => q.tags.includes(tag)).map((q) => q.title);
  return `Saved queries tagged “${tag}”: ${titles.join('; ')}.`;
}

/** The OpenAPI 3.1 document; `base` is the API's URL (the server entry), e.g. http://127.0.0.1:3030/api. */
export function openApiDocument(base: ApiBase, catalog: Catalog): Json {
  const paths: Json = {
    '/queries': {
      get: {
        operationId: 'listQueries',
        summary: 'The catalogue of saved queries',
        description:
          'Every saved query with its title, description, tags, parameters (type, default, allowed values, example) and links.',
        tags: ['catalogue'],
        responses: {
          '200': {
            description: 'The catalogue.',
            content: { 'application/json': { schema: CATALOGUE } },
          },
        },
      },
    },
    '/queries/{name}.rq': {
      get: {
        operationId: 'queryText',
        summary: 'The text of a saved query',
        description: 'The .rq file, header included: to learn from, or to run elsewhere.',
        tags: ['catalogue'],
        parameters: [
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: { type: 'string', enum: catalog.queries.map((q) => q.name) },
          },
        ],
        responses: {
          '200': { description: 'The query.', content: { 'application/sparql-query': { schema: { type: 'string' } } } },
          '404': { description: 'No saved query has this name.', ...TEXT_ERROR },
        },
      },
    },
  };
  if (catalog.queries.length) paths['/queries/{name}.{suffix}'] = suffixPath(catalog);
  const schemas: Json = { ...SCHEMAS };
  for (const query of catalog.queries) {
    paths[`/queries/${query.name}`] = Object.fromEntries(
      query.methods.map((m) => [m.toLowerCase(), operation(query, m)]),
    );
    if (query.form === 'select' || query.form === 'ask') schemas[`${query.name}-results`] = resultsSchema(query);
  }
  const tags = [...new Set(catalog.queries.flatMap((q) => q.tags))].sort();
  return {
    openapi: '3.1.0',
    info: {
      title: 'Paris AI Action Summit knowledge graph: saved queries',
      version: VERSION,
      description:
        'Named, parameterised SPARQL queries over the knowledge graph of the Paris AI Action Summit (February 2025), each served as an operation. ' +
        'Results come in the SPARQL formats of the endpoint at /sparql, chosen by Accept or by the format parameter.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: base }],
    // Every operation is open: no key, no account.
    security: [],
    tags: [
      {
        name: 'catalogue',
        description: 'The catalogue itself: the list of saved queries, their text, and running one by suffix.',
      },
      ...tags.map((name) => ({ name, description: tagDescription(name, catalog) })),
    ],
    paths,
    components: { schemas, responses: RESPONSES },
  };
}
