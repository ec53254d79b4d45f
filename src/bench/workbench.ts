// The workbench's part of npm run bench: its script, styles and map data as served (gzip), and the
// time from navigation until the editor takes input and the examples are listed, in Debian's headless
// Chromium on this machine (the median of several loads, the browser's cache cleared each time).
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ASSET_TYPES } from '../workbench/index.ts';

const LOADS = 5;

export interface WorkbenchMeasure {
  files: { name: string; bytes: number; gzip: number }[];
  gzipTotal: number;
  readyMs: number[];
}

/** What the browser downloads, as the server sends it to a client that accepts gzip. */
async function served(url: string): Promise<WorkbenchMeasure['files']> {
  const files: WorkbenchMeasure['files'] = [];
  for (const name of Object.keys(ASSET_TYPES)) {
    const response = await fetch(`${url}/assets/workbench/${name}`, { headers: { 'Accept-Encoding': 'gzip' } });
    if (!response.ok) throw new Error(`/assets/workbench/${name}: HTTP ${response.status}; run 'npm run build'.`);
    // fetch() inflates bodies: the served size is measured by compressing exactly as the server does (gzip, level 6).
    const body = Buffer.from(await response.arrayBuffer());
    const gzip = gzipSync(body, { level: 6 }).length;
    files.push({ name, bytes: body.length, gzip });
  }
  return files;
}

export async function measureWorkbench(url: string): Promise<WorkbenchMeasure> {
  const files = await served(url);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const readyMs: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${url}/sparql`, { waitUntil: 'commit' });
      await page.locator('.gallery li a').first().waitFor();
      await page.locator('.cm-content').click();
      await page.keyboard.type('#');
      await page.locator('.cm-content', { hasText: '#' }).waitFor();
      readyMs.push(performance.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { files, gzipTotal: files.reduce((sum, f) => sum + f.gzip, 0), readyMs };
}

export function reportWorkbench(measure: WorkbenchMeasure): string {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const sorted = [...measure.readyMs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return [
    `Workbench files as served (gzip): ${measure.files.map((f) => `${f.name} ${kb(f.gzip)} (${kb(f.bytes)})`).join(', ')}; ${kb(measure.gzipTotal)} in all.`,
    `Workbench ready (editor takes input, examples listed) after navigation, headless Chromium: median ${median.toFixed(0)} ms of ${sorted.length} loads (${sorted.map((m) => m.toFixed(0)).join(', ')} ms).`,
  ].join('\n');
}
