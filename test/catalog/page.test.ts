// The catalogue page for people (GET /api/): every query with its title, description, parameters
// and text, and a form that runs it, used here by a real Chromium as a person would.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, catalogPage, readSavedQuery } from '../../src/catalog/index.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const QUERIES = fileURLToPath(new URL('../fixtures/queries', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
  server = await startTestServer({ queriesPaths: [QUERIES], workers: 1 });
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
    expect(html).toContain(`<form method="get" action="${server.url}/api/queries/labels">`);
    expect(html).toContain('<input name="entity" type="url" placeholder="https://example.org/summit" required>');
    expect(html).toContain(
      '<select name="lang"><option value="">(any)</option><option>en</option><option>fr</option></select>',
    );
    expect(html).toContain('<input name="min" type="number" step="1" value="0" placeholder="200">');
    expect(html).toContain('<input name="on" type="date" placeholder="2025-02-10">');
    expect(html).toContain('<input name="scale" type="text" inputmode="decimal" placeholder="0.5">');
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
    expect(page).not.toContain('<script>');
    expect(page).toContain('<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>');
    expect(page).toContain('<p>A &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; text</p>');
  });

  it('should say when there are no saved queries', () => {
    expect(catalogPage('http://localhost/api', new Catalog([]))).toContain('<p>No saved queries yet.</p>');
  });
});

describe('the catalogue page in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `No Chromium at ${CHROMIUM}: install it with 'apt-get install -y chromium' (as .ci/run does) or set CHROMIUM_PATH.`,
      );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('should run a query from its form, with the values and the format chosen', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/api/`);
    await expect(page.title()).resolves.toBe('Saved queries · Paris AI Action Summit knowledge graph');
    const form = page.locator('#labels form');
    await form.locator('input[name=entity]').fill('https://example.org/summit');
    await form.locator('select[name=lang]').selectOption('fr');
    await form.locator('select[name=format]').selectOption('csv');
    // The browser saves a CSV answer as a file: what matters is the request the form makes.
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/api/queries/labels?')),
      form.locator('button').click(),
    ]);
    expect(request.url()).toBe(
      `${server.url}/api/queries/labels?entity=https%3A%2F%2Fexample.org%2Fsummit&lang=fr&format=csv`,
    );
    const response = await fetch(request.url());
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("label,graph\r\nSommet pour l'action sur l'IA,https://example.org/graph/a\r\n");
    await page.close();
  });
});
