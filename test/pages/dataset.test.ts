// Downloads and the dataset's description on the real graph: every dump VoID names resolves and
// parses to the full quad count; sizes and SHA-256 on the downloads page are the files'.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { csvRows } from '../helpers/parse.ts';
import { sharedServer } from '../helpers/server.ts';
import { ask, BASE, page, parseRdf } from './helpers.ts';

const server = sharedServer('real');
const VOID = 'http://rdfs.org/ns/void#';
const DCAT = 'http://www.w3.org/ns/dcat#';

async function voidQuads() {
  const response = await server.get('/.well-known/void', { headers: { Accept: 'text/turtle' } });
  expect(response.status).toBe(200);
  return parseRdf(await response.text(), 'turtle');
}

async function quadCount(): Promise<number> {
  const [row] = await ask(server, 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }');
  return Number(row?.n);
}

describe('the VoID description', () => {
  it('should give the size of the dataset, its endpoint and example resources', async () => {
    const quads = await voidQuads();
    const dataset = `${BASE}dataset`;
    const value = (p: string) =>
      quads.filter((q) => q.subject.value === dataset && q.predicate.value === `${VOID}${p}`);
    const [triples] = await ask(server, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
    expect(value('triples')[0]?.object.value).toBe(triples?.n);
    expect(value('sparqlEndpoint')[0]?.object.value).toBe(`${server.url}/sparql`);
    expect(value('uriSpace')[0]?.object.value).toBe(BASE);
    expect(value('exampleResource').length).toBeGreaterThan(0);
    for (const example of value('exampleResource')) {
      expect((await server.get(example.object.value.slice(BASE.length - 1))).status).toBe(200);
    }
  });

  it('should partition the dataset by class and by property, with counts', async () => {
    const quads = await voidQuads();
    const partition = (kind: 'class' | 'property', iri: string) => {
      const node = quads.find((q) => q.predicate.value === `${VOID}${kind}` && q.object.value === iri)?.subject;
      const count = kind === 'class' ? 'entities' : 'triples';
      return quads.find((q) => node !== undefined && q.subject.equals(node) && q.predicate.value === `${VOID}${count}`)
        ?.object.value;
    };
    const [countries] = await ask(server, 'SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a schema:Country }');
    const [labels] = await ask(server, 'SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?o }');
    expect(partition('class', 'https://schema.org/Country')).toBe(countries?.n);
    expect(partition('property', 'http://www.w3.org/2000/01/rdf-schema#label')).toBe(labels?.n);
  });

  it('should describe the linkset to Wikidata', async () => {
    const quads = await voidQuads();
    const linkset = quads.find((q) => q.object.value === `${VOID}Linkset`)?.subject;
    const [links] = await ask(server, 'SELECT (COUNT(*) AS ?n) WHERE { ?s owl:sameAs ?o }');
    const of = (p: string) =>
      quads.find((q) => linkset !== undefined && q.subject.equals(linkset) && q.predicate.value === `${VOID}${p}`)
        ?.object.value;
    expect(of('linkPredicate')).toBe('http://www.w3.org/2002/07/owl#sameAs');
    expect(of('triples')).toBe(links?.n);
  });

  it('should name dumps that resolve and parse to the full quad count', async () => {
    const quads = await voidQuads();
    const dumps = quads.filter((q) => q.subject.value === `${BASE}dataset` && q.predicate.value === `${VOID}dataDump`);
    const formats: Record<string, 'trig' | 'nquads' | 'jsonld'> = { trig: 'trig', nq: 'nquads', jsonld: 'jsonld' };
    expect(dumps.map((d) => d.object.value.split('.').pop()).sort()).toEqual(['jsonld', 'nq', 'trig']);
    const total = await quadCount();
    for (const dump of dumps) {
      const response = await server.get(new URL(dump.object.value).pathname);
      expect(response.status).toBe(200);
      const extension = dump.object.value.split('.').pop() ?? '';
      const parsed = await parseRdf(await response.text(), formats[extension] ?? 'trig');
      expect(parsed, dump.object.value).toHaveLength(total);
      expect(parsed.every((q) => q.graph.termType === 'NamedNode')).toBe(true);
    }
  });

  it('should describe each named graph with its size and a Turtle dump that holds it', async () => {
    const quads = await voidQuads();
    const graphs = await ask(server, 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g');
    for (const { g, n } of graphs) {
      const size = quads.find((q) => q.subject.value === g && q.predicate.value === `${VOID}triples`)?.object.value;
      expect(size, g).toBe(n);
      const dump =
        quads.find((q) => q.subject.value === g && q.predicate.value === `${VOID}dataDump`)?.object.value ?? '';
      const text = await (await server.get(new URL(dump).pathname)).text();
      expect(await parseRdf(text, 'turtle'), g).toHaveLength(Number(n));
    }
  });

  it('should list each file as a DCAT distribution with its size and checksum', async () => {
    const quads = await voidQuads();
    const files = quads.filter((q) => q.predicate.value === `${DCAT}downloadURL`).map((q) => q.object.value);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const bytes = Buffer.from(await (await server.get(new URL(file).pathname)).arrayBuffer());
      const size = quads.find((q) => q.subject.value === file && q.predicate.value === `${DCAT}byteSize`)?.object.value;
      expect(Number(size), file).toBe(bytes.length);
      const sha = quads.find(
        (q) =>
          q.predicate.value === 'http://spdx.org/rdf/terms#checksumValue' &&
          quads.some((c) => c.subject.value === file && c.object.equals(q.subject)),
      );
      expect(sha?.object.value, file).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('should be served in JSON-LD too, and at /dataset', async () => {
    const response = await server.get('/dataset', { headers: { Accept: 'application/ld+json' } });
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const quads = await parseRdf(await response.text(), 'jsonld');
    expect(quads.some((q) => q.object.value === `${VOID}Dataset`)).toBe(true);
  });
});

describe('the downloads page', () => {
  it('should list every file with its size and SHA-256', async () => {
    const { html } = await page(server, '/downloads/');
    const rows = [
      ...html.matchAll(/<a href="(\/downloads\/[^"]+)" type="[^"]+">[^<]+<\/a>.*?<code class="hash">(\w+)<\/code>/g),
    ];
    expect(rows.length).toBeGreaterThan(3);
    for (const [, path, sha] of rows) {
      const bytes = Buffer.from(await (await server.get(path ?? '')).arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex'), path).toBe(sha);
    }
  });

  it('should offer the signatory list as CSV, in the order of the list', async () => {
    const rows = csvRows(await (await server.get('/downloads/signatories.csv')).text());
    const [entries] = await ask(server, 'SELECT (COUNT(*) AS ?n) WHERE { ?d aas:signature ?s }');
    expect(rows).toHaveLength(Number(entries?.n));
    expect(rows[0]).toMatchObject({
      position: '1',
      signatory: `${BASE}id/country/AM`,
      name_en: 'Armenia',
      name_fr: 'Arménie',
    });
  });

  it('should answer 404 for a file it does not have, and 304 to a revalidation', async () => {
    expect((await server.get('/downloads/nothing.ttl')).status).toBe(404);
    const first = await server.get('/downloads/summit.nq');
    const again = await server.get('/downloads/summit.nq', {
      headers: { 'If-None-Match': first.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });
});
