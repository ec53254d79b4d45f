// The catalogue page (GET /api/) used by a real Chromium as a person would: fill in a query's form and run it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
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

describe('the catalogue page in a browser', () => {
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
