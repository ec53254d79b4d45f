// Injection attempts thrown at every parameter type: each is refused with 400 or bound as one
// harmless term (and then the rows are exactly those of that term), never read as SPARQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRows } from '../helpers/parse.ts';
import { sharedServer, sparqlGet, type TestServer } from '../helpers/server.ts';

const EX = 'https://example.org/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** Each attempt, and whether an IRI that ends with it is still an IRI (then it must be bound as that IRI, harmlessly). */
const ATTEMPTS: { payload: string; validIriSuffix: boolean }[] = [
  { payload: "'", validIriSuffix: true },
  { payload: '"', validIriSuffix: false },
  { payload: '\\"', validIriSuffix: false },
  { payload: "''' } #", validIriSuffix: false },
  { payload: '"""', validIriSuffix: false },
  { payload: '{', validIriSuffix: false },
  { payload: '}', validIriSuffix: false },
  { payload: '>', validIriSuffix: false },
  { payload: '<', validIriSuffix: false },
  { payload: '\n', validIriSuffix: false },
  { payload: '#', validIriSuffix: true },
  { payload: '#>', validIriSuffix: false },
  { payload: 'UNION', validIriSuffix: true },
  { payload: ' UNION { ?s ?p ?o }', validIriSuffix: false },
  { payload: '} ; DROP ALL', validIriSuffix: false },
  { payload: '> } ; DROP ALL #', validIriSuffix: false },
  { payload: '" } ; DROP ALL #', validIriSuffix: false },
  { payload: 'SELECT * WHERE {?s ?p ?o}', validIriSuffix: false },
  { payload: '"} } SELECT * WHERE {?s ?p ?o} #', validIriSuffix: false },
  { payload: '"@en } UNION { ?s ?p ?o } #', validIriSuffix: false },
  { payload: '"^^<http://www.w3.org/2001/XMLSchema#integer> }\nSELECT * WHERE {?s ?p ?o}', validIriSuffix: false },
  { payload: ')) } } UNION { ?s ?p ?o FILTER(true', validIriSuffix: false },
];

let server: TestServer;
beforeAll(async () => {
  server = sharedServer('fixtures');
}, 30_000);
afterAll(async () => {
  await server?.close();
});

/** How a refused value is quoted back: JSON-escaped, and cut after 80 characters. */
const shown = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

async function echo(params: Record<string, string>) {
  const response = await server.get(`/api/queries/echo?${new URLSearchParams(params)}`);
  return { status: response.status, body: await response.text() };
}

async function tripleCount(): Promise<string> {
  return jsonRows(
    await (await server.get(sparqlGet('SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }'))).text(),
  )[0].n;
}

describe.each(ATTEMPTS)('the injection attempt $payload', ({ payload, validIriSuffix }) => {
  it('should be bound verbatim as one plain literal', async () => {
    const { status, body } = await echo({ text: payload });
    expect(status).toBe(200);
    expect(JSON.parse(body).results.bindings).toEqual([{ __text: { type: 'literal', value: payload } }]);
  });

  it('should be bound verbatim as one literal in English', async () => {
    const { status, body } = await echo({ label: `Kenya${payload}` });
    expect(status).toBe(200);
    expect(JSON.parse(body).results.bindings).toEqual([
      { __label_en: { type: 'literal', value: `Kenya${payload}`, 'xml:lang': 'en' } },
    ]);
  });

  it('should match nothing as a language-tagged literal in a real query', async () => {
    const response = await server.get(`/api/queries/countries?${new URLSearchParams({ name: `Kenya${payload}` })}`);
    expect(response.status).toBe(200);
    expect(jsonRows(await response.text())).toEqual([]);
  });

  it(validIriSuffix ? 'should be bound as one IRI, which names nothing' : 'should be refused as an IRI', async () => {
    const iri = `${EX}kenya${payload}`;
    const { status, body } = await echo({ thing: iri });
    if (validIriSuffix) {
      expect(status).toBe(200);
      expect(JSON.parse(body).results.bindings).toEqual([{ __thing_iri: { type: 'uri', value: iri } }]);
      const labels = await server.get(`/api/queries/labels?${new URLSearchParams({ entity: iri })}`);
      expect(jsonRows(await labels.text())).toEqual([]);
    } else {
      expect(status).toBe(400);
      expect(body).toBe(
        `Parameter 'thing' must be an absolute IRI (scheme:…, with no spaces nor any of <>"{}|^\`\\); got ${shown(iri)}.\n`,
      );
    }
  });

  it('should be refused as an integer, a decimal, a date and an allowed value', async () => {
    for (const [name, value, accepts] of [
      ['count', `5${payload}`, 'an integer (digits, optionally signed)'],
      ['amount', `5.5${payload}`, 'a decimal number (digits with an optional fraction, such as 12.5)'],
      ['day', `2025-02-10${payload}`, 'a date as YYYY-MM-DD (xsd:date, optionally with a timezone)'],
      ['colour', `red${payload}`, 'one of: red, green, blue'],
    ]) {
      const { status, body } = await echo({ [name]: value });
      expect(status, name).toBe(400);
      expect(body).toBe(`Parameter '${name}' must be ${accepts}; got ${shown(value)}.\n`);
    }
  });
});

describe('injection through names and forms', () => {
  it('should refuse an unknown parameter name, whatever it holds', async () => {
    const response = await server.get(`/api/queries/echo?${new URLSearchParams({ '} ; DROP ALL #': 'x' })}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Unknown parameter '} ; DROP ALL #'");
  });

  it('should bind a POSTed form value as a literal too', async () => {
    const response = await server.get('/api/queries/figures', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ min: '0 } UNION { ?event ?property ?value }' }),
    });
    expect(response.status).toBe(400);
  });

  it('should leave the data as it was after every attempt', async () => {
    const before = await tripleCount();
    expect(before).toBe('14');
    const bound = await echo({ text: '"} ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> <urn:c> } #', count: '1' });
    expect(JSON.parse(bound.body).results.bindings).toEqual([
      {
        __text: { type: 'literal', value: '"} ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> <urn:c> } #' },
        __count_integer: { type: 'literal', value: '1', datatype: `${XSD}integer` },
      },
    ]);
    expect(await tripleCount()).toBe(before);
  });
});
