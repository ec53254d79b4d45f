// Debian's Chromium for the browser tests, started the way this machine allows (no downloads, no
// background networking), through playwright-core; and the accessibility check every page must pass.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install it with 'apt-get install -y chromium' (as npm test does) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  passes: unknown[];
}
// The browser's globals as the functions run in the page see them (the tests compile without the DOM library).
declare const document: { documentElement: { scrollWidth: number } };
declare const window: { innerWidth: number; axe: { run: () => Promise<AxeResult> } };

/**
 * What keeps an open page from being usable by everyone: axe-core's serious and critical violations
 * (after checking that axe really ran its rules), and any horizontal scroll. Each line names `label`.
 */
export async function accessibilityProblems(page: Page, label: string): Promise<string[]> {
  await page.evaluate(AXE);
  const { violations, passes } = await page.evaluate(async () => {
    const result = await window.axe.run();
    return {
      passes: result.passes.length,
      violations: result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id} (${v.impact}) at ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        ),
    };
  });
  expect(passes, `${label}: axe-core ran its rules`).toBeGreaterThan(10);
  const problems = violations.map((v) => `${label}: ${v}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`${label}: ${overflow} px of horizontal scroll`);
  return problems;
}
