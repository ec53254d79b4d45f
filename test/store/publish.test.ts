// summit-kg publish against a fixture store (test/helpers/store-fixture.ts): the dry run, the Graph
// Store Protocol and SPARQL Update, credentials from the environment only (Digest and Basic), the
// counts checked afterwards, and the exit codes of what goes wrong.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, namedNode } from '../../src/rdf/index.ts';
import { answerChallenge } from '../../src/store/index.ts';
import { runCli } from '../helpers/cli.ts';
import { SMALL_DATA } from '../helpers/paths.ts';
import { type FixtureStore, largeGraphData, startFixtureStore } from '../helpers/store-fixture.ts';

const PASSWORD = 's3cret pass';
const CREDENTIALS = { SUMMIT_KG_STORE_USER: 'writer', SUMMIT_KG_STORE_PASSWORD: PASSWORD };
const UNION = 'https://w3id.org/aiactionsummit/graph/union';
const GRAPHS = [
  'https://example.org/graph/a',
  'https://example.org/graph/b',
  'https://w3id.org/aiactionsummit/graph/notes',
];

let fixture: FixtureStore;
beforeEach(async () => {
  fixture = await startFixtureStore();
});
afterEach(async () => {
  await fixture.close();
});

const publish = (args: string[], env: Record<string, string> = CREDENTIALS) =>
  runCli(['publish', '--data', SMALL_DATA, '--store', `${fixture.url}/sparql`, ...args], env);
const triples = (graph: string) =>
  count(fixture.store, `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`);

describe('summit-kg publish', () => {
  it('should print the graphs, their sizes and where they would go on a dry run, and send nothing', async () => {
    const result = await publish(['--to', `${fixture.url}/data`, '--dry-run']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      `Would publish 4 graphs to ${fixture.url}/data through the Graph Store Protocol (PUT, replacing each graph), with the credentials of SUMMIT_KG_STORE_USER and SUMMIT_KG_STORE_PASSWORD:\n` +
        '  <https://example.org/graph/a>  9 triples\n' +
        '  <https://example.org/graph/b>  4 triples\n' +
        '  <https://w3id.org/aiactionsummit/graph/notes>  1 triples\n' +
        `  <${UNION}>  13 triples (the union default graph)\n` +
        `Would then count each graph's triples at ${fixture.url}/sparql.\n`,
    );
    expect(fixture.requests).toEqual([]);
  });

  it('should PUT every named graph and the union with Digest credentials from the environment, then find every count matching', async () => {
    const result = await publish(['--to', `${fixture.url}/data`]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Every count matches: 4 graphs in ${fixture.url}/sparql.`);
    expect(GRAPHS.map(triples)).toEqual([9, 4, 1]);
    // The union is a set: France's English label, stated by both graphs, is one triple there.
    expect(triples(UNION)).toBe(13);
    // The challenge is asked for once, with a HEAD; then every PUT is sent once, with its Digest answer.
    const writes = fixture.requests.filter((r) => r.path === '/data');
    expect(writes.map((r) => `${r.method} ${r.authorization?.split(' ')[0] ?? 'none'}`)).toEqual([
      'HEAD none',
      ...GRAPHS.concat(UNION).map(() => 'PUT Digest'),
    ]);
    expect(writes.map((r) => r.authorization?.match(/nc=(\w+)/)?.[1] ?? '')).toEqual([
      '',
      '00000001',
      '00000002',
      '00000003',
      '00000004',
    ]);
    expect(JSON.stringify(fixture.requests)).not.toContain(PASSWORD);
    expect(result.stdout + result.stderr).not.toContain(PASSWORD);
  });

  it('should publish a graph of megabytes to a store that refuses a write before reading its body', async () => {
    // Virtuoso answers 401 before reading a body, and resets a kept-alive connection while the body
    // is still being written (test/slow/external-store.test.ts): no body goes without credentials.
    const big = 'https://example.org/graph/big';
    const { dir, remove } = largeGraphData(big, 20_000);
    try {
      const result = await runCli(
        ['publish', '--data', dir, '--to', `${fixture.url}/data`, '--store', `${fixture.url}/sparql`],
        CREDENTIALS,
      );
      expect(result.code, result.stderr).toBe(0);
      expect(triples(big)).toBe(20_000);
      expect(fixture.requests.filter((r) => r.method === 'PUT' && !r.authorization)).toEqual([]);
    } finally {
      remove();
    }
  });

  it('should ask again when the store’s nonce has gone stale, and send the refused graph once more', async () => {
    fixture.nonceUses = 2;
    const result = await publish(['--to', `${fixture.url}/data`]);
    expect(result.code, result.stderr).toBe(0);
    expect(GRAPHS.map(triples)).toEqual([9, 4, 1]);
    expect(triples(UNION)).toBe(13);
    // Two PUTs on each nonce; the third is refused, and the store's new challenge is asked for.
    expect(fixture.requests.filter((r) => r.path === '/data').map((r) => r.method)).toEqual([
      'HEAD',
      'PUT',
      'PUT',
      'PUT',
      'HEAD',
      'PUT',
      'PUT',
    ]);
  });

  it('should answer a Basic challenge too', async () => {
    await fixture.close();
    fixture = await startFixtureStore({ user: 'writer', password: PASSWORD, scheme: 'Basic' });
    const result = await publish(['--to', `${fixture.url}/data`]);
    expect(result.code, result.stderr).toBe(0);
    expect(triples(UNION)).toBe(13);
  });

  it('should replace each graph, so that publishing twice gives the same counts', async () => {
    await publish(['--to', `${fixture.url}/data`]);
    const again = await publish(['--to', `${fixture.url}/data`]);
    expect(again.code, again.stderr).toBe(0);
    expect(GRAPHS.map(triples)).toEqual([9, 4, 1]);
  });

  it('should write through SPARQL Update where a store has no Graph Store Protocol', async () => {
    fixture.store.update(`INSERT DATA { GRAPH <${GRAPHS[0]}> { <urn:stale> <urn:stale> <urn:stale> } }`);
    const result = await runCli(
      [
        'publish',
        '--data',
        SMALL_DATA,
        '--to',
        `${fixture.url}/update`,
        '--method',
        'update',
        '--store',
        `${fixture.url}/sparql`,
      ],
      CREDENTIALS,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('through SPARQL Update (DROP, INSERT DATA)');
    expect(GRAPHS.map(triples)).toEqual([9, 4, 1]);
    expect(fixture.store.match(namedNode('urn:stale'), null, null, null).length).toBe(0);
  });

  it('should exit 1 naming the graph whose count differs in the store', async () => {
    fixture.dropOnPut = 1;
    const result = await publish(['--to', `${fixture.url}/data`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("The store's counts differ from the data's after publishing:");
    expect(result.stderr).toContain('<https://example.org/graph/a>: 8 triples in the store, 9 here');
    expect(result.stderr).toContain('<https://w3id.org/aiactionsummit/graph/notes>: 0 triples in the store, 1 here');
  });

  it('should read every graph back with --check-content, and exit 1 naming a literal the store rewrote', async () => {
    const checked = await publish(['--to', `${fixture.url}/data`, '--check-content']);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('Every triple reads back as written (blank nodes apart): 4 graphs.');
    fixture.rewritePut = (text) => text.replace('"500"', '"501"');
    const rewritten = await publish(['--to', `${fixture.url}/data`, '--check-content']);
    expect(rewritten.code).toBe(1);
    expect(rewritten.stdout).toContain('Every count matches');
    expect(rewritten.stderr).toContain(
      '<https://example.org/graph/a>: 1 triples not held as written, e.g. <https://example.org/summit> <https://example.org/journalists> "500"^^<http://www.w3.org/2001/XMLSchema#integer>; 1 not in the data, e.g. <https://example.org/summit> <https://example.org/journalists> "501"^^<http://www.w3.org/2001/XMLSchema#integer>',
    );
  });

  it('should exit 1 when the store refuses the credentials, without printing them', async () => {
    const result = await publish(['--to', `${fixture.url}/data`], {
      ...CREDENTIALS,
      SUMMIT_KG_STORE_PASSWORD: 'wrong',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `The store at ${fixture.url}/data refused the credentials of SUMMIT_KG_STORE_USER and SUMMIT_KG_STORE_PASSWORD (HTTP 401).\n`,
    );
  });

  it('should exit 1 when the store asks for credentials and none are set', async () => {
    const result = await publish(['--to', `${fixture.url}/data`], {
      SUMMIT_KG_STORE_USER: '',
      SUMMIT_KG_STORE_PASSWORD: '',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /refused the PUT of <https:\/\/example\.org\/graph\/a> \(HTTP 401\): set SUMMIT_KG_STORE_USER/,
    );
  });

  it('should take no credentials on the command line: a URL holding some is refused without echoing them', async () => {
    const result = await publish(['--to', `http://writer:${encodeURIComponent(PASSWORD)}@127.0.0.1:1/data`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'must not hold credentials: set SUMMIT_KG_STORE_USER and SUMMIT_KG_STORE_PASSWORD instead',
    );
    expect(result.stderr).not.toContain('s3cret');
    const flag = await publish(['--to', `${fixture.url}/data`, '--password', PASSWORD]);
    expect(flag.code).toBe(2);
  });

  it('should exit 2 without a query endpoint to count at', async () => {
    const result = await runCli(['publish', '--data', SMALL_DATA, '--to', `${fixture.url}/data`], {
      SUMMIT_KG_STORE: '',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Name the store’s SPARQL query endpoint with --store (or SUMMIT_KG_STORE)');
  });

  it('should exit 1 naming the store when it cannot be reached', async () => {
    await fixture.close();
    const result = await publish(['--to', `${fixture.url}/data`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot reach the store at ${fixture.url}/data:`);
  });
});

describe('answerChallenge', () => {
  it('should compute RFC 2617’s Digest example response', () => {
    const header = answerChallenge(
      'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"',
      { method: 'GET', url: 'http://www.nowhere.org/dir/index.html' },
      { user: 'Mufasa', password: 'Circle Of Life' },
      '0a4f113b',
    );
    expect(header).toContain('response="6629fae49393a05397450978507c4ef1"');
    expect(header).toContain('qop=auth, nc=00000001, cnonce="0a4f113b"');
  });

  it('should answer Basic, and nothing for a scheme it does not speak', () => {
    const credentials = { user: 'a', password: 'b' };
    expect(answerChallenge('Basic realm="x"', { method: 'GET', url: 'http://x/' }, credentials)).toBe('Basic YTpi');
    expect(answerChallenge('Bearer realm="x"', { method: 'GET', url: 'http://x/' }, credentials)).toBeUndefined();
  });
});
