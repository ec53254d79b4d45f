// The workbench as a person uses it, in Debian's Chromium on the real graph: a query typed with
// completion and run with Ctrl+Enter, results with labelled links, the signatories' map from the
// home page's examples, bars, a CSV download, a shared link reopened; axe-core at 1280 and 390 px.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbench } from '../../src/workbench/build.ts';
import { accessibilityProblems, launchChromium } from '../helpers/browser.ts';
import { QUERIES, SHAPES } from '../helpers/paths.ts';
import { type OwnServer, REAL_DATA, startTestServer } from '../helpers/server.ts';

const FR = 'https://w3id.org/aiactionsummit/id/country/FR';

let server: OwnServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ dataPaths: REAL_DATA, shapesPaths: [SHAPES], queriesPaths: [QUERIES] }),
    launchChromium(),
    buildWorkbench(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  await page.goto(`${server.url}${path}`);
  return page;
}

/** The editor's text, its lines joined by line breaks (the rendered text, as a person reads it). */
const editorText = async (page: Page) => (await page.locator('.cm-content').allInnerTexts()).join('\n');

/**
 * Types into the editor and picks the completion whose label is `label`. While the answer for the
 * last letter is on its way, the editor keeps the previous list on screen but disabled, and a list
 * just opened ignores keys for 75 ms (CodeMirror's `interactionDelay`): Enter would then break the
 * line. So only an enabled list is read, and a person's pause comes before the keys.
 */
async function typeAndComplete(page: Page, text: string, label: string): Promise<void> {
  await page.keyboard.type(text);
  const list = '.cm-tooltip-autocomplete:not(.cm-tooltip-autocomplete-disabled) li';
  const option = page.locator(list, { hasText: label }).first();
  await option.waitFor({ timeout: 20_000 });
  const options = await page.locator(list).allInnerTexts();
  const index = options.findIndex((o) => o.includes(label));
  await page.waitForTimeout(150);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

describe('the workbench, as a person', () => {
  it('should complete a class, add its PREFIX, run with Ctrl+Enter and show labelled links to entity pages', async () => {
    const page = await open('/sparql');
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await typeAndComplete(page, 'SELECT ?country WHERE { ?country a schema:Countr', 'schema:Country');
    await page.keyboard.press('End');
    await page.keyboard.type(' ORDER BY ?country LIMIT 3');
    const text = await editorText(page);
    expect(text.startsWith('PREFIX schema: <https://schema.org/>')).toBe(true);
    // Brackets close as they open: the typed `}` stepped over the one the editor had added.
    expect(text).toContain('WHERE { ?country a schema:Country} ORDER BY');
    await page.keyboard.press('Control+Enter');
    // Rows that name countries open on the map; the table is a click away.
    await page.locator('svg.wb-map').waitFor({ timeout: 30_000 });
    await page.locator('.wb-views button[data-view="table"]').click();
    const links = page.locator('.wb-table tbody a');
    await expect(links.allInnerTexts()).resolves.toEqual(['United Arab Emirates', 'Armenia', 'Austria']);
    await expect(links.first().getAttribute('href')).resolves.toBe('/id/country/AE');
    // The address is the shareable link of what was run.
    const address = new URL(page.url());
    expect(address.searchParams.get('query')).toContain('ORDER BY ?country LIMIT 3');
    expect(address.searchParams.get('view')).toBe('table');
    await page.close();
  });

  it('should complete “France” with its IRI and describe it as Turtle and as a table of statements', async () => {
    const page = await open('/sparql');
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await typeAndComplete(page, 'DESCRIBE France', 'France');
    await expect(editorText(page)).resolves.toBe(`DESCRIBE <${FR}>`);
    await page.keyboard.press('Control+Enter');
    const turtle = page.locator('.wb-turtle');
    await turtle.waitFor({ timeout: 30_000 });
    const written = (await turtle.allInnerTexts()).join('\n');
    expect(written).toContain('@prefix country: <https://w3id.org/aiactionsummit/id/country/> .');
    expect(written).toMatch(/^country:FR$/m);
    await page.locator('.wb-views button[data-view="table"]').click();
    await expect(page.locator('.wb-table th').allInnerTexts()).resolves.toEqual(['subject', 'predicate', 'object']);
    await page.close();
  });

  it('should open “Who signed the declaration?” from the home page as a map, France a signatory and the United States a named non-signatory', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: 'Who signed the declaration, and who did not?' }).click();
    await page.locator('svg.wb-map').waitFor({ timeout: 30_000 });
    const france = page.locator('svg.wb-map path[data-code="FR"]');
    await expect(france.getAttribute('data-category')).resolves.toBe('signed, co-chair');
    const signedColour = await page
      .locator('.wb-legend li[data-category="signed, co-chair"] .wb-swatch')
      .evaluate((e) => (e as unknown as { style: { background: string } }).style.background);
    expect(signedColour).toBe('rgb(30, 132, 73)');
    await expect(france.getAttribute('fill')).resolves.toBe('#1e8449');
    const us = page.locator('svg.wb-map path[data-code="US"]');
    await expect(us.getAttribute('data-category')).resolves.toBe('not signed');
    await expect(page.locator('.wb-legend li[data-category="not signed"]').textContent()).resolves.toBe(
      'not signed (2): United Kingdom, United States of America',
    );
    // The bodies a map cannot shade are named beside it.
    await expect(page.locator('.wb-unshaded li').allInnerTexts()).resolves.toEqual([
      'African Union Commission — signed',
      'European Union — signed',
    ]);
    expect(page.url()).toContain('view=map');
    // A click on a country leads to its page.
    await page.locator('svg.wb-map a[href="/id/country/FR"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/id/country/FR`);
    await page.close();
  });

  it('should map the Wikidata items of a (federated) result through the graph’s owl:sameAs links', async () => {
    const query = `PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX aas: <https://w3id.org/aiactionsummit/ontology#>
SELECT ?item ?status WHERE {
  ?country a <https://schema.org/Country> ; owl:sameAs ?item .
  BIND(IF(EXISTS { ?declaration aas:signature/aas:signatory ?country }, "signed", "not in the list") AS ?status)
}`;
    const page = await open(`/sparql?query=${encodeURIComponent(query)}`);
    await page.locator('svg.wb-map').waitFor({ timeout: 30_000 });
    await expect(page.locator('svg.wb-map path[data-code="FR"]').getAttribute('data-category')).resolves.toBe('signed');
    await expect(page.locator('.wb-legend li[data-category="not in the list"]').textContent()).resolves.toBe(
      'not in the list (2): United Kingdom, United States of America',
    );
    await page.close();
  });

  it('should switch a table to bars, download CSV, and reopen the shared link with its view', async () => {
    const page = await open('/sparql?example=signatory-counts&view=table');
    await page.locator('.wb-table').waitFor({ timeout: 30_000 });
    await page.locator('.wb-views button[data-view="bars"]').click();
    await expect(page.locator('.wb-bars li').count()).resolves.toBeGreaterThan(1);
    await expect(page.locator('.wb-views button[data-view="bars"]').getAttribute('aria-pressed')).resolves.toBe('true');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('results.csv');
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.split('\r\n')[0]).toBe('kind,signatories,firstPosition,lastPosition');
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.locator('#wb-copy').getAttribute('data-link');
    expect(link).toMatch(/\/sparql\?query=.*&view=bars$/);
    const query = await editorText(page);
    const again = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await again.goto(link ?? '');
    await again.locator('.wb-bars li').first().waitFor({ timeout: 30_000 });
    await expect(editorText(again)).resolves.toBe(query);
    await again.close();
    await page.close();
  });

  it('should keep the queries run in the recent history, and reopen one', async () => {
    const page = await open('/sparql?query=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D');
    await expect(page.locator('.wb-boolean').textContent({ timeout: 30_000 })).resolves.toBe('yes');
    await page.locator('#wb-history summary').click();
    await expect(page.locator('#wb-history .wb-recent').first().textContent()).resolves.toBe('ASK { ?s ?p ?o }');
    await page.close();
  });

  it('should show the endpoint’s message, with line and column, for a query that does not parse', async () => {
    const page = await open(`/sparql?query=${encodeURIComponent('SELECT * WHERE { ?s ?p }')}`);
    const error = page.locator('.wb-error[role="alert"]');
    await error.waitFor({ timeout: 30_000 });
    await expect(error.textContent()).resolves.toContain('Syntax error at line 1, column 24');
    await expect(page.locator('#wb-status').textContent()).resolves.toBe('The query failed');
    await page.close();
  });

  it('should send the plain form to the endpoint when the script does not run', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`);
    await page.getByRole('button', { name: 'Run' }).click();
    await page.waitForURL(/format=json/);
    await expect(page.locator('body').textContent()).resolves.toContain('"boolean":true');
    await context.close();
  });
});

// Several pages in turn: on a busy machine that takes minutes, not seconds.
describe('accessibility of the workbench', { timeout: 300_000 }, () => {
  for (const width of [1280, 390]) {
    it(`should pass axe-core with no serious or critical violation, and need no horizontal scroll, at ${width} px`, async () => {
      const problems: string[] = [];
      for (const [path, ready] of [
        ['/sparql?example=declaration-map', 'svg.wb-map'],
        ['/sparql?example=signatory-counts', '.wb-bars'],
        ['/sparql?example=week-programme', '.wb-timeline'],
        ['/sparql?example=signatories&view=table&lang=fr', '.wb-table'],
      ] as const) {
        const page = await open(path, width);
        await page.locator(ready).waitFor({ timeout: 30_000 });
        problems.push(...(await accessibilityProblems(page, path)));
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
