// The SPARQL clients people use, each with its default settings, against the endpoint: Python's
// SPARQLWrapper and rdflib's SPARQLStore (Debian's packages, installed by npm's pretest step),
// Comunica with the endpoint as a `sparql` source, fetch-sparql-endpoint, RDF4J's parsers (Debian's
// librdf4j-java) and roqet. What each client parsed is compared with the expected answer.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { QueryEngine } from '@comunica/query-sparql';
import type * as RDF from '@rdfjs/types';
import { SparqlEndpointFetcher } from 'fetch-sparql-endpoint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xmlRows } from '../helpers/parse.ts';
import { type OwnServer, startTestServer } from '../helpers/server.ts';

const run = promisify(execFile);
const CLIENTS = fileURLToPath(new URL('./clients/', import.meta.url));
/** Debian's Python, where python3-sparqlwrapper and python3-rdflib install. */
const PYTHON = '/usr/bin/python3';

const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const SELECT = `PREFIX ex: <https://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?country ?label WHERE { ?country a ex:Country ; rdfs:label ?label } ORDER BY ?label`;
const CONSTRUCT = `PREFIX ex: <https://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?country rdfs:label ?label } WHERE { ?country a ex:Country ; rdfs:label ?label }`;
const ASK = 'ASK { ?s a <https://example.org/Country> }';

/** The solutions as sorted [variable, value] pairs, and the triples as [s, p, o], as every client must read them. */
const ROWS = [
  [
    ['country', 'https://example.org/france'],
    ['label', 'France'],
  ],
  [
    ['country', 'https://example.org/india'],
    ['label', 'India'],
  ],
  [
    ['country', 'https://example.org/kenya'],
    ['label', 'Kenya'],
  ],
];
const TRIPLES = [
  ['https://example.org/france', RDFS_LABEL, 'France'],
  ['https://example.org/india', RDFS_LABEL, 'India'],
  ['https://example.org/kenya', RDFS_LABEL, 'Kenya'],
];

let server: OwnServer;
let endpoint: string;
beforeAll(async () => {
  server = await startTestServer();
  endpoint = `${server.url}/sparql`;
});
afterAll(() => server?.close());

/** Runs a client script of test/slow/clients/ and reads its JSON lines. */
async function python(script: string, ...args: string[]): Promise<Record<string, unknown>[]> {
  const { stdout } = await run(PYTHON, ['-W', 'ignore', `${CLIENTS}${script}`, endpoint, ...args], {
    timeout: 120_000,
  });
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const pairs = (row: Record<string, string>) => Object.entries(row).sort(([a], [b]) => a.localeCompare(b));
const triple = (q: RDF.Quad) => [q.subject.value, q.predicate.value, q.object.value];
const sorted = <T>(items: T[]) => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe("SPARQLWrapper, with the client's defaults", () => {
  it('should read SELECT (JSON, XML, CSV, TSV), CONSTRUCT (XML, RDF/XML, Turtle, N3, JSON) and ASK, by GET and POST', async () => {
    const calls = await python('sparqlwrapper_calls.py', SELECT, CONSTRUCT, ASK);
    expect(calls).toHaveLength(26);
    for (const call of calls) {
      const expected = call.form === 'select' ? ROWS : call.form === 'construct' ? TRIPLES : true;
      expect(call, JSON.stringify(call)).toMatchObject({ answer: expected });
    }
    // What the format names mean for a graph: RDF/XML for xml and rdf+xml, Turtle for n3, JSON-LD for json.
    const construct = calls.filter((call) => call.form === 'construct' && call.method === 'GET');
    expect(construct.map((call) => [call.format, call.contentType])).toEqual([
      ['default', 'application/rdf+xml; charset=utf-8'],
      ['xml', 'application/rdf+xml; charset=utf-8'],
      ['rdf+xml', 'application/rdf+xml; charset=utf-8'],
      ['turtle', 'text/turtle; charset=utf-8'],
      ['n3', 'text/turtle; charset=utf-8'],
      ['json', 'application/ld+json; charset=utf-8'],
    ]);
  });
});

describe("rdflib's SPARQLStore, with its defaults", () => {
  it('should read SELECT, ASK, CONSTRUCT and triples() through Graph', async () => {
    const calls = await python('rdflib_store.py', SELECT, CONSTRUCT, ASK, 'https://example.org/kenya');
    expect(calls).toEqual([
      { call: 'select', answer: ROWS },
      { call: 'ask', answer: true },
      { call: 'construct', answer: TRIPLES },
      {
        call: 'triples',
        answer: [
          [
            'https://example.org/kenya',
            'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
            'https://example.org/Country',
          ],
          ['https://example.org/kenya', RDFS_LABEL, 'Kenya'],
        ],
      },
      { call: 'conjunctive select', answer: 3 },
    ]);
  });
});

describe('Comunica, with the endpoint as a sparql source', () => {
  const engine = new QueryEngine();
  const sources = () => [{ type: 'sparql', value: endpoint }] as [{ type: 'sparql'; value: string }];

  it('should read SELECT, CONSTRUCT and ASK', async () => {
    const bindings = await (await engine.queryBindings(SELECT, { sources: sources() })).toArray();
    expect(
      sorted(bindings.map((b) => pairs(Object.fromEntries([...b].map(([v, term]) => [v.value, term.value]))))),
    ).toEqual(ROWS);
    const quads = await (await engine.queryQuads(CONSTRUCT, { sources: sources() })).toArray();
    expect(sorted(quads.map(triple))).toEqual(TRIPLES);
    expect(await engine.queryBoolean(ASK, { sources: sources() })).toBe(true);
  });
});

describe('fetch-sparql-endpoint', () => {
  const fetcher = new SparqlEndpointFetcher();
  const collect = async <T>(stream: NodeJS.ReadableStream): Promise<T[]> => {
    const items: T[] = [];
    for await (const item of stream) items.push(item as T);
    return items;
  };

  it('should read SELECT, CONSTRUCT and ASK', async () => {
    const bindings = await collect<Record<string, RDF.Term>>(await fetcher.fetchBindings(endpoint, SELECT));
    expect(
      sorted(bindings.map((b) => pairs(Object.fromEntries(Object.entries(b).map(([k, t]) => [k, t.value]))))),
    ).toEqual(ROWS);
    const quads = await collect<RDF.Quad>(await fetcher.fetchTriples(endpoint, CONSTRUCT));
    expect(sorted(quads.map(triple))).toEqual(TRIPLES);
    expect(await fetcher.fetchAsk(endpoint, ASK)).toBe(true);
  });

  it('should have its update refused with 400, the body saying the endpoint is read-only', async () => {
    // fetchUpdate does not read the body of a failed update (it is fetched with ignoreBody): it shows the status.
    await expect(fetcher.fetchUpdate(endpoint, 'INSERT DATA { <https://a> <https://b> <https://c> }')).rejects.toThrow(
      /HTTP status 400/,
    );
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-update' },
      body: 'INSERT DATA { <https://a> <https://b> <https://c> }',
    });
    expect(await response.text()).toBe(
      'SPARQL Update is not accepted: this endpoint is read-only and answers queries only.\n',
    );
  });
});

describe("RDF4J's parsers (Debian's librdf4j-java)", () => {
  it('should read every result format the endpoint offers that Debian packages a parser for', async () => {
    const { stdout: classpath } = await run('bash', [`${CLIENTS}debian-classpath.sh`, 'librdf4j-java']);
    const { stdout } = await run(
      'java',
      ['-cp', classpath.trim(), `${CLIENTS}Rdf4jParsers.java`, endpoint, SELECT, CONSTRUCT],
      { timeout: 120_000 },
    );
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { format: string; answer?: string[]; error?: string });
    const rows = ROWS.map((row) => row.map(([, value]) => value).join(' '));
    const triples = TRIPLES.map((t) => t.join(' '));
    expect(lines).toEqual([
      { format: 'application/sparql-results+json', answer: rows },
      { format: 'application/sparql-results+xml', answer: rows },
      { format: 'text/turtle', answer: triples },
      { format: 'application/n-triples', answer: triples },
      { format: 'application/ld+json', answer: triples },
      { format: 'application/rdf+xml', answer: triples },
    ]);
  });
});

describe('roqet (Rasqal)', () => {
  it('should read SELECT results', async () => {
    // This roqet writes remote results as XML, CSV or TSV, not JSON.
    const { stdout } = await run('roqet', ['-q', '-p', endpoint, '-e', SELECT, '-r', 'xml'], { timeout: 60_000 });
    expect((await xmlRows(stdout)).map(pairs)).toEqual(ROWS);
  });

  it('should get RDF/XML, not 406, for a CONSTRUCT although it asks for SPARQL XML results only', async () => {
    await run('roqet', ['-q', '-p', endpoint, '-e', CONSTRUCT], { timeout: 60_000 });
    const answered = server.logs.filter((line) => line.startsWith('GET /sparql ')).at(-1);
    expect(answered).toMatch(/^GET \/sparql 200 /);
  });
});
