// The summit-kg command as a user runs it: its output and its exit code (in-process, and a few runs
// of the real process: standard input, a server that keeps running).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { CLI_ARGS, runCli, spawnCli } from '../helpers/cli.ts';
import { csvRows } from '../helpers/parse.ts';
import { SMALL_DATA, SMALL_SHAPES } from '../helpers/server.ts';

const ENV = { SUMMIT_KG_DATA: SMALL_DATA, SUMMIT_KG_SHAPES: SMALL_SHAPES };
/** In-process, unless the test feeds standard input (then a real process). */
const run = (args: string[], input?: string) => (input === undefined ? runCli(args, ENV) : spawnCli(args, ENV, input));

const COUNTRIES =
  'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?country ?label WHERE { ?country a <https://example.org/Country> ; rdfs:label ?label } ORDER BY ?label';

describe('summit-kg query', () => {
  it('should print SELECT results as an aligned table', async () => {
    const { code, stdout } = await run(['query', COUNTRIES]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'country                      | label',
        '-----------------------------+------------',
        '<https://example.org/france> | "France"@en',
        '<https://example.org/india>  | "India"@en',
        '<https://example.org/kenya>  | "Kenya"@en',
        '(3 rows)',
        '',
      ].join('\n'),
    );
  });

  it('should write any result format to stdout with --format', async () => {
    const { code, stdout } = await run(['query', COUNTRIES, '--format', 'csv']);
    expect(code).toBe(0);
    expect(csvRows(stdout).map((r) => r.label)).toEqual(['France', 'India', 'Kenya']);
  });

  it('should read the query from a .rq file or from standard input', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'summit-kg-')), 'countries.rq');
    writeFileSync(file, COUNTRIES);
    expect((await run(['query', file, '-f', 'tsv'])).stdout).toContain('"Kenya"@en');
    expect((await run(['query', '-', '-f', 'json'], 'ASK { ?s ?p ?o }')).stdout.trim()).toBe(
      '{"head":{},"boolean":true}',
    );
  });

  it('should print graphs as Turtle', async () => {
    const { stdout } = await run([
      'query',
      'CONSTRUCT { ?c a <https://example.org/Country> } WHERE { ?c a <https://example.org/Country> }',
    ]);
    expect(new Parser().parse(stdout)).toHaveLength(3);
  });

  it('should exit 1 with the position of a syntax error, and no stack trace', async () => {
    const { code, stderr } = await run(['query', 'SELECT * WHERE { ?s ?p }']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Syntax error at line 1, column 24: unexpected '\}'/);
    expect(stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('should exit 1 naming file:line:column when the data is broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-kg-'));
    writeFileSync(join(dir, 'broken.ttl'), '<https://a> <https://b> <https://c> .\n<https://a> <https://b> .\n');
    const { code, stderr } = await run(['query', 'ASK {}', '--data', dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.ttl:2:25: \. is not a valid RDF object/);
  });

  it('should refuse an unknown format with exit code 1 and the list of formats', async () => {
    const { code, stderr } = await run(['query', COUNTRIES, '--format', 'yaml']);
    expect(code).toBe(1);
    expect(stderr).toContain("Unknown format 'yaml'");
  });
});

describe('summit-kg export', () => {
  it('should export the whole dataset as TriG with its named graphs', async () => {
    const { code, stdout } = await run(['export']);
    expect(code).toBe(0);
    const quads = new Parser({ format: 'TriG' }).parse(stdout);
    expect(quads).toHaveLength(14);
    expect(new Set(quads.map((q) => q.graph.value)).size).toBe(3);
  });

  it('should export one graph as Turtle', async () => {
    const { stdout } = await run(['export', '--graph', 'https://example.org/graph/b']);
    expect(new Parser({ format: 'Turtle' }).parse(stdout)).toHaveLength(4);
  });

  it('should export N-Quads', async () => {
    const { stdout } = await run(['export', '--format', 'nquads']);
    expect(new Parser({ format: 'N-Quads' }).parse(stdout)).toHaveLength(14);
  });

  it('should exit 2 and list the graphs when asked for an unknown one', async () => {
    const { code, stderr } = await run(['export', '--graph', 'https://example.org/graph/zzz']);
    expect(code).toBe(2);
    expect(stderr).toContain('https://example.org/graph/a');
  });
});

describe('summit-kg serve', () => {
  it('should name the flag, not the setting, when a flag value is invalid', async () => {
    const { code, stderr } = await run(['serve', '--queries', 'queries', '--max-upload-bytes', '3']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe("--max-upload-bytes must be a whole number from 16 to 1073741824, got '3'");
    const link = await run(['link', '--unlinked', '--wikidata', 'ftp://example.org/sparql']);
    expect(link.stderr.trim()).toBe("--wikidata must hold http(s) URLs, got 'ftp://example.org/sparql'");
  });

  it('should exit 2 on an invalid setting, naming it', async () => {
    const { code, stderr } = await run(['serve', '--port', 'eighty']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe("--port must be a whole number from 0 to 65535, got 'eighty'");
  });

  it('should print its URLs, the number of quads and the load time, then answer queries', async () => {
    const child = spawn(process.execPath, [
      ...CLI_ARGS,
      'serve',
      '--port',
      '0',
      '--data',
      SMALL_DATA,
      '--shapes',
      SMALL_SHAPES,
      '--workers',
      '1',
    ]);
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          out += chunk;
          if (out.includes('Home page')) resolve();
        });
        child.on('exit', () => reject(new Error(`exited early: ${out}`)));
      });
      expect(out).toMatch(
        /(^|\n)Loaded 14 quads from 2 files in \d+ ms, validated in \d+ ms; 1 query workers ready after \d+ ms\./,
      );
      const endpoint = /SPARQL endpoint: +(\S+)/.exec(out)![1];
      expect(out).toContain(`Home page:            ${endpoint.replace('/sparql', '/')}`);
      const response = await fetch(`${endpoint}?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`);
      expect(await response.json()).toEqual({ head: {}, boolean: true });
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('should show help for each command', async () => {
    for (const command of ['serve', 'query', 'export']) {
      const { code, stdout } = await run([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: summit-kg ${command}`);
    }
  });
});
