// What `npm start` and the installed `summit-kg` command run: the bundle in dist/bundle/ (built by
// `npm install`), not the TypeScript the other tests import. Its paths (workers, loader, assets,
// Swagger UI, Oxigraph's WebAssembly) must hold from there, and a second start from the same files
// must read back what the first kept and answer the same.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptArguments } from '../../src/bench/startup.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = join(ROOT, 'dist/bundle/main.js');
let cacheDir: string;

beforeAll(() => {
  // A checkout whose dist/ predates the bundle gets it built, as npm install would.
  if (!existsSync(BUNDLE)) {
    const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}${built.stderr}`);
  }
  cacheDir = mkdtempSync(join(tmpdir(), 'bundle-cache-'));
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** `npm start`'s command (package.json's start script) with the shipped data on a free port; resolves with what it printed once it serves. */
async function start(): Promise<{ child: ChildProcess; out: string; base: string }> {
  const child = spawn(process.execPath, [...scriptArguments('start'), '--port', '0', '--workers', '1'], {
    cwd: ROOT,
    env: { ...process.env, SUMMIT_KG_CACHE_DIR: cacheDir, SUMMIT_KG_HOST: '127.0.0.1' },
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Home page')) resolve();
    });
    child.stderr?.on('data', (chunk) => {
      out += chunk;
    });
    child.on('exit', (code) => reject(new Error(`exited with code ${code}: ${out}`)));
  });
  const base = /Home page: +(\S+)/.exec(out)?.[1]?.replace(/\/$/, '') ?? '';
  return { child, out, base };
}

/** The packages a bundle file and the chunks it imports statically (at its start) are made of, read from their source maps. */
function packagesAtStart(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  const code = readFileSync(join(ROOT, 'dist/bundle', file), 'utf8');
  const { sources } = JSON.parse(readFileSync(join(ROOT, 'dist/bundle', `${file}.map`), 'utf8')) as {
    sources: string[];
  };
  for (const source of sources) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
    if (name) packages.add(name);
  }
  for (const [, chunk] of code.matchAll(/(?:^|[;\n])\s*import\s*(?:[^;"]*?from\s*)?"\.\/([^"]+)"/g)) {
    for (const name of packagesAtStart(chunk ?? '', seen)) packages.add(name);
  }
  return packages;
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const ASK_FRANCE = encodeURIComponent(
  'ASK { <https://w3id.org/aiactionsummit/id/country/FR> <http://www.w3.org/2000/01/rdf-schema#label> "France"@en }',
);

describe('the bundled server', { timeout: 300_000 }, () => {
  it('should serve the endpoint, the API, pages and their assets, then start again from what it kept', async () => {
    let firstAnswer = '';
    const first = await start();
    try {
      expect(first.out).toMatch(/Loaded \d+ quads from \d+ files in \d+ ms, validated in \d+ ms;/);
      const ask = await fetch(`${first.base}/sparql?query=${ASK_FRANCE}`, {
        headers: { Accept: 'application/sparql-results+json' },
      });
      expect(await ask.json()).toEqual({ head: {}, boolean: true });
      const api = (await (await fetch(`${first.base}/api/queries`)).json()) as { queries: { name: string }[] };
      expect(api.queries.map((q) => q.name)).toContain('party-commitments');
      const page = await fetch(`${first.base}/id/country/FR`, { headers: { Accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('France');
      for (const asset of ['/assets/workbench/workbench.js', '/api/docs/', '/api/openapi.json']) {
        expect((await fetch(`${first.base}${asset}`)).status, asset).toBe(200);
      }
      // A saved query binds its parameter in a catalogue read at this start.
      const bound = await fetch(
        `${first.base}/api/queries/party-commitments?party=${encodeURIComponent('https://w3id.org/aiactionsummit/id/country/FR')}`,
        { headers: { Accept: 'application/sparql-results+json' } },
      );
      expect(bound.status).toBe(200);
      firstAnswer = await bound.text();
      expect(JSON.parse(firstAnswer).results.bindings.length).toBeGreaterThan(0);
    } finally {
      await stop(first.child);
    }

    const second = await start();
    try {
      expect(second.out).toMatch(
        /Loaded \d+ quads from \d+ files in \d+ ms \(kept from an earlier start of the same files\), validation report of the same data and shapes reused;/,
      );
      const bound = await fetch(
        `${second.base}/api/queries/party-commitments?party=${encodeURIComponent('https://w3id.org/aiactionsummit/id/country/FR')}`,
        { headers: { Accept: 'application/sparql-results+json' } },
      );
      expect(await bound.text()).toBe(firstAnswer);
      const page = await fetch(`${second.base}/id/country/FR`, { headers: { Accept: 'text/html' } });
      expect(await page.text()).toContain('France');
    } finally {
      await stop(second.child);
    }
  });

  it('should start a query worker without the SPARQL parser and RDF writers, which it loads once ready', () => {
    // A worker is not ready until its data is loaded: what it evaluates before that delays every start.
    const atStart = packagesAtStart('worker.js');
    for (const heavy of ['sparqljs', 'n3', 'readable-stream', 'yaml']) expect(atStart).not.toContain(heavy);
    const jobs = /import\("\.\/(jobs-[^"]+)"\)/.exec(readFileSync(join(ROOT, 'dist/bundle/worker.js'), 'utf8'))?.[1];
    expect(jobs).toBeDefined();
    expect(packagesAtStart(jobs ?? '')).toContain('sparqljs');
  });

  it('should run as the installed summit-kg command', () => {
    // Run as a program, so that its #! line is what starts node.
    const help = spawnSync(join(ROOT, 'src/cli/bin.js'), ['query', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: summit-kg query');
  });

  it('should run npm run cli with the node flags of npm start', () => {
    const flags = scriptArguments('start').filter((arg) => arg.startsWith('--'));
    expect(flags).toContain('--v8-pool-size=0');
    expect(scriptArguments('cli')).toEqual([...flags, 'dist/bundle/main.js']);
  });
});
