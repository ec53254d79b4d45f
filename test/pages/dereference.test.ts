// Linked-data dereferencing on the real graph: every IRI under the base answers at its path, in
// HTML for people and in five RDF syntaxes for programs, by content negotiation or suffix.
import { describe, expect, it } from 'vitest';
import { sharedServer } from '../helpers/server.ts';
import { ask, BASE, page, parseRdf, RDF_TYPES, type RdfFormat, triples } from './helpers.ts';

const server = sharedServer('real');
const FRANCE = `${BASE}id/country/FR`;
const FORMATS = Object.keys(RDF_TYPES) as RdfFormat[];
const SUFFIX: Record<RdfFormat, string> = {
  turtle: 'ttl',
  trig: 'trig',
  jsonld: 'jsonld',
  ntriples: 'nt',
  rdfxml: 'rdf',
};

describe('dereferencing an IRI', () => {
  it('should answer a browser with the HTML page, and vary on Accept and Accept-Language', async () => {
    const { response, html } = await page(server, '/id/country/FR', {
      Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // Compressible pages also vary on Accept-Encoding (a cache must not serve gzip to a client that did not ask).
    expect(response.headers.get('vary')).toBe('Accept, Accept-Language, Accept-Encoding');
    expect(html).toMatch(/<h1>France<\/h1>/);
  });

  it('should answer a client that accepts anything with HTML', async () => {
    const response = await server.get('/id/country/FR', { headers: { Accept: '*/*' } });
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it.each(FORMATS)('should negotiate %s, and name where that representation lives', async (format) => {
    const response = await server.get('/id/country/FR', { headers: { Accept: RDF_TYPES[format] } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(`${RDF_TYPES[format]}; charset=utf-8`);
    expect(response.headers.get('content-location')).toBe(`/id/country/FR.${SUFFIX[format]}`);
    expect(response.headers.get('link')).toContain(
      `</id/country/FR.${SUFFIX[format]}>; rel="alternate"; type="${RDF_TYPES[format]}"`,
    );
  });

  it.each(FORMATS)('should serve %s by its suffix', async (format) => {
    const response = await server.get(`/id/country/FR.${SUFFIX[format]}`, { headers: { Accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(`${RDF_TYPES[format]}; charset=utf-8`);
  });

  it('should serve the page by the .html suffix', async () => {
    const { response, html } = await page(server, '/id/country/FR.html', { Accept: 'text/turtle' });
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain('<h1>France</h1>');
  });

  it('should give the same graph in every syntax, as independent parsers read them', async () => {
    const graphs = await Promise.all(
      FORMATS.map(async (format) => {
        const text = await (await server.get(`/id/country/FR.${SUFFIX[format]}`)).text();
        return [format, triples(await parseRdf(text, format))] as const;
      }),
    );
    const [, reference] = graphs[0] ?? ['turtle', new Set<string>()];
    expect(reference.size).toBeGreaterThan(20);
    for (const [format, graph] of graphs) expect([...graph].sort(), format).toEqual([...reference].sort());
  });

  it('should hold the statements about the entity, those pointing at it, and the names of what it names', async () => {
    const quads = await parseRdf(await (await server.get('/id/country/FR.ttl')).text(), 'turtle');
    const about = await ask(server, `SELECT DISTINCT ?p ?o WHERE { <${FRANCE}> ?p ?o }`);
    const pointing = await ask(server, `SELECT DISTINCT ?s ?p WHERE { ?s ?p <${FRANCE}> }`);
    const named = await ask(
      server,
      `SELECT DISTINCT ?x ?label WHERE { { <${FRANCE}> ?p ?x } UNION { ?x ?p <${FRANCE}> } FILTER(isIRI(?x)) ?x rdfs:label ?label }`,
    );
    const has = (s: string, p: string | undefined, o: string) =>
      quads.some((q) => q.subject.value === s && (p === undefined || q.predicate.value === p) && q.object.value === o);
    for (const { p, o } of about) expect(has(FRANCE, p, o ?? ''), `${p} ${o}`).toBe(true);
    for (const { s, p } of pointing) expect(has(s ?? '', p, FRANCE), `${s} ${p}`).toBe(true);
    for (const { x, label } of named) expect(has(x ?? '', undefined, label ?? ''), `${x} ${label}`).toBe(true);
    // Armenia's description says it is signatory no. 1: the signature points at it.
    const armenia = await parseRdf(await (await server.get('/id/country/AM.nt')).text(), 'ntriples');
    expect(
      armenia.some((q) => q.predicate.value === `${BASE}ontology#signatory` && q.subject.value.endsWith('-01')),
    ).toBe(true);
  });

  it('should keep in TriG the source graph of each statement', async () => {
    const quads = await parseRdf(await (await server.get('/id/country/FR.trig')).text(), 'trig');
    const stated = await ask(server, `SELECT ?g ?p ?o WHERE { GRAPH ?g { <${FRANCE}> ?p ?o } }`);
    for (const { g, p, o } of stated) {
      expect(
        quads.some(
          (q) => q.graph.value === g && q.subject.value === FRANCE && q.predicate.value === p && q.object.value === o,
        ),
        `${g} ${p} ${o}`,
      ).toBe(true);
    }
  });

  it('should write JSON-LD with a context of prefixes', async () => {
    const json = JSON.parse(await (await server.get('/id/country/FR.jsonld')).text()) as {
      '@context': Record<string, string>;
      '@graph': { '@id': string }[];
    };
    expect(json['@context'].country).toBe(`${BASE}id/country/`);
    expect(json['@graph'].map((node) => node['@id'])).toContain('country:FR');
  });

  it('should answer 406 when no offered format is acceptable', async () => {
    const response = await server.get('/id/country/FR', { headers: { Accept: 'image/png' } });
    expect(response.status).toBe(406);
  });

  it('should revalidate with the ETag: 304 without a body, and answer repeats from the cache', async () => {
    const first = await server.get('/id/country/DE', { headers: { Accept: 'text/turtle' } });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await server.get('/id/country/DE', { headers: { Accept: 'text/turtle' } });
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(await again.text()).toBe(await first.text());
    const revalidated = await server.get('/id/country/DE', {
      headers: { Accept: 'text/turtle', 'If-None-Match': etag },
    });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    const html = await server.get('/id/country/DE', { headers: { Accept: 'text/html', 'If-None-Match': etag } });
    expect(html.status).toBe(200);
  });

  it('should answer an unknown IRI with a 404 page that suggests what exists', async () => {
    const { response, html, text } = await page(server, '/id/country/FRA');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(text).toContain(`${BASE}id/country/FRA`);
    expect(html).toContain('href="/id/country/FR"');
    const rdf = await server.get('/id/country/FRA', { headers: { Accept: 'text/turtle' } });
    expect(rdf.status).toBe(404);
    expect(rdf.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('should answer 200 for the page of every IRI of the graph: entities, graphs and ontology terms', async () => {
    const rows = await ask(
      server,
      `SELECT DISTINCT ?iri WHERE {
         { ?iri ?p ?o } UNION { ?s ?p ?iri } UNION { GRAPH ?iri { ?s ?p ?o } }
         FILTER(isIRI(?iri) && STRSTARTS(STR(?iri), "${BASE}"))
       }`,
    );
    // Hash IRIs (ontology terms) are served by their document, at their anchor.
    const paths = [...new Set(rows.map((r) => (r.iri ?? '').slice(BASE.length - 1).replace(/#.*$/, '')))];
    expect(paths.length).toBeGreaterThan(300);
    const failed: string[] = [];
    for (let i = 0; i < paths.length; i += 8) {
      const batch = paths.slice(i, i + 8);
      const statuses = await Promise.all(batch.map(async (path) => (await server.get(encodeURI(path))).status));
      batch.forEach((path, j) => {
        if (statuses[j] !== 200) failed.push(`${path} ${statuses[j]}`);
      });
    }
    expect(failed).toEqual([]);
  });
});

describe('the ontology and the named graphs', () => {
  it('should land every hash IRI of the ontology on its anchor of the ontology page', async () => {
    const terms = await ask(
      server,
      `SELECT DISTINCT ?term WHERE { ?term ?p ?o FILTER(STRSTARTS(STR(?term), "${BASE}ontology#")) }`,
    );
    const { html } = await page(server, '/ontology');
    for (const { term } of terms) expect(html, term).toContain(`id="${(term ?? '').slice(`${BASE}ontology#`.length)}"`);
  });

  it('should describe every term of the ontology at the ontology document, in RDF', async () => {
    const quads = await parseRdf(
      await (await server.get('/ontology', { headers: { Accept: 'text/turtle' } })).text(),
      'turtle',
    );
    const defined = await ask(server, `SELECT ?term ?label WHERE { ?term a owl:Class ; rdfs:label ?label }`);
    for (const { term, label } of defined) {
      expect(
        quads.some((q) => q.subject.value === term && q.object.value === label),
        term,
      ).toBe(true);
    }
  });

  it('should describe a named graph with its metadata from graph:sources and a link to its dump', async () => {
    const graph = `${BASE}graph/declaration`;
    const quads = await parseRdf(await (await server.get('/graph/declaration.ttl')).text(), 'turtle');
    const metadata = await ask(server, `SELECT ?p ?o WHERE { GRAPH <${BASE}graph/sources> { <${graph}> ?p ?o } }`);
    for (const { p, o } of metadata) {
      expect(quads.some((q) => q.subject.value === graph && q.predicate.value === p && q.object.value === o)).toBe(
        true,
      );
    }
    const dump = quads.find(
      (q) => q.subject.value === graph && q.predicate.value === 'http://rdfs.org/ns/void#dataDump',
    );
    expect(dump?.object.value).toBe(`${server.url}/downloads/graph/declaration.ttl`);
    expect((await server.get(new URL(dump?.object.value ?? '').pathname)).status).toBe(200);
  });
});
