// Entity pages on the real graph: names in both languages, statements with their sources, what
// points at the entity in words, figures as sentences with disagreements marked, formatted amounts
// and dates, the Wikidata link, the SHACL status. Expected facts are asked of the endpoint.
import { describe, expect, it } from 'vitest';
import { turtleQuads } from '../helpers/parse.ts';
import { sharedServer } from '../helpers/server.ts';
import { ask, BASE, page } from './helpers.ts';

const server = sharedServer('real');

describe('an entity page', () => {
  it('should show every statement about the entity with a badge for each source, linking to its page', async () => {
    const { html } = await page(server, '/id/country/FR');
    const graphs = await ask(server, `SELECT DISTINCT ?g WHERE { GRAPH ?g { <${BASE}id/country/FR> ?p ?o } }`);
    for (const { g } of graphs) {
      const slug = (g ?? '').split('/').pop();
      expect(html).toMatch(new RegExp(`<a class="badge [\\w-]+" href="/graph/${slug}">${slug}<`));
    }
  });

  it('should link each value to its own page, by its name', async () => {
    const { html } = await page(server, '/id/initiative/current-ai');
    const [row] = await ask(
      server,
      `SELECT ?who ?name WHERE { <${BASE}id/initiative/current-ai> aas:supportedBy ?who . ?who rdfs:label ?name FILTER(LANG(?name) = "en") } ORDER BY ?who LIMIT 1`,
    );
    expect(html).toContain(`<a href="${(row?.who ?? '').slice(BASE.length - 1)}">${row?.name}</a>`);
  });

  it('should say in words that Armenia is no. 1 in the list of signatories of the declaration', async () => {
    const { text } = await page(server, '/id/country/AM');
    const [declaration] = await ask(
      server,
      `SELECT ?name WHERE { ?d aas:signature ?s . ?s aas:signatory <${BASE}id/country/AM> ; aas:listPosition 1 . ?d rdfs:label ?name FILTER(LANG(?name) = "en") }`,
    );
    expect(text).toContain(`No. 1 in the list of signatories of ${declaration?.name}`);
  });

  it('should say what points at France in words: what it launched, what it is a founding member of', async () => {
    const { text } = await page(server, '/id/country/FR');
    const launched = await ask(
      server,
      `SELECT ?name WHERE { ?i aas:launchedBy <${BASE}id/country/FR> ; rdfs:label ?name FILTER(LANG(?name) = "en") }`,
    );
    expect(launched.length).toBeGreaterThan(0);
    expect(text).toContain('France launched');
    for (const { name } of launched) expect(text).toContain(name);
    expect(text).toContain('France is a founding member of');
  });

  it('should show curated statements with the curators’ note', async () => {
    const [note] = await ask(
      server,
      `SELECT ?note WHERE { GRAPH <${BASE}graph/curated> { <${BASE}id/country/AM> aas:curationNote ?note } }`,
    );
    const { text } = await page(server, '/id/country/AM');
    expect(text).toContain(`Curators’ note: ${note?.note}`);
  });

  it('should be in French with ?lang=fr or Accept-Language, with a visible switch', async () => {
    const chosen = await page(server, '/id/country/AM?lang=fr');
    expect(chosen.html).toContain('<html lang="fr">');
    expect(chosen.html).toContain('<h1>Arménie</h1>');
    expect(chosen.text).toContain('N° 1 de la liste des signataires de');
    expect(chosen.html).toContain('href="/id/country/AM?lang=en" hreflang="en" lang="en">English</a>');
    const negotiated = await page(server, '/id/country/AM', { 'Accept-Language': 'fr-FR,fr;q=0.9,en;q=0.5' });
    expect(negotiated.html).toContain('<h1>Arménie</h1>');
    const english = await page(server, '/id/country/AM', { 'Accept-Language': 'en-GB' });
    expect(english.html).toContain('<h1>Armenia</h1>');
  });

  it('should keep the chosen language in its links', async () => {
    const { html } = await page(server, '/id/country/AM?lang=fr', { 'Accept-Language': 'en' });
    expect(html).toContain('href="/graph/declaration?lang=fr"');
  });

  it('should state figures as sentences with their qualifier and the source’s own words', async () => {
    const [figure] = await ask(
      server,
      `SELECT ?about ?value ?words WHERE { GRAPH <${BASE}graph/report-en> { ?f aas:about ?about ; aas:measure <${BASE}id/measure/journalists> ; aas:qualifier aas:MoreThan ; schema:value ?value ; aas:statedAs ?words } }`,
    );
    const { html, text } = await page(server, (figure?.about ?? '').slice(BASE.length - 1));
    expect(text).toContain(`more than ${Number(figure?.value).toLocaleString('en-GB')} journalists`);
    expect(html).toContain(`<q>${figure?.words}</q>`);
    expect(text).toContain(`${figure?.words} report-en`);
  });

  it('should mark where sources disagree, each claim with its source', async () => {
    const claims = await ask(
      server,
      `SELECT DISTINCT ?value ?g WHERE { GRAPH ?g { ?f aas:about <${BASE}id/document/paris-declaration> ; aas:measure <${BASE}id/measure/signatories> ; schema:value ?value } }`,
    );
    expect(new Set(claims.map((c) => c.value)).size).toBeGreaterThan(1);
    const { html, text } = await page(server, '/id/document/paris-declaration');
    expect(html).toContain('<li class="disagree">');
    expect(text).toContain('Sources disagree — signatories');
    for (const { value } of claims)
      expect(text).toMatch(new RegExp(`(exactly|more than|approximately|at least) ${value} signatories`));
  });

  it('should write amounts and dates for the page’s language', async () => {
    const [investment] = await ask(
      server,
      `SELECT ?i WHERE { ?i schema:amount ?a . ?a schema:value 109000000000.0 ; schema:currency "EUR" } LIMIT 1`,
    );
    const path = (investment?.i ?? '').slice(BASE.length - 1);
    expect((await page(server, `${path}?lang=en`)).text).toContain('€109 billion');
    expect((await page(server, `${path}?lang=fr`)).text).toContain('109 milliards d’euros');
    const summit = await page(server, '/id/event/2025-02-10-summit?lang=en');
    expect(summit.html).toContain('<time datetime="2025-02-10">10 February 2025</time>');
    expect((await page(server, '/id/event/2025-02-10-summit?lang=fr')).html).toContain('10 février 2025');
  });

  it('should link the Wikidata item with its QID', async () => {
    const [link] = await ask(server, `SELECT ?item WHERE { <${BASE}id/country/FR> owl:sameAs ?item }`);
    const qid = (link?.item ?? '').split('/').pop();
    const { html } = await page(server, '/id/country/FR');
    expect(html).toContain(`<a href="${link?.item}" rel="external">${qid}</a>`);
  });

  it('should link the same description in RDF, and a query that describes it', async () => {
    const { html } = await page(server, '/id/country/FR');
    expect(html).toContain('<a href="/id/country/FR.ttl">Turtle</a>');
    expect(html).toContain('<a href="/id/country/FR.jsonld">JSON-LD</a>');
    expect(html).toContain(`href="/sparql?query=${encodeURIComponent(`DESCRIBE <${BASE}id/country/FR>`)}"`);
  });

  it('should show its SHACL status: the results that concern it, or that it conforms', async () => {
    const report = await server.get('/validate', {
      method: 'POST',
      headers: { 'Content-Type': 'text/turtle' },
      body: '',
    });
    expect(report.status).toBe(200);
    const quads = turtleQuads(await report.text());
    const focus = quads
      .filter((q) => q.predicate.value === 'http://www.w3.org/ns/shacl#focusNode' && q.object.value.startsWith(BASE))
      .map((q) => q.object.value);
    for (const iri of new Set(focus)) {
      const { html } = await page(server, iri.slice(BASE.length - 1));
      expect(html, iri).toMatch(/<ul class="issues"><li class="(warning|violation)">/);
    }
    const clean = await ask(server, `SELECT ?c WHERE { ?c a schema:Country } ORDER BY ?c`);
    const conforming = clean.map((c) => c.c ?? '').find((iri) => !focus.includes(iri)) ?? '';
    expect((await page(server, conforming.slice(BASE.length - 1))).html).toContain('<p class="conforms">');
  });

  it('should escape what the data says: no markup from a literal reaches the page', async () => {
    const { html } = await page(server, '/id/document/paris-declaration');
    expect(html).not.toMatch(/<script(?! src="\/assets\/search\.js")/);
    expect(html).toContain('l&#39;IA');
  });
});
