// Bundles the program for `npm start` and the `summit-kg` command into dist/bundle/: the command,
// the query worker, the loader thread, its parser threads and validate's thread, each one script with what they share split into chunks.
// Node then opens a few script files at start instead of 607 (when measured, 13; the main thread's
// import went from about 0.53 s to 0.30 s on a 2-core machine). Oxigraph stays outside: it finds its WebAssembly file next
// to itself. Run by `npm run build`, after tsc has checked the types.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The bundle sits two folders under the root, as the sources do: paths built from import.meta.url hold in both. */
export const BUNDLE = fileURLToPath(new URL('../dist/bundle/', import.meta.url));
const SOURCE = fileURLToPath(new URL('../src/', import.meta.url));

export async function bundleProgram(out = BUNDLE): Promise<void> {
  // Chunks are named by their content: the last build's would stay beside the new ones.
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: {
      main: `${SOURCE}cli/main.ts`,
      worker: `${SOURCE}workers/worker.ts`,
      loader: `${SOURCE}workers/loader.ts`,
      validator: `${SOURCE}workers/validator.ts`,
      parser: `${SOURCE}workers/parser.ts`,
    },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['oxigraph'],
    // Bundled CommonJS packages call require(): ESM has none, so each chunk makes its own.
    banner: {
      js: "import { createRequire as __summitKgRequire } from 'node:module'; const require = __summitKgRequire(import.meta.url);",
    },
    // Less for V8 to parse at every start (2.4 MB instead of 3.5 MB); names stay, so stack traces read.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundleProgram();
}
