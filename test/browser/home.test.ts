// The home page as a person uses it: a real Chromium types a query, runs it, reads the table.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { type OwnServer, startTestServer } from '../helpers/server.ts';

let server: OwnServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the home page', () => {
  it('should run the query in the box and show the results as a table', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await expect(page.title()).resolves.toBe('Paris AI Action Summit knowledge graph');
    await page.fill(
      '#query',
      'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?label WHERE { ?c a <https://example.org/Country> ; rdfs:label ?label } ORDER BY ?label',
    );
    await page.click('#run');
    await page.waitForSelector('#results tbody tr');
    expect(await page.locator('#results th').allTextContents()).toEqual(['label']);
    expect(await page.locator('#results tbody td').allTextContents()).toEqual(['France @en', 'India @en', 'Kenya @en']);
    await expect(page.locator('#status').textContent()).resolves.toMatch(/^3 rows in \d+ ms$/);
    await page.close();
  });

  it('should show the error message of a broken query', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('#query', 'SELECT * WHERE { ?s ?p }');
    await page.click('#run');
    await page.waitForSelector('#status.error');
    await expect(page.locator('#status').textContent()).resolves.toContain(
      '400 Bad Request\nSyntax error at line 1, column 24',
    );
    await page.close();
  });

  it('should show a CONSTRUCT result as Turtle', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('#query', 'CONSTRUCT WHERE { <https://example.org/kenya> ?p ?o }');
    await page.click('#run');
    await page.waitForSelector('#graph:not([hidden])');
    await expect(page.locator('#graph').textContent()).resolves.toContain('"Kenya"@en');
    await page.close();
  });

  it('should link to the endpoint and its service description', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await expect(page.locator('#endpoint').textContent()).resolves.toBe(`${server.url}/sparql`);
    expect(await page.locator('nav a').first().getAttribute('href')).toBe('/sparql');
    await page.close();
  });
});

describe('the results table', () => {
  it('should shorten IRIs with the usual prefixes and describe one when it is clicked', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('#query', 'SELECT ?s ?n WHERE { VALUES (?s ?n) { (<https://schema.org/Event> 3) } }');
    await page.click('#run');
    await page.waitForSelector('#results tbody tr');
    expect(await page.locator('#results tbody td').allTextContents()).toEqual(['schema:Event', '3']);
    await page.click('#results tbody td a');
    await expect.poll(() => page.inputValue('#query')).toBe('DESCRIBE <https://schema.org/Event>');
    await page.close();
  });
});
