// grlc's suffixes: /api/queries/{name}.csv, .tsv, .json (and the other formats' own) pick the result
// format in the URL, read here by real parsers; they agree with content negotiation and the format parameter.
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRows, turtleQuads } from '../helpers/parse.ts';
import { sharedServer, type TestServer } from '../helpers/server.ts';

const ID = 'https://w3id.org/aiactionsummit/id/';
const NON_SIGNATORIES = [
  { state: `${ID}country/GB`, name: 'United Kingdom' },
  { state: `${ID}country/US`, name: 'United States of America' },
];

let real: TestServer;
let fixtures: TestServer;
beforeAll(() => {
  real = sharedServer('real');
  fixtures = sharedServer('fixtures');
});
afterAll(async () => {
  await Promise.all([real?.close(), fixtures?.close()]);
});

async function body(server: TestServer, path: string, contentType: string): Promise<string> {
  const response = await server.get(path);
  const text = await response.text();
  expect(response.status, text).toBe(200);
  expect(response.headers.get('content-type')).toBe(`${contentType}; charset=utf-8`);
  return text;
}

/** Expects the call to be refused with `status` and exactly `message`. */
async function shouldRefuse(server: TestServer, path: string, status: number, message: string) {
  const response = await server.get(path);
  expect(response.status).toBe(status);
  expect(await response.text()).toBe(`${message}\n`);
}

describe('.csv', () => {
  it('should give the two named non-signatories as CSV with a header row', async () => {
    const text = await body(real, '/api/queries/non-signatories.csv', 'text/csv');
    const records = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(records.map(({ state, name }) => ({ state, name }))).toEqual(NON_SIGNATORIES);
    expect(records[0]?.inNumberedList).toBe('false');
    expect(records[0]?.source).toBe('https://w3id.org/aiactionsummit/graph/post-summit-blog');
  });

  it('should take the query’s parameters as the bare URL does', async () => {
    const text = await body(real, '/api/queries/signatories.csv?lang=en', 'text/csv');
    const records = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(60);
    expect(records[0]).toEqual({
      position: '1',
      signatory: `${ID}country/AM`,
      name: 'Armenia',
      listedAs: 'Arménie',
      kind: 'state',
    });
  });
});

describe('.tsv', () => {
  it('should give SPARQL TSV: variables with ?, terms in N-Triples syntax', async () => {
    const text = await body(real, '/api/queries/non-signatories.tsv', 'text/tab-separated-values');
    const records = parseCsv(text, { columns: true, delimiter: '\t', quote: false }) as Record<string, string>[];
    expect(records.map((r) => [r['?state'], r['?name']])).toEqual([
      [`<${ID}country/GB>`, '"United Kingdom"'],
      [`<${ID}country/US>`, '"United States of America"'],
    ]);
  });
});

describe('.json', () => {
  it('should give SPARQL JSON results', async () => {
    const text = await body(real, '/api/queries/non-signatories.json', 'application/sparql-results+json');
    expect(JSON.parse(text).head.vars).toEqual([
      'state',
      'name',
      'declaration',
      'source',
      'whatTheSourceSays',
      'inNumberedList',
    ]);
    expect(jsonRows(text).map(({ state, name }) => ({ state, name }))).toEqual(NON_SIGNATORIES);
  });

  it('should give JSON-LD for a graph query', async () => {
    const text = await body(
      fixtures,
      '/api/queries/about.json?entity=https://example.org/kenya',
      'application/ld+json',
    );
    expect(JSON.stringify(JSON.parse(text))).toContain('https://example.org/kenya');
  });

  it('should be the same answer as Accept and the format parameter give', async () => {
    const suffix = await body(real, '/api/queries/signatories.json', 'application/sparql-results+json');
    const format = await body(real, '/api/queries/signatories?format=json', 'application/sparql-results+json');
    expect(suffix).toBe(format);
  });
});

describe('the graph formats’ suffixes', () => {
  it('should give Turtle for .ttl', async () => {
    const text = await body(fixtures, '/api/queries/about.ttl?entity=https://example.org/kenya', 'text/turtle');
    expect(turtleQuads(text).map((q) => q.object.value)).toEqual(['https://example.org/Country', 'Kenya']);
  });
});

describe('refusals', () => {
  it('should refuse a suffix that disagrees with the format parameter', async () => {
    await shouldRefuse(
      real,
      '/api/queries/non-signatories.csv?format=xml',
      400,
      'The format parameter asks for xml and csv; ask for one.',
    );
  });

  it('should refuse a graph format for a SELECT query', async () => {
    await shouldRefuse(
      real,
      '/api/queries/non-signatories.ttl',
      400,
      "Unknown format 'ttl' for this kind of result; use one of: application/sparql-results+json (json), application/sparql-results+xml (xml), text/csv (csv), text/tab-separated-values (tsv)",
    );
  });

  it('should say which query does not exist', async () => {
    await shouldRefuse(
      real,
      '/api/queries/nothing.csv',
      404,
      "No saved query named 'nothing'. The catalogue is at /api/queries (JSON) and /api/ (HTML).",
    );
  });

  it('should not take an unknown suffix for a format', async () => {
    await shouldRefuse(
      real,
      '/api/queries/non-signatories.pdf',
      404,
      "No saved query named 'non-signatories.pdf'. The catalogue is at /api/queries (JSON) and /api/ (HTML).",
    );
  });
});
