// The ways in for people on the real graph: the home page, the index pages per kind, search (HTML
// and JSON), the named graphs' and the ontology's pages.
import { describe, expect, it } from 'vitest';
import { sharedServer } from '../helpers/server.ts';
import { ask, BASE, page } from './helpers.ts';

const server = sharedServer('real');

describe('the home page', () => {
  it('should explain the data, offer a search box, and list each kind with its count', async () => {
    const { response, html, text } = await page(server, '/');
    expect(response.status).toBe(200);
    expect(html).toContain('<input id="home-search" name="q" type="search"');
    const counts = await ask(server, 'SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c');
    const count = (iri: string) => counts.find((c) => c.c === iri)?.n;
    expect(html).toMatch(
      new RegExp(
        `<a href="/browse/schema:Country">Countries</a> <span class="count">${count('https://schema.org/Country')}</span>`,
      ),
    );
    expect(html).toMatch(
      new RegExp(
        `<a href="/browse/aas:Initiative">Initiatives</a> <span class="count">${count(`${BASE}ontology#Initiative`)}</span>`,
      ),
    );
    expect(text).toContain('Every statement is kept with the source document that states it');
  });

  it('should list the saved queries as questions opening in the workbench', async () => {
    const catalogue = (await (await server.get('/api/queries')).json()) as { queries: { name: string }[] };
    expect(catalogue.queries.length).toBeGreaterThan(0);
    const { html } = await page(server, '/');
    for (const query of catalogue.queries) expect(html).toContain(`<a href="/sparql?example=${query.name}"`);
  });

  it('should link the endpoint, the saved queries, the downloads and the dataset description', async () => {
    const { html } = await page(server, '/');
    for (const href of ['/sparql', '/api/', '/downloads/', '/.well-known/void', '/ontology'])
      expect(html).toContain(`href="${href}"`);
  });
});

describe('the index pages', () => {
  it('should list every instance of a kind, by name', async () => {
    const countries = await ask(
      server,
      'SELECT ?c ?name WHERE { ?c a schema:Country ; rdfs:label ?name FILTER(LANG(?name) = "en") } ORDER BY ?name',
    );
    const { html } = await page(server, '/browse/schema:Country');
    const listed = [...html.matchAll(/<tr><td><a href="\/id\/country\/(\w+)">/g)].map((m) => m[1]);
    expect(listed).toHaveLength(countries.length);
    expect(new Set(listed)).toEqual(new Set(countries.map((c) => (c.c ?? '').split('/').pop())));
  });

  it('should sort by the number of statements, descending, and mark the sorted column', async () => {
    const counts = await ask(server, 'SELECT ?c (COUNT(*) AS ?n) WHERE { ?c a schema:Country ; ?p ?o } GROUP BY ?c');
    const { html } = await page(server, '/browse/schema:Country?sort=statements&order=desc');
    const listed = [...html.matchAll(/<tr><td><a href="([^"]+)">/g)].map((m) => `${BASE.slice(0, -1)}${m[1]}`);
    const countOf = (iri: string) => Number(counts.find((c) => c.c === iri)?.n);
    const shown = listed.map(countOf);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    expect(html).toContain('aria-sort="descending"');
  });

  it('should list every kind on /browse/, and answer 404 for a kind that does not exist', async () => {
    const { html } = await page(server, '/browse/');
    expect(html).toContain('href="/browse/aas:SourceGraph"');
    expect((await server.get('/browse/schema:Unicorn')).status).toBe(404);
  });
});

describe('search', () => {
  it('should find Bletchley Park by the declaration’s misspelling, and say how it matched', async () => {
    const { html, text } = await page(server, '/search?q=Bletchey');
    const first = /<ol class="results"><li><a href="([^"]+)">([^<]+)</.exec(html);
    expect(first?.[1]).toBe('/id/place/bletchley-park');
    expect(first?.[2]).toBe('Bletchley Park');
    expect(text).toContain('matched a source’s spelling Bletchey Park');
  });

  it('should answer JSON for the search box’s suggestions', async () => {
    const response = await server.get('/search?q=armeni', { headers: { Accept: 'application/json' } });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await response.json()) as { results: { iri: string; href: string; label: string }[] };
    expect(body.results[0]).toMatchObject({ iri: `${BASE}id/country/AM`, href: '/id/country/AM', label: 'Armenia' });
    const french = (await (await server.get('/search?q=armenie&format=json&lang=fr')).json()) as typeof body;
    expect(french.results[0]?.label).toBe('Arménie');
  });

  it('should escape the query it shows back', async () => {
    const { html } = await page(server, `/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('a named graph’s page', () => {
  it('should describe the source document and count its statements', async () => {
    const [meta] = await ask(
      server,
      `SELECT ?title ?date WHERE { GRAPH <${BASE}graph/sources> { <${BASE}graph/declaration> <http://purl.org/dc/terms/title> ?title ; <http://purl.org/dc/terms/date> ?date } }`,
    );
    const [size] = await ask(server, `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${BASE}graph/declaration> { ?s ?p ?o } }`);
    const { text } = await page(server, '/graph/declaration');
    expect(text).toContain(meta?.title);
    expect(text).toContain('11 February 2025');
    expect(text).toContain(`This source makes ${Number(size?.n).toLocaleString('en-GB')} statements.`);
    expect(text).toContain('primary official source');
  });

  it('should show what it says by subject, and where it disagrees with other sources', async () => {
    const { html, text } = await page(server, '/graph/report-en');
    expect(html).toContain(
      '<section class="subject"><h3><a href="/id/event/ai-action-summit">AI Action Summit</a></h3>',
    );
    expect(text).toContain('Where it disagrees with other sources');
    expect(text).toMatch(/exactly 64 signatories report-en .*exactly 60 signatories declaration/);
  });
});

describe('the ontology’s page', () => {
  it('should document every class and property with its labels, domain, range and use', async () => {
    const [hasSignatory] = await ask(server, 'SELECT (COUNT(*) AS ?n) WHERE { ?s aas:hasSignatory ?o }');
    const { html } = await page(server, '/ontology');
    const section = html.slice(
      html.indexOf('id="hasSignatory"'),
      html.indexOf('</section>', html.indexOf('id="hasSignatory"')),
    );
    expect(section).toContain('<span lang="fr">a pour signataire</span>');
    expect(section).toContain(`<dt>Statements using it</dt><dd>${hasSignatory?.n}</dd>`);
    const figure = html.slice(
      html.indexOf('id="percentageOf"'),
      html.indexOf('</section>', html.indexOf('id="percentageOf"')),
    );
    expect(figure).toMatch(/<dt>Domain<\/dt><dd><a href="\/ontology#Figure">figure<\/a><\/dd>/);
  });

  it('should document the reused vocabularies’ terms the data uses', async () => {
    const used = await ask(
      server,
      'SELECT DISTINCT ?p WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?p), "https://schema.org/")) }',
    );
    const { html } = await page(server, '/ontology');
    for (const { p } of used) expect(html, p).toContain(`id="schema:${(p ?? '').slice('https://schema.org/'.length)}"`);
  });
});
