// Saved queries on the command line: `summit-kg queries` lists them, `summit-kg query --saved NAME
// --param key=value` runs one, as a user runs them (in-process: output and exit code).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { csvRows } from '../helpers/parse.ts';
import { SMALL_DATA, SMALL_SHAPES } from '../helpers/server.ts';

const QUERIES = fileURLToPath(new URL('../fixtures/queries', import.meta.url));

const run = (args: string[]) =>
  runCli(args, { SUMMIT_KG_DATA: SMALL_DATA, SUMMIT_KG_SHAPES: SMALL_SHAPES, SUMMIT_KG_QUERIES: QUERIES });

describe('summit-kg queries', () => {
  it('should list each saved query with its parameters', async () => {
    const { code, stdout } = await run(['queries']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        'labels: Labels of an entity (SELECT)',
        '  --param entity  IRI, required, e.g. https://example.org/summit: The entity whose labels are wanted',
        '  --param lang    text, optional: Only the labels in this language (one of: en, fr)',
      ].join('\n'),
    );
    expect(stdout).toContain('countries: Countries by English name (SELECT, 2 per page)');
    expect(stdout).toContain('  --param min    integer, optional, default 0, e.g. 200: The smallest figure to list');
    expect(stdout.match(/^\S+: /gm)).toEqual(['about: ', 'countries: ', 'echo: ', 'figures: ', 'labels: ']);
  });

  it('should read another folder given with --queries, and say when it holds none', async () => {
    const { code, stdout } = await run(['queries', '--queries', SMALL_DATA]);
    expect(code).toBe(0);
    expect(stdout).toBe(`No saved queries in ${SMALL_DATA}.\n`);
  });
});

describe('summit-kg query --saved', () => {
  it('should run a saved query with --param values and print a table', async () => {
    const { code, stdout } = await run([
      'query',
      '--saved',
      'labels',
      '--param',
      'entity=https://example.org/summit',
      '--param',
      'lang=fr',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'label                              | graph',
        '-----------------------------------+------------------------------',
        '"Sommet pour l\'action sur l\'IA"@fr | <https://example.org/graph/a>',
        '(1 row)',
        '',
      ].join('\n'),
    );
  });

  it('should bind every type, and honour --format', async () => {
    const { code, stdout } = await run([
      'query',
      '--saved',
      'figures',
      '--param',
      'min=200',
      '--param',
      'on=2025-02-10',
      '--param',
      'scale=0.5',
      '-f',
      'csv',
    ]);
    expect(code).toBe(0);
    expect(csvRows(stdout)).toEqual([
      { event: 'https://example.org/summit', property: 'https://example.org/journalists', value: '500', scaled: '250' },
    ]);
  });

  it('should keep = signs in a value', async () => {
    const { stdout } = await run(['query', '--saved', 'echo', '--param', 'text=a=b', '-f', 'csv']);
    expect(csvRows(stdout)[0].__text).toBe('a=b');
  });

  it('should exit 1 naming a value of the wrong type, or a missing required parameter', async () => {
    const wrong = await run(['query', '--saved', 'figures', '--param', 'min=lots']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe('Parameter \'min\' must be an integer (digits, optionally signed); got "lots".\n');
    const missing = await run(['query', '--saved', 'labels']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      "Missing required parameter 'entity': give an absolute IRI (scheme:…, with no spaces nor any of <>\"{}|^`\\), such as https://example.org/summit.\n",
    );
  });

  it('should exit 1 naming an unknown parameter', async () => {
    const { code, stderr } = await run([
      'query',
      '--saved',
      'labels',
      '--param',
      'entity=urn:x',
      '--param',
      'colour=red',
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe("Unknown parameter 'colour' for the saved query 'labels'; it takes: entity, lang.\n");
  });

  it('should exit 2 for an unknown saved query, listing the others', async () => {
    const { code, stderr } = await run(['query', '--saved', 'nope']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "No saved query named 'nope'; the saved queries are: about, countries, echo, figures, labels.\n",
    );
  });

  it('should refuse a query and --saved together, neither, --param alone, and a --param without =', async () => {
    expect(await run(['query', 'ASK {}', '--saved', 'labels'])).toMatchObject({
      code: 2,
      stderr: 'Give either a query or --saved labels, not both.\n',
    });
    expect(await run(['query'])).toMatchObject({
      code: 2,
      stderr: 'Give a query (text, a .rq file or -), or a saved query with --saved NAME.\n',
    });
    expect(await run(['query', 'ASK {}', '--param', 'a=b'])).toMatchObject({
      code: 2,
      stderr: '--param gives values to a saved query: name it with --saved.\n',
    });
    const malformed = await run(['query', '--saved', 'labels', '--param', 'novalue']);
    expect(malformed.code).not.toBe(0);
    expect(malformed.stderr).toContain("argument 'novalue' is invalid. 'novalue' is not key=value.");
  });

  it('should exit 1 with file and line when a saved query is broken', async () => {
    const { code, stderr } = await run([
      'query',
      '--saved',
      'x',
      '--queries',
      fileURLToPath(new URL('../fixtures/small/notes.ttl', import.meta.url)),
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/notes\.ttl:\d+: /);
  });
});
