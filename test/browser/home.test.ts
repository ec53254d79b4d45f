// The pages as a person uses them, in a real Chromium on the real graph: from the home page to a
// country, a source, the declaration and its first signatory; the language switch; search; and
// axe-core on every page at desktop and phone widths, with no horizontal scroll and a keyboard path.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems, launchChromium } from '../helpers/browser.ts';
import { QUERIES, SHAPES } from '../helpers/paths.ts';
import { type OwnServer, REAL_DATA, startTestServer } from '../helpers/server.ts';

// The browser's globals as the functions run in the page see them (the tests compile without the DOM library).
declare const document: {
  activeElement: { id: string; className: string } | null;
};

let server: OwnServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ dataPaths: REAL_DATA, shapesPaths: [SHAPES], queriesPaths: [QUERIES] }),
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

const heading = (page: Page) => page.locator('h1').textContent();

describe('browsing, as a person', () => {
  it('should lead from the home page to Countries, France, a source, the declaration and its signatory no. 1', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: 'Countries', exact: true }).click();
    await expect(heading(page)).resolves.toBe('Countries');
    await page.getByRole('link', { name: 'France', exact: true }).first().click();
    await page.waitForURL(`${server.url}/id/country/FR`);
    await expect(heading(page)).resolves.toBe('France');
    // A source badge of a statement about France: the declaration's graph.
    await page.locator('table.statements a.badge[href="/graph/declaration"]').first().click();
    await page.waitForURL(`${server.url}/graph/declaration`);
    await page.locator('section.subject h3 a[href="/id/document/paris-declaration"]').click();
    await page.waitForURL(`${server.url}/id/document/paris-declaration`);
    await page.locator('ol.entries li[value="1"] a').first().click();
    await page.waitForURL(`${server.url}/id/country/AM`);
    await expect(heading(page)).resolves.toBe('Armenia');
    await expect(page.locator('ul.incoming').textContent()).resolves.toContain('No. 1 in the list of signatories of');
    // The address bar followed, so Back stays on the site.
    await page.goBack();
    expect(page.url()).toBe(`${server.url}/id/document/paris-declaration`);
    await page.close();
  });

  it('should switch to French and show the French labels', async () => {
    const page = await open('/id/country/AM');
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(heading(page)).resolves.toBe('Arménie');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await page.locator('a.badge[href^="/graph/declaration"]').first().click();
    // The chosen language follows the links.
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await page.close();
  });

  it('should find Bletchley Park when searching for the declaration’s “Bletchey”', async () => {
    const page = await open('/id/country/FR');
    await page.fill('#site-search', 'Bletchey');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\?q=Bletchey/);
    await page.locator('ol.results a').first().click();
    await expect(heading(page)).resolves.toBe('Bletchley Park');
    await page.close();
  });

  it('should suggest names as one types in the search box', async () => {
    const page = await open('/');
    await page.locator('#site-search').pressSequentially('armen');
    await expect
      .poll(() => page.locator('#site-search-options option').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await expect(page.locator('#site-search-options option').first().getAttribute('value')).resolves.toBe('Armenia');
    await page.close();
  });

  it('should be usable by keyboard: skip link first, then the search box', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip');
    for (let i = 0; i < 20; i++) {
      if (await page.evaluate(() => document.activeElement?.id === 'site-search')) break;
      await page.keyboard.press('Tab');
    }
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await page.keyboard.type('France');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=France/);
    await page.close();
  });
});

const PAGES = [
  '/',
  '/browse/',
  '/browse/schema:Country',
  '/id/country/FR',
  '/id/country/AM?lang=fr',
  '/id/document/paris-declaration',
  '/id/event/2025-02-10-summit',
  '/id/investment/france-ai-infrastructure-109bn',
  '/graph/declaration',
  '/ontology',
  '/search?q=Bletchey',
  '/downloads/',
  '/id/country/nowhere',
];

// Each test checks every kind of page in turn, /ontology and the declaration's graph among them: on a
// busy machine that takes minutes, not seconds.
describe('accessibility', { timeout: 300_000 }, () => {
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
