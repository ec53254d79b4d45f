// The OpenAPI 3.1 document generated from the catalogue: valid against the OpenAPI 3.1 schema
// (checked by an independent validator), and saying what the API really does.
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, loadCatalog, openApiDocument } from '../../src/catalog/index.ts';
import { sharedServer, type TestServer } from '../helpers/server.ts';

const QUERIES = fileURLToPath(new URL('../fixtures/queries', import.meta.url));

async function shouldBeValid(document: Record<string, unknown>) {
  const validator = new Validator();
  const result = await validator.validate(document);
  expect(result.errors, JSON.stringify(result.errors, null, 2)).toBeUndefined();
  expect(result.valid).toBe(true);
  expect(validator.version).toBe('3.1');
}

let server: TestServer;
let document: Record<string, any>;
beforeAll(async () => {
  server = sharedServer('fixtures');
  const response = await server.get('/api/openapi.json');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  document = (await response.json()) as Record<string, any>;
}, 30_000);
afterAll(async () => {
  await server?.close();
});

describe('GET /api/openapi.json', () => {
  it('should be a valid OpenAPI 3.1 document', async () => {
    await shouldBeValid(document);
  });

  it('should be checked by a validator that does notice a broken document', async () => {
    const { info: _info, ...broken } = document;
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it('should be valid for an empty catalogue too', async () => {
    await shouldBeValid(openApiDocument('http://localhost/api', new Catalog([])));
  });

  it('should name the server the API lives on', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers).toEqual([{ url: `${server.url}/api` }]);
  });

  it('should have one operation per query, and POST where a query declares it', () => {
    expect(Object.keys(document.paths)).toEqual([
      '/queries',
      '/queries/{name}.rq',
      '/queries/{name}.{suffix}',
      '/queries/about',
      '/queries/countries',
      '/queries/echo',
      '/queries/figures',
      '/queries/labels',
    ]);
    expect(Object.keys(document.paths['/queries/figures'])).toEqual(['get', 'post']);
    expect(document.paths['/queries/labels'].get).toMatchObject({
      operationId: 'labels',
      summary: 'Labels of an entity',
      tags: ['entities'],
    });
  });

  it('should describe each parameter with its type, default, allowed values and example', () => {
    const parameters = document.paths['/queries/figures'].get.parameters;
    expect(parameters.map((p: { name: string }) => p.name)).toEqual(['min', 'on', 'scale', 'format']);
    expect(parameters[0]).toEqual({
      name: 'min',
      in: 'query',
      required: false,
      description:
        'The smallest figure to list\n\ninteger: an integer (digits, optionally signed). Bound to ?_min_xsd_integer.',
      schema: { type: 'string', pattern: '^[+-]?\\d+$', default: '0' },
      example: '200',
    });
    expect(parameters[1].schema.pattern).toBeDefined();
    const labels = document.paths['/queries/labels'].get.parameters;
    expect(labels[0]).toMatchObject({
      name: 'entity',
      required: true,
      schema: { type: 'string', format: 'iri' },
      example: 'https://example.org/summit',
    });
    expect(labels[1]).toMatchObject({ name: 'lang', required: false, schema: { type: 'string', enum: ['en', 'fr'] } });
    expect(labels[2]).toMatchObject({ name: 'format', schema: { enum: ['json', 'xml', 'csv', 'tsv'] } });
  });

  it('should give each pattern that a valid value matches, and an invalid one does not', () => {
    const schema = (query: string, name: string) =>
      document.paths[`/queries/${query}`].get.parameters.find((p: { name: string }) => p.name === name).schema;
    const matches = (query: string, name: string, value: string) => new RegExp(schema(query, name).pattern).test(value);
    expect(matches('figures', 'min', '-12')).toBe(true);
    expect(matches('figures', 'min', '1.5')).toBe(false);
    expect(matches('figures', 'scale', '.5')).toBe(true);
    expect(matches('figures', 'scale', '1e3')).toBe(false);
    expect(matches('figures', 'on', '2025-02-10+01:00')).toBe(true);
    expect(matches('figures', 'on', '10/02/2025')).toBe(false);
  });

  it('should list the result formats of each query form', () => {
    expect(Object.keys(document.paths['/queries/labels'].get.responses['200'].content)).toEqual([
      'application/sparql-results+json',
      'application/sparql-results+xml',
      'text/csv',
      'text/tab-separated-values',
      'text/html',
    ]);
    expect(Object.keys(document.paths['/queries/about'].get.responses['200'].content)).toEqual([
      'text/turtle',
      'application/n-triples',
      'application/ld+json',
      'application/rdf+xml',
      'text/html',
    ]);
  });

  it('should document pagination with a page parameter', () => {
    expect(document.paths['/queries/countries'].get.parameters.at(-1)).toMatchObject({
      name: 'page',
      schema: { type: 'integer', minimum: 1, default: 1 },
    });
  });

  it('should type the SPARQL JSON results with the query’s own variables', () => {
    const content = document.paths['/queries/labels'].get.responses['200'].content;
    expect(content['application/sparql-results+json']).toEqual({
      schema: { $ref: '#/components/schemas/labels-results' },
    });
    const schema = document.components.schemas['labels-results'];
    expect(schema.properties.head.properties.vars.items).toEqual({ type: 'string', enum: ['label', 'graph'] });
    expect(schema.properties.results.properties.bindings.items).toEqual({
      type: 'object',
      properties: {
        label: { $ref: '#/components/schemas/RdfTerm' },
        graph: { $ref: '#/components/schemas/RdfTerm' },
      },
      additionalProperties: false,
    });
    expect(document.components.schemas.RdfTerm.properties.type.enum).toEqual(['uri', 'literal', 'bnode']);
    // A graph query has no SPARQL JSON results: its JSON is JSON-LD.
    expect(document.components.schemas['about-results']).toBeUndefined();
  });

  it('should declare every suffix and what it answers with', () => {
    const suffix = document.paths['/queries/{name}.{suffix}'].get;
    expect(suffix.parameters[1].schema.enum).toEqual([
      'json',
      'xml',
      'csv',
      'tsv',
      'ttl',
      'nt',
      'jsonld',
      'rdf',
      'html',
    ]);
    expect(Object.keys(suffix.responses['200'].content)).toContain('text/csv');
    expect(Object.keys(suffix.responses['200'].content)).toContain('text/turtle');
  });

  it('should say that no operation needs credentials', () => {
    expect(document.security).toEqual([]);
  });

  it('should describe each tag by the queries that carry it', () => {
    expect(document.tags).toContainEqual({
      name: 'entities',
      description: 'Saved queries tagged “entities”: Everything said about an entity; Labels of an entity.',
    });
    expect(document.tags.every((tag: { description?: string }) => tag.description)).toBe(true);
  });

  it('should match what the catalogue loader reads', () => {
    const catalog = loadCatalog([QUERIES]);
    expect(openApiDocument(`${server.url}/api`, catalog)).toEqual(document);
  });
});

describe('the OpenAPI document of the real catalogue', () => {
  let real: Record<string, any>;
  beforeAll(async () => {
    real = (await (await sharedServer('real').get('/api/openapi.json')).json()) as Record<string, any>;
  });

  it('should be a valid OpenAPI 3.1 document', async () => {
    await shouldBeValid(real);
  });

  it('should list the signatories query’s variables, which its answer uses and no others', async () => {
    const schema = real.components.schemas['signatories-results'];
    const vars = ['position', 'signatory', 'name', 'listedAs', 'kind'];
    expect(schema.properties.head.properties.vars.items.enum).toEqual(vars);
    expect(Object.keys(schema.properties.results.properties.bindings.items.properties)).toEqual(vars);
    const answer = (await (await sharedServer('real').get('/api/queries/signatories.json')).json()) as {
      head: { vars: string[] };
      results: { bindings: Record<string, { type: string; value: string }>[] };
    };
    expect(answer.head.vars).toEqual(vars);
    for (const binding of answer.results.bindings) {
      for (const [name, term] of Object.entries(binding)) {
        expect(vars).toContain(name);
        expect(['uri', 'literal', 'bnode']).toContain(term.type);
      }
    }
  });
});
