// An OpenAPI 3.1 description of the saved-query API, generated from the catalogue: one operation
// per query, its parameters typed, its result formats listed, its errors described.
import { readFileSync } from 'node:fs';
import { formatsFor } from '../sparql/index.ts';
import type { ApiBase } from './describe.ts';
import type { Catalog, SavedQuery } from './load.ts';
import { describeType, isRequired, type Parameter, typeLabel } from './params.ts';

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
        description: `The ${query.form === 'select' || query.form === 'ask' ? 'results' : 'graph'}, in the format asked for (Accept or format).`,
        headers: {
          ETag: { schema: { type: 'string' } },
          ...(query.pagination ? { Link: { schema: { type: 'string' } } } : {}),
        },
        content: Object.fromEntries(
          formats.map((f) => [
            f.mediaType,
            { schema: f.name === 'json' || f.name === 'jsonld' ? { type: 'object' } : { type: 'string' } },
          ]),
        ),
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
          '200': { description: 'The catalogue.', content: { 'application/json': { schema: { type: 'object' } } } },
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
  for (const query of catalog.queries) {
    paths[`/queries/${query.name}`] = Object.fromEntries(
      query.methods.map((m) => [m.toLowerCase(), operation(query, m)]),
    );
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
    tags: [{ name: 'catalogue', description: 'The catalogue itself' }, ...tags.map((name) => ({ name }))],
    paths,
    components: { responses: RESPONSES },
  };
}
