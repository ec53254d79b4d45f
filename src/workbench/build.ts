// Builds the workbench's browser files into dist/browser/ (served at /assets/workbench/): the script
// bundled and minified by esbuild (CodeMirror, d3-geo, topojson-client, the ISO code table), its
// styles, and world-atlas's 1:50m countries. Run by `npm run build`; the browser tests call it too.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = fileURLToPath(new URL('.', import.meta.url));
/** The sources live in src/workbench/browser/ whether this runs from src/ or from dist/. */
const SOURCE = fileURLToPath(new URL('../../src/workbench/browser/', import.meta.url));
export const OUT = fileURLToPath(new URL('../../dist/browser/', import.meta.url));

export async function buildWorkbench(out = OUT): Promise<void> {
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [`${SOURCE}main.ts`],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    outfile: `${out}workbench.js`,
    legalComments: 'eof',
    logLevel: 'warning',
    absWorkingDir: HERE,
  });
  copyFileSync(`${SOURCE}workbench.css`, `${out}workbench.css`);
  const require = createRequire(import.meta.url);
  copyFileSync(require.resolve('world-atlas/countries-50m.json'), `${out}countries-50m.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildWorkbench();
}
