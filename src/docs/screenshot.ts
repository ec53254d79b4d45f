// npm run screenshot: the README's pictures, taken by Debian's Chromium (through playwright-core)
// from the real pages of the server as it runs on the real graph: an entity page, the workbench's
// map of the declaration, and its editor completing a name.
import { chromium } from 'playwright-core';
import { DEFAULTS } from '../config/index.ts';
import { startServer } from '../server/index.ts';
import { buildWorkbench } from '../workbench/build.ts';

const PAGE = '/id/document/paris-declaration';
const FILE = 'docs/entity-page.png';
const MAP = { path: '/sparql?example=declaration-map', file: 'docs/workbench-map.png' };
const EDITOR = { path: '/sparql', file: 'docs/workbench-editor.png' };

await buildWorkbench();
const server = await startServer({ ...DEFAULTS, port: 0, workers: 2 }, () => {});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 }, locale: 'en-GB' });
  await page.goto(`${server.url}${PAGE}`);
  await page.screenshot({ path: FILE });
  console.log(`${FILE}: ${PAGE} at 1100 × 1400 px.`);

  await page.goto(`${server.url}${MAP.path}`);
  await page.locator('svg.wb-map').waitFor({ timeout: 30_000 });
  await page.locator('#wb-results').screenshot({ path: MAP.file });
  console.log(`${MAP.file}: the results of ${MAP.path}.`);

  await page.goto(`${server.url}${EDITOR.path}`);
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('SELECT ?property ?value WHERE {\n  Fran');
  await page.locator('.cm-tooltip-autocomplete li', { hasText: 'France' }).first().waitFor({ timeout: 30_000 });
  const box = await page.locator('#wb-form').boundingBox();
  // The completion's list reaches below the form: the picture takes it in.
  if (box) await page.screenshot({ path: EDITOR.file, clip: { ...box, height: box.height + 160 } });
  console.log(`${EDITOR.file}: the editor of ${EDITOR.path}, completing a name.`);
} finally {
  await browser.close();
  await server.close();
}
