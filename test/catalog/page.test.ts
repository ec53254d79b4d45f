// The catalogue page for people (GET /api/): every query with its title, description, parameters
// and text, and a form that runs it (test/browser/api-page.test.ts uses the form in Chromium).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, catalogPage, readSavedQuery } from '../../src/catalog/index.ts';
import { sharedServer, type TestServer } from '../helpers/server.ts';

const TITLES = [
  'Everything said about an entity',
  'Countries by English name',
  'Echo every kind of parameter',
  'Figures stated about events',
  'Labels of an entity',
];

let server: TestServer;
let html: string;
beforeAll(async () => {
  server = sharedServer('fixtures');
  const response = await server.get('/api/');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  html = await response.text();
}, 30_000);
afterAll(async () => {
  await server?.close();
});

describe('GET /api/', () => {
  it('should show every query’s title, description and text', () => {
    for (const title of TITLES) expect(html).toContain(`<h2>${title}</h2>`);
    expect(html).toContain('<p>The triples whose subject is the entity, from every graph.</p>');
    expect(html).toContain('CONSTRUCT { ?_entity_iri ?p ?o }\nWHERE { ?_entity_iri ?p ?o }');
  });

  it('should be served at /api too, and linked from the home page', async () => {
    expect(await (await server.get('/api')).text()).toBe(html);
    expect(await (await server.get('/')).text()).toContain('<a href="/api/">');
  });

  it('should give each parameter a form field of its type', () => {
    expect(html).toContain(`<form class="run" method="get" action="${server.url}/api/queries/labels">`);
    expect(html).toContain('<input name="entity" type="url" placeholder="https://example.org/summit" required>');
    expect(html).toContain(
      '<select name="lang"><option value="">(any)</option><option>en</option><option>fr</option></select>',
    );
    expect(html).toContain('<input name="min" type="number" step="1" value="0" placeholder="200">');
    expect(html).toContain('<input name="on" type="date" placeholder="2025-02-10">');
    expect(html).toContain('<input name="scale" type="text" inputmode="decimal" placeholder="0.5">');
  });

  it('should offer the results as a table first, then the formats of the query', () => {
    expect(html).toContain(
      '<select name="format"><option value="">table (HTML)</option><option value="json">application/sparql-results+json</option><option value="xml">application/sparql-results+xml</option><option value="csv">text/csv</option><option value="tsv">text/tab-separated-values</option></select>',
    );
  });

  it('should list each parameter with its type, whether it is required, the values it accepts and its example', () => {
    expect(html).toContain(
      '<li><code>lang</code> · text · optional · <code>en</code>, <code>fr</code><br>Only the labels in this language</li>',
    );
  });

  it('should be in French when asked', async () => {
    const french = await (await server.get('/api/?lang=fr')).text();
    expect(french).toContain('<html lang="fr">');
    expect(french).toContain('<h1>Requêtes enregistrées</h1>');
    expect(french).toContain('<button type="submit">Lancer</button>');
    const negotiated = await server.get('/api/', { headers: { 'Accept-Language': 'fr' } });
    expect(negotiated.headers.get('vary')).toMatch(/^Accept-Language\b/);
    expect(await negotiated.text()).toContain('<html lang="fr">');
  });

  it('should link to each query’s example, its text, the JSON catalogue and the OpenAPI document', () => {
    expect(html).toContain(
      `<a href="${server.url}/api/queries/labels?entity=https%3A%2F%2Fexample.org%2Fsummit">Run the example</a>`,
    );
    expect(html).toContain(`<a href="${server.url}/api/queries/labels.rq">Query text (.rq)</a>`);
    expect(html).toContain(`<a href="${server.url}/api/queries">Catalogue (JSON)</a>`);
    expect(html).toContain(`<a href="${server.url}/api/openapi.json">OpenAPI 3.1</a>`);
  });

  it('should escape what the query files say', () => {
    const { query } = readSavedQuery(
      '/q/x.rq',
      '#+ summary: <script>alert(1)</script>\n#+ description: A "quoted" & <b>bold</b> text\nSELECT * WHERE { ?s ?p "</pre><script>" }',
    );
    const page = catalogPage('http://localhost/api', new Catalog([query!]));
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>');
    expect(page).toContain('<p>A &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; text</p>');
  });

  it('should say when there are no saved queries', () => {
    expect(catalogPage('http://localhost/api', new Catalog([]))).toContain('<p>No saved queries yet.</p>');
  });
});
