// The saved-query API over real HTTP: the catalogue, running each query with each kind of parameter,
// every error a caller can make, the query text, and the endpoint's formats, negotiation and ETags.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { describeCatalog } from '../../src/catalog/index.ts';
import { csvRows, jsonRows, turtleQuads, xmlRows } from '../helpers/parse.ts';
import { sharedServer, type TestServer } from '../helpers/server.ts';

const QUERIES = fileURLToPath(new URL('../fixtures/queries', import.meta.url));
const EX = 'https://example.org/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

type Listing = ReturnType<typeof describeCatalog>;
const catalogueOf = async (response: Response) => (await response.json()) as Listing;

let server: TestServer;
beforeAll(async () => {
  server = sharedServer('fixtures');
}, 30_000);
afterAll(async () => {
  await server?.close();
});

/** GETs a saved query with parameters; expects 200 and returns the rows of SPARQL JSON. */
async function run(name: string, params: Record<string, string> = {}): Promise<Record<string, string>[]> {
  const response = await server.get(`/api/queries/${name}?${new URLSearchParams(params)}`);
  const body = await response.text();
  expect(response.status, body).toBe(200);
  return jsonRows(body);
}

/** Expects the call to be refused with `status` and exactly `message`. */
async function shouldRefuse(path: string, status: number, message: string, init?: RequestInit) {
  const response = await server.get(path, init);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(await response.text()).toBe(`${message}\n`);
}

describe('GET /api/queries', () => {
  it('should list every saved query with its parameters and links', async () => {
    const response = await server.get('/api/queries');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const catalogue = await catalogueOf(response);
    expect(catalogue.queries.map((q) => q.name)).toEqual(['about', 'countries', 'echo', 'figures', 'labels']);
    expect(catalogue.links).toEqual({ openapi: `${server.url}/api/openapi.json`, documentation: `${server.url}/api/` });
    expect(catalogue.queries.find((q) => q.name === 'labels')).toEqual({
      name: 'labels',
      title: 'Labels of an entity',
      description:
        'Every label of one entity, with the graph that states it; optionally only the labels in one language.',
      tags: ['entities'],
      form: 'select',
      methods: ['GET'],
      formats: [
        { name: 'json', mediaType: 'application/sparql-results+json' },
        { name: 'xml', mediaType: 'application/sparql-results+xml' },
        { name: 'csv', mediaType: 'text/csv' },
        { name: 'tsv', mediaType: 'text/tab-separated-values' },
      ],
      parameters: [
        {
          name: 'entity',
          variable: '?_entity_iri',
          type: 'iri',
          required: true,
          description: 'The entity whose labels are wanted',
          example: 'https://example.org/summit',
        },
        {
          name: 'lang',
          variable: '?__lang',
          type: 'string',
          required: false,
          description: 'Only the labels in this language',
          enum: ['en', 'fr'],
        },
      ],
      links: {
        run: `${server.url}/api/queries/labels`,
        text: `${server.url}/api/queries/labels.rq`,
        example: `${server.url}/api/queries/labels?entity=https%3A%2F%2Fexample.org%2Fsummit`,
        documentation: `${server.url}/api/#labels`,
      },
    });
  });

  it('should give a parameter with a default as not required, with its default', async () => {
    const catalogue = await catalogueOf(await server.get('/api/queries'));
    const figures = catalogue.queries.find((q) => q.name === 'figures')!;
    expect(figures.methods).toEqual(['GET', 'POST']);
    expect(figures.parameters[0]).toEqual({
      name: 'min',
      variable: '?_min_xsd_integer',
      type: 'integer',
      required: false,
      default: '0',
      description: 'The smallest figure to list',
      example: '200',
    });
    expect(catalogue.queries.find((q) => q.name === 'countries')).toMatchObject({
      pagination: 2,
      parameters: [{ name: 'name', type: 'langString', lang: 'en' }],
    });
  });

  it('should make the example link runnable', async () => {
    const catalogue = await catalogueOf(await server.get('/api/queries'));
    for (const query of catalogue.queries) expect((await fetch(query.links.example!)).status, query.name).toBe(200);
  });
});

describe('running a saved query', () => {
  it('should bind an IRI', async () => {
    expect(await run('labels', { entity: `${EX}summit` })).toEqual([
      { label: 'AI Action Summit', graph: `${EX}graph/a` },
      { label: "Sommet pour l'action sur l'IA", graph: `${EX}graph/a` },
    ]);
    expect(await run('labels', { entity: `${EX}nowhere` })).toEqual([]);
  });

  it('should bind a value of an enumeration', async () => {
    expect(await run('labels', { entity: `${EX}summit`, lang: 'fr' })).toEqual([
      { label: "Sommet pour l'action sur l'IA", graph: `${EX}graph/a` },
    ]);
  });

  it('should bind a language-tagged literal, which matches only labels in that language', async () => {
    expect(await run('countries', { name: 'Kenya' })).toEqual([{ country: `${EX}kenya`, name: 'Kenya' }]);
    expect(await run('countries', { name: 'kenya' })).toEqual([]);
  });

  it('should bind an integer, in canonical form, and fill in its default when it is left out', async () => {
    expect(await run('figures')).toEqual([
      { event: `${EX}summit`, property: `${EX}headsOfState`, value: '100', scaled: '100' },
      { event: `${EX}summit`, property: `${EX}journalists`, value: '500', scaled: '500' },
    ]);
    expect(await run('figures', { min: '200' })).toEqual([
      { event: `${EX}summit`, property: `${EX}journalists`, value: '500', scaled: '500' },
    ]);
    expect(await run('figures', { min: '+0500' })).toEqual([
      { event: `${EX}summit`, property: `${EX}journalists`, value: '500', scaled: '500' },
    ]);
  });

  it('should bind a date', async () => {
    expect((await run('figures', { on: '2025-02-10' })).map((r) => r.value)).toEqual(['100', '500']);
    expect(await run('figures', { on: '2025-02-11' })).toEqual([]);
  });

  it('should bind a decimal', async () => {
    expect((await run('figures', { scale: '0.5' })).map((r) => r.scaled)).toEqual(['50', '250']);
  });

  it('should bind each type with its datatype or language, as the echo shows', async () => {
    const response = await server.get(
      `/api/queries/echo?${new URLSearchParams({ text: 'plain', label: 'tagged', thing: 'urn:x:y', count: '-12', amount: '3.25', day: '2024-02-29', colour: 'green' })}`,
    );
    expect(((await response.json()) as { results: { bindings: unknown[] } }).results.bindings).toEqual([
      {
        __text: { type: 'literal', value: 'plain' },
        __label_en: { type: 'literal', value: 'tagged', 'xml:lang': 'en' },
        __thing_iri: { type: 'uri', value: 'urn:x:y' },
        __count_integer: { type: 'literal', value: '-12', datatype: `${XSD}integer` },
        __amount_decimal: { type: 'literal', value: '3.25', datatype: `${XSD}decimal` },
        __day_date: { type: 'literal', value: '2024-02-29', datatype: `${XSD}date` },
        __colour: { type: 'literal', value: 'green' },
      },
    ]);
  });

  it('should leave optional parameters that are not given (or given blank) unbound', async () => {
    expect(await run('echo')).toEqual([{}]);
    expect(await run('echo', { text: '', count: '' })).toEqual([{}]);
  });

  it('should answer a CONSTRUCT as a graph, in the format asked for', async () => {
    const response = await server.get(`/api/queries/about?entity=${encodeURIComponent(`${EX}kenya`)}`, {
      headers: { Accept: 'application/n-triples' },
    });
    expect(response.headers.get('content-type')).toBe('application/n-triples; charset=utf-8');
    const quads = turtleQuads(await response.text(), 'application/n-triples');
    expect(quads.map((q) => `${q.predicate.value} ${q.object.value}`).sort()).toEqual([
      'http://www.w3.org/1999/02/22-rdf-syntax-ns#type https://example.org/Country',
      'http://www.w3.org/2000/01/rdf-schema#label Kenya',
    ]);
  });

  it('should accept the parameters as a form when the query declares method: POST', async () => {
    const response = await server.get('/api/queries/figures', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'min=200&scale=2',
    });
    expect(response.status).toBe(200);
    expect(jsonRows(await response.text())).toEqual([
      { event: `${EX}summit`, property: `${EX}journalists`, value: '500', scaled: '1000' },
    ]);
  });

  it('should answer a page at a time, with links to the first, previous and next pages', async () => {
    const first = await server.get('/api/queries/countries');
    expect(jsonRows(await first.text()).map((r) => r.name)).toEqual(['France', 'India']);
    const base = `${server.url}/api/queries/countries`;
    expect(first.headers.get('link')).toBe(`<${base}?page=1>; rel="first", <${base}?page=2>; rel="next"`);
    const second = await server.get('/api/queries/countries?page=2&format=json');
    expect(jsonRows(await second.text()).map((r) => r.name)).toEqual(['Kenya']);
    expect(second.headers.get('link')).toBe(
      `<${base}?format=json&page=1>; rel="first", <${base}?format=json&page=1>; rel="prev", <${base}?format=json&page=3>; rel="next"`,
    );
    expect(await run('countries', { page: '3' })).toEqual([]);
  });
});

describe('formats, negotiation and caching, as at /sparql', () => {
  const path = `/api/queries/labels?entity=${encodeURIComponent(`${EX}summit`)}`;

  it('should answer CSV when Accept asks for it', async () => {
    const response = await server.get(path, { headers: { Accept: 'text/csv' } });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csvRows(await response.text())).toEqual([
      { label: 'AI Action Summit', graph: `${EX}graph/a` },
      { label: "Sommet pour l'action sur l'IA", graph: `${EX}graph/a` },
    ]);
  });

  it('should answer SPARQL XML when Accept or the format parameter asks for it', async () => {
    for (const response of [
      await server.get(path, { headers: { Accept: 'application/sparql-results+xml' } }),
      await server.get(`${path}&format=xml`),
    ]) {
      expect(response.headers.get('content-type')).toBe('application/sparql-results+xml; charset=utf-8');
      expect((await xmlRows(await response.text())).map((r) => r.label)).toEqual([
        'AI Action Summit',
        "Sommet pour l'action sur l'IA",
      ]);
    }
  });

  it('should refuse a format it cannot produce with 406, and an unknown format parameter with 400', async () => {
    const response = await server.get(path, { headers: { Accept: 'image/png' } });
    expect(response.status).toBe(406);
    expect((await server.get(`${path}&format=yaml`)).status).toBe(400);
  });

  it('should send an ETag, answer 304 to If-None-Match, and serve repeats from the cache', async () => {
    const first = await server.get(`${path}&lang=en`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w+/=-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    expect((await server.get(`${path}&lang=en`)).headers.get('x-cache')).toBe('hit');
    const again = await server.get(`${path}&lang=en`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('should answer HEAD like GET, without a body', async () => {
    const response = await server.get(path, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/sparql-results+json; charset=utf-8');
    expect(await response.text()).toBe('');
  });
});

describe('refusing a call', () => {
  it('should name an unknown parameter and list the ones the query takes', async () => {
    await shouldRefuse(
      `/api/queries/labels?entity=${EX}summit&language=fr`,
      400,
      "Unknown parameter 'language' for the saved query 'labels'; it takes: entity, lang, format.",
    );
    await shouldRefuse(
      '/api/queries/countries?nom=Kenya',
      400,
      "Unknown parameter 'nom' for the saved query 'countries'; it takes: name, page, format.",
    );
  });

  it('should name a missing required parameter and what it accepts', async () => {
    await shouldRefuse(
      '/api/queries/labels',
      400,
      "Missing required parameter 'entity': give an absolute IRI (scheme:…, with no spaces nor any of <>\"{}|^`\\), such as https://example.org/summit.",
    );
  });

  it('should name a parameter given twice', async () => {
    await shouldRefuse(
      `/api/queries/labels?entity=${EX}a&entity=${EX}b`,
      400,
      "Parameter 'entity' was given 2 times; give it once.",
    );
  });

  it('should refuse a value of the wrong type, for each type, saying what the parameter accepts', async () => {
    await shouldRefuse(
      '/api/queries/labels?entity=summit',
      400,
      'Parameter \'entity\' must be an absolute IRI (scheme:…, with no spaces nor any of <>"{}|^`\\); got "summit".',
    );
    // IRIs the engine's parser refuses are the parameter's fault, not an error inside the saved query.
    for (const iri of ['http://[::1', 'urn:x#a#b']) {
      await shouldRefuse(
        `/api/queries/labels?${new URLSearchParams({ entity: iri })}`,
        400,
        `Parameter 'entity' must be an absolute IRI (scheme:…, with no spaces nor any of <>"{}|^\`\\); got "${iri}".`,
      );
    }
    await shouldRefuse(
      '/api/queries/figures?min=ten',
      400,
      'Parameter \'min\' must be an integer (digits, optionally signed); got "ten".',
    );
    await shouldRefuse(
      '/api/queries/figures?min=1.5',
      400,
      'Parameter \'min\' must be an integer (digits, optionally signed); got "1.5".',
    );
    await shouldRefuse(
      '/api/queries/figures?scale=1e3',
      400,
      'Parameter \'scale\' must be a decimal number (digits with an optional fraction, such as 12.5); got "1e3".',
    );
    await shouldRefuse(
      '/api/queries/figures?on=2025-02-30',
      400,
      'Parameter \'on\' must be a date as YYYY-MM-DD (xsd:date, optionally with a timezone); got "2025-02-30".',
    );
    await shouldRefuse(
      '/api/queries/figures?on=10%2F02%2F2025',
      400,
      'Parameter \'on\' must be a date as YYYY-MM-DD (xsd:date, optionally with a timezone); got "10/02/2025".',
    );
    await shouldRefuse(
      '/api/queries/echo?page=2',
      400,
      "Unknown parameter 'page' for the saved query 'echo'; it takes: text, label, thing, count, amount, day, colour, format.",
    );
    await shouldRefuse(
      '/api/queries/countries?page=first',
      400,
      'Parameter \'page\' must be a page number (1, 2, …); got "first".',
    );
  });

  it('should refuse a value outside an enumeration, listing the allowed values', async () => {
    await shouldRefuse(
      `/api/queries/labels?entity=${EX}summit&lang=de`,
      400,
      'Parameter \'lang\' must be one of: en, fr; got "de".',
    );
    await shouldRefuse(
      '/api/queries/echo?colour=RED',
      400,
      'Parameter \'colour\' must be one of: red, green, blue; got "RED".',
    );
  });

  it('should answer 404 for a query that does not exist, and for its text', async () => {
    await shouldRefuse(
      '/api/queries/nope',
      404,
      "No saved query named 'nope'. The catalogue is at /api/queries (JSON) and /api/ (HTML).",
    );
    await shouldRefuse(
      '/api/queries/nope.rq',
      404,
      "No saved query named 'nope'. The catalogue is at /api/queries (JSON) and /api/ (HTML).",
    );
  });

  it('should answer 405 to a POST on a query that does not declare it', async () => {
    await shouldRefuse(`/api/queries/labels`, 405, "The saved query 'labels' answers GET only.", {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `entity=${EX}summit`,
    });
  });
});

describe('GET /api/queries/{name}.rq', () => {
  it('should give the query file as written, as application/sparql-query', async () => {
    const response = await server.get('/api/queries/figures.rq');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/sparql-query; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(`${QUERIES}/figures.rq`, 'utf8'));
  });
});
