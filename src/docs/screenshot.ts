// npm run screenshot: the README's picture of an entity page, taken by Debian's Chromium (through
// playwright-core) from the real page of the server as it runs on the real graph.
import { chromium } from 'playwright-core';
import { DEFAULTS } from '../config/index.ts';
import { startServer } from '../server/index.ts';

const PAGE = '/id/document/paris-declaration';
const FILE = 'docs/entity-page.png';

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
} finally {
  await browser.close();
  await server.close();
}
