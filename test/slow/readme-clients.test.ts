// The README's Clients section tells the truth: each snippet (Python, JavaScript, the shell) runs
// against a server of the real graph and prints exactly the output shown under it.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERIES, REAL_DATA, SHAPES } from '../helpers/paths.ts';
import { type OwnServer, startTestServer } from '../helpers/server.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(`${ROOT}README.md`, 'utf8');
const SECTION = README.slice(README.indexOf('## Clients'), README.indexOf('\n## ', README.indexOf('## Clients') + 1));
/** Each snippet with the output shown under it. */
const SNIPPETS = [...SECTION.matchAll(/```(python|js|sh)\n([\s\S]*?)```\s*```text\n([\s\S]*?)```/g)].map(
  ([, language, code, output]) => ({ language: language ?? '', code: code ?? '', output: output ?? '' }),
);
/** How each language runs: Debian's Python (where python3-sparqlwrapper and python3-rdflib install), Node, bash. */
function command(language: string, code: string): [string, string[]] {
  if (language === 'python') return ['/usr/bin/python3', ['-W', 'ignore', '-c', code]];
  if (language === 'js') return [process.execPath, ['--input-type=module', '-e', code]];
  return ['bash', ['-euo', 'pipefail', '-c', code]];
}

let server: OwnServer;
beforeAll(async () => {
  server = await startTestServer({ dataPaths: REAL_DATA, shapesPaths: [SHAPES], queriesPaths: [QUERIES], workers: 1 });
}, 120_000);
afterAll(() => server?.close());

describe("the README's client snippets", () => {
  it('should show Python (SPARQLWrapper, rdflib), JavaScript (Comunica, fetch) and curl', () => {
    expect(SNIPPETS.map((s) => s.language)).toEqual(['python', 'python', 'python', 'js', 'js', 'js', 'sh']);
    for (const name of ['SPARQLWrapper', 'SPARQLStore', '@comunica/query-sparql', 'fetch(', 'curl'])
      expect(
        SNIPPETS.some((s) => s.code.includes(name)),
        name,
      ).toBe(true);
  });

  for (const [i, snippet] of SNIPPETS.entries()) {
    it(`should print what it shows: snippet ${i + 1} (${snippet.language})`, async () => {
      const [program, args] = command(snippet.language, snippet.code.replaceAll('http://127.0.0.1:3030', server.url));
      const { stdout } = await run(program, args, { cwd: ROOT, timeout: 120_000 });
      expect(stdout.replace(/\r\n/g, '\n').trim()).toBe(snippet.output.trim());
    });
  }
});
