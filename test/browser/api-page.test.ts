// The saved-query pages used by a real Chromium as a person would: fill in a query's form and run it,
// see the results as a table, try the API in Swagger UI; axe-core and no horizontal scroll at 1280 and 390 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems, launchChromium } from '../helpers/browser.ts';
import { FIXTURE_QUERIES } from '../helpers/paths.ts';
import { type OwnServer, startTestServer } from '../helpers/server.ts';

let server: OwnServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ queriesPaths: [FIXTURE_QUERIES], workers: 1 }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'en-GB' });
  await page.goto(`${server.url}${path}`);
  return page;
}

describe('the catalogue page in a browser', () => {
  it('should run a query from its form, with the values and the format chosen', async () => {
    const page = await open('/api/');
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

  it('should show the results as a table when Run is pressed, with no script needed', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/api/`);
    const form = page.locator('#labels form');
    await form.locator('input[name=entity]').fill('https://example.org/summit');
    await form.locator('button').click();
    await page.waitForURL(/\/api\/queries\/labels\?/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Labels of an entity');
    await expect(page.locator('table.results tbody tr').count()).resolves.toBe(2);
    await expect(page.locator('table.results thead th').allTextContents()).resolves.toEqual(['label', 'graph']);
    await page.close();
  });

  it('should show a refused value in words, and run once it is put right', async () => {
    const page = await open('/api/queries/figures?min=1.5');
    await expect(page.locator('[role=alert]').textContent()).resolves.toContain(
      'Parameter \'min\' must be an integer (digits, optionally signed); got "1.5".',
    );
    await page.locator('input[name=min]').fill('0');
    await page.locator('form.run button').click();
    await page.waitForURL(/min=0/);
    await expect(page.locator('[role=alert]').count()).resolves.toBe(0);
    await expect(page.locator('table.results').count()).resolves.toBe(1);
    await page.close();
  });
});

describe('Swagger UI at /api/docs/', () => {
  it('should list every operation of the OpenAPI document, from local files only, with no script refused', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused/.test(message.text()))
        problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}/api/docs/`);
    await page.locator('.opblock').first().waitFor({ timeout: 20_000 });
    const paths = new Set(await page.locator('.opblock-summary-path').allTextContents());
    expect([...paths].sort()).toEqual([
      '/queries',
      '/queries/about',
      '/queries/countries',
      '/queries/echo',
      '/queries/figures',
      '/queries/labels',
      '/queries/{name}.rq',
      '/queries/{name}.{suffix}',
    ]);
    await page.locator('.opblock-summary', { hasText: '/queries/labels' }).first().click();
    await expect(page.locator('.opblock.is-open').textContent()).resolves.toContain('Labels of an entity');
    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:'))).toEqual([]);
    await page.close();
  });
});

const PAGES = [
  '/api/',
  '/api/?lang=fr',
  '/api/queries/labels?entity=https%3A%2F%2Fexample.org%2Fsummit',
  '/api/queries/countries?page=1',
  '/api/queries/about?entity=https%3A%2F%2Fexample.org%2Fkenya',
  '/api/queries/figures?min=many',
];

// Each test checks several pages in turn: on a busy machine that takes minutes, not seconds.
describe('accessibility of the saved-query pages', { timeout: 300_000 }, () => {
  for (const width of [1280, 390]) {
    it(`should pass axe-core with no serious or critical violation, and need no horizontal scroll, at ${width} px`, async () => {
      const problems: string[] = [];
      for (const path of PAGES) {
        const page = await open(path, width);
        problems.push(...(await accessibilityProblems(page, path)));
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
