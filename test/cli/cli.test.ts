// The summit-kg command as a user runs it: its output and its exit code (in-process, and a few runs
// of the real process: standard input, a server that keeps running).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { CLI_ARGS, runCli, spawnCli } from '../helpers/cli.ts';
import { csvRows, jsonldQuads, rdfxmlQuads } from '../helpers/parse.ts';
import { SMALL_DATA, SMALL_SHAPES, sharedServer } from '../helpers/server.ts';

const ENV = { SUMMIT_KG_DATA: SMALL_DATA, SUMMIT_KG_SHAPES: SMALL_SHAPES };
/** In-process, unless the test feeds standard input (then a real process). */
const run = (args: string[], input?: string) => (input === undefined ? runCli(args, ENV) : spawnCli(args, ENV, input));

const CONSTRUCT = 'CONSTRUCT { ?c a <https://example.org/Country> } WHERE { ?c a <https://example.org/Country> }';
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

  it('should refuse an unknown format with exit code 2 and the list of formats', async () => {
    const { code, stderr } = await run(['query', COUNTRIES, '--format', 'yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      "error: option '-f, --format <format>' argument 'yaml' is invalid. Allowed choices are json, xml, csv, tsv, turtle, ntriples, jsonld, rdfxml.",
    );
  });

  it('should refuse with exit code 2 a format that does not fit the query, naming those that do', async () => {
    const { code, stderr } = await run(['query', CONSTRUCT, '--format', 'csv']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      '--format csv does not fit a CONSTRUCT query; choose one of: turtle, ntriples, jsonld, rdfxml.\n',
    );
  });
});

describe('summit-kg query --endpoint', () => {
  const endpoint = () => `${sharedServer('fixtures').url}/sparql`;

  it('should run the query at a remote endpoint, as rsparql --service does, and print the same table', async () => {
    const remote = await run(['query', COUNTRIES, '--endpoint', endpoint()]);
    expect(remote.code).toBe(0);
    expect(remote.stdout).toBe((await run(['query', COUNTRIES])).stdout);
  });

  it('should ask the endpoint for the format wanted', async () => {
    const csv = await run(['query', COUNTRIES, '--endpoint', endpoint(), '-f', 'csv']);
    expect(csvRows(csv.stdout).map((r) => r.label)).toEqual(['France', 'India', 'Kenya']);
    const turtle = await run(['query', CONSTRUCT, '--endpoint', endpoint()]);
    expect(new Parser().parse(turtle.stdout)).toHaveLength(3);
  });

  it("should leave SERVICE to the remote endpoint's own rules, and exit 1 with its message when it refuses", async () => {
    const { code, stderr } = await run([
      'query',
      'SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }',
      '--endpoint',
      endpoint(),
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${endpoint()} answered HTTP 400: SERVICE <http://127.0.0.1:9/sparql> is not allowed: this endpoint only federates with <https://query.wikidata.org/sparql>.\n`,
    );
  });

  it('should exit 1 when the endpoint cannot be reached, and 2 for a URL that is not http(s)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/sparql`;
    await new Promise((resolve) => closed.close(resolve));
    const down = await run(['query', 'ASK {}', '--endpoint', url]);
    expect(down.code).toBe(1);
    expect(down.stderr).toBe(`${url} could not be reached (ECONNREFUSED).\n`);
    const ftp = await run(['query', 'ASK {}', '--endpoint', 'ftp://example.org/sparql']);
    expect(ftp.code).toBe(2);
    expect(ftp.stderr).toBe("--endpoint must be an http(s) URL, got 'ftp://example.org/sparql'.\n");
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

  it('should export every RDF syntax: the named graphs in TriG, N-Quads and JSON-LD, the union in the others', async () => {
    const formats = ['trig', 'nquads', 'jsonld', 'turtle', 'ntriples', 'rdfxml'];
    const counts: Record<string, number> = {};
    for (const format of formats) {
      const { code, stdout } = await run(['export', '--format', format]);
      expect(code, format).toBe(0);
      counts[format] =
        format === 'jsonld'
          ? (await jsonldQuads(stdout)).trim().split('\n').length
          : format === 'rdfxml'
            ? (await rdfxmlQuads(stdout)).length
            : new Parser({
                format: { trig: 'TriG', nquads: 'N-Quads', turtle: 'Turtle', ntriples: 'N-Triples' }[format],
              }).parse(stdout).length;
    }
    // 14 quads in 3 graphs; France's label, stated by two graphs, is one triple of the union.
    expect(counts).toEqual({ trig: 14, nquads: 14, jsonld: 14, turtle: 13, ntriples: 13, rdfxml: 13 });
  });

  it('should write Turtle with the prefixes it uses', async () => {
    const { stdout } = await run(['export', '--graph', 'https://example.org/graph/b']);
    expect(stdout).toMatch(/^@prefix rdfs: <http:\/\/www\.w3\.org\/2000\/01\/rdf-schema#>\.\n/);
    expect(stdout).toContain('rdfs:label "Kenya"@en');
    expect(stdout).not.toContain('@prefix schema:');
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
    // Uploads of 128 MiB could never be admitted with 64 MiB of room for bodies.
    const uploads = await run(['serve', '--max-upload-bytes', String(128 * 1024 * 1024)]);
    expect(uploads.code).toBe(2);
    expect(uploads.stderr.trim()).toBe(
      'SUMMIT_KG_MAX_BODY_MEMORY_BYTES (67108864) must be at least the largest body a route accepts (134217728 bytes, from --max-upload-bytes)',
    );
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
        /(^|\n)Loaded 14 quads from 2 files in \d+ ms( \(kept from an earlier start of the same files\))?, (validated in \d+ ms|validation report of the same data and shapes reused); 1 query workers ready after \d+ ms\./,
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

describe('summit-kg convert', () => {
  const dir = mkdtempSync(join(tmpdir(), 'summit-kg-convert-'));
  const TURTLE = join(dir, 'people.ttl');
  writeFileSync(
    TURTLE,
    '@prefix ex: <https://example.org/> .\n@prefix foaf: <http://xmlns.com/foaf/0.1/> .\nex:ada foaf:name "Ada"@en ; foaf:knows ex:alan .\nex:alan foaf:name "Alan" .\n',
  );

  it('should write a file in every syntax, and read each back', async () => {
    for (const [format, extension] of [
      ['ntriples', 'nt'],
      ['nquads', 'nq'],
      ['trig', 'trig'],
      ['jsonld', 'jsonld'],
      ['rdfxml', 'rdf'],
    ]) {
      const output = join(dir, `people.${extension}`);
      expect((await run(['convert', TURTLE, '--format', format, '-o', output])).code, format).toBe(0);
      const back = await run(['convert', output, '--format', 'ntriples']);
      expect(back.code, format).toBe(0);
      expect(back.stdout.trim().split('\n').sort(), format).toEqual([
        '<https://example.org/ada> <http://xmlns.com/foaf/0.1/knows> <https://example.org/alan> .',
        '<https://example.org/ada> <http://xmlns.com/foaf/0.1/name> "Ada"@en .',
        '<https://example.org/alan> <http://xmlns.com/foaf/0.1/name> "Alan" .',
      ]);
    }
  });

  it("should keep the input's prefixes in Turtle, the default for triples", async () => {
    const { stdout } = await run(['convert', join(dir, 'people.rdf'), TURTLE]);
    expect(stdout).toContain('@prefix ex: <https://example.org/>.');
    expect(stdout).toContain('ex:ada foaf:knows ex:alan;');
  });

  it('should exit 2 when the syntax cannot be told, 1 with file:line:column on a syntax error', async () => {
    const unknown = join(dir, 'people.txt');
    writeFileSync(unknown, '<https://a> <https://b> <https://c> .\n');
    const untold = await run(['convert', unknown]);
    expect(untold.code).toBe(2);
    expect(untold.stderr).toBe(`${unknown}: cannot tell its RDF syntax from its name; say it with --from.\n`);
    expect((await run(['convert', unknown, '--from', 'ntriples'])).stdout).toContain(
      '<https://a> <https://b> <https://c>',
    );
    const broken = join(dir, 'broken.ttl');
    writeFileSync(broken, '<https://a> <https://b> <https://c> .\n<https://a> <https://b> .\n');
    const failed = await run(['convert', broken]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(new RegExp(`^${broken.replace(/[.]/g, '\\.')}:2:\\d+: `));
  });
});
