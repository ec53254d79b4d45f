// A saved query's results as a page (GET /api/queries/{name} from a browser): the form with the
// values given, the results as a table whose IRIs show their names and link to their pages, paging,
// downloads, the link to the workbench, and the problem with a refused value shown in words (400).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Results, readSavedQuery, readStatements, resultsPage } from '../../src/catalog/index.ts';
import { jsonRows } from '../helpers/parse.ts';
import { sharedServer, type TestServer } from '../helpers/server.ts';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const W3ID = 'https://w3id.org/aiactionsummit/id/';

let real: TestServer;
let fixtures: TestServer;
beforeAll(() => {
  real = sharedServer('real');
  fixtures = sharedServer('fixtures');
});
afterAll(async () => {
  await Promise.all([real?.close(), fixtures?.close()]);
});

/** GETs a path as a browser would; expects `status` and an HTML page, and returns it. */
async function page(server: TestServer, path: string, status = 200, headers: Record<string, string> = {}) {
  const response = await server.get(path, { headers: { Accept: BROWSER, ...headers } });
  const body = await response.text();
  expect(response.status, body).toBe(status);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(response.headers.get('vary')).toMatch(/^Accept, Accept-Language\b/);
  return body;
}

/** The table's rows, each a list of its cells' markup. */
const rows = (html: string) =>
  [...(html.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '').matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<td>(.*?)<\/td>/g)].map((cell) => cell[1]),
  );

const link = (html: string, rel: string) => html.match(new RegExp(`<a href="([^"]*)" rel="${rel}">`))?.[1];

describe('the signatories as a page', () => {
  it('should list the 60 entries of the declaration, each signatory named and linked to its page', async () => {
    const html = await page(real, '/api/queries/signatories?lang=en');
    expect(html).toContain('<h1>Signatories of the Paris declaration, in the order of the published list</h1>');
    expect(html).toContain('<p class="count">60 rows</p>');
    const table = rows(html);
    expect(table).toHaveLength(60);
    expect(html).toContain(
      '<thead><tr><th scope="col">position</th><th scope="col">signatory</th><th scope="col">name</th><th scope="col">listedAs</th><th scope="col">kind</th></tr></thead>',
    );
    expect(table[0]).toEqual([
      '1',
      `<a href="/id/country/AM" title="${W3ID}country/AM">Armenia</a>`,
      'Armenia',
      '<span lang="fr">Arménie</span>',
      'state',
    ]);
    expect(table[59]).toEqual([
      '60',
      `<a href="/id/organization/african-union-commission" title="${W3ID}organization/african-union-commission">African Union Commission</a>`,
      'African Union Commission',
      '<span lang="fr">Commission de l&#39;Union africaine</span>',
      'supranational body',
    ]);
  });

  it('should speak the language the query is asked in', async () => {
    const html = await page(real, '/api/queries/signatories?lang=fr');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<p class="count">60 lignes</p>');
    expect(rows(html)[0]?.slice(0, 4)).toEqual([
      '1',
      `<a href="/id/country/AM" title="${W3ID}country/AM">Arménie</a>`,
      'Arménie',
      'Arménie',
    ]);
  });

  it('should take the interface’s language from Accept-Language when the query has no language of its own', async () => {
    const html = await page(real, '/api/queries/signatory-counts', 200, { 'Accept-Language': 'fr-FR,fr;q=0.9' });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Télécharger');
    const english = await page(real, '/api/queries/signatory-counts?lang=en', 200, { 'Accept-Language': 'fr' });
    expect(english).toContain('<html lang="en">');
    // The language chosen is kept by the form and the navigation, but not sent to the query, which has no lang parameter.
    expect(english).toContain('<input type="hidden" name="lang" value="en"><button type="submit">Run</button>');
    expect(english).toContain('<a href="/browse/?lang=en">Browse</a>');
    expect(english).toContain(`<a href="${real.url}/api/queries/signatory-counts.csv" type="text/csv">CSV</a>`);
    expect(english).toContain('<p class="count">3 rows</p>');
  });

  it('should show the enumerated languages as a select, the one asked for selected', async () => {
    const html = await page(real, '/api/queries/signatories?lang=en');
    expect(html).toContain(
      '<select name="lang"><option value="">(any)</option><option>fr</option><option selected>en</option></select>',
    );
  });

  it('should link to the workbench with the query as run, which gives the same rows', async () => {
    const html = await page(real, '/api/queries/signatories?lang=en');
    const href = html.match(/<a href="(\/sparql\?query=[^"]*)">Open in the query workbench<\/a>/)?.[1];
    expect(href).toBeDefined();
    const query = new URLSearchParams((href ?? '').split('?')[1]).get('query') ?? '';
    expect(query).toContain('VALUES ?_lang {\n    "en"\n  }');
    const response = await real.get(`/sparql?query=${encodeURIComponent(query)}`, {
      headers: { Accept: 'application/sparql-results+json' },
    });
    const answer = jsonRows(await response.text());
    expect(answer).toHaveLength(60);
    expect(answer[0]).toEqual({
      position: '1',
      signatory: `${W3ID}country/AM`,
      name: 'Armenia',
      listedAs: 'Arménie',
      kind: 'state',
    });
  });

  it('should link to the downloads with the same values', async () => {
    const html = await page(real, '/api/queries/signatories?lang=en');
    const downloads = [...html.matchAll(/<a href="([^"]*)" type="([^"]*)">(\w+)<\/a>/g)].map((m) => [m[3], m[1], m[2]]);
    expect(downloads).toEqual([
      ['JSON', `${real.url}/api/queries/signatories.json?lang=en`, 'application/sparql-results+json'],
      ['XML', `${real.url}/api/queries/signatories.xml?lang=en`, 'application/sparql-results+xml'],
      ['CSV', `${real.url}/api/queries/signatories.csv?lang=en`, 'text/csv'],
      ['TSV', `${real.url}/api/queries/signatories.tsv?lang=en`, 'text/tab-separated-values'],
    ]);
    const csv = await fetch(downloads[2]?.[1] ?? '');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });
});

describe('a refused value', () => {
  it('should be shown in words above the form, with status 400', async () => {
    const html = await page(real, '/api/queries/signatories?lang=de', 400);
    expect(html).toContain(
      '<div class="problem" role="alert"><h2>The query could not be run</h2><p>Parameter &#39;lang&#39; must be one of: fr, en; got &quot;de&quot;.</p></div>',
    );
    expect(html).toContain(`<form class="run" method="get" action="${real.url}/api/queries/signatories">`);
    expect(html).not.toContain('<table');
  });

  it('should name a missing required parameter and keep the other values in the form', async () => {
    const html = await page(fixtures, '/api/queries/labels?lang=fr', 400);
    expect(html).toContain(
      '<p>Missing required parameter &#39;entity&#39;: give an absolute IRI (scheme:…, with no spaces nor any of &lt;&gt;&quot;{}|^`\\), such as https://example.org/summit.</p>',
    );
    expect(html).toContain('<option selected>fr</option>');
  });

  it('should show a value of the wrong type back in its field', async () => {
    const html = await page(fixtures, '/api/queries/figures?min=many', 400);
    expect(html).toContain(
      '<p>Parameter &#39;min&#39; must be an integer (digits, optionally signed); got &quot;many&quot;.</p>',
    );
    expect(html).toContain('<input name="min" type="text" value="many" placeholder="200">');
  });
});

describe('other kinds of results', () => {
  it('should page through a paginated query with previous and next links', async () => {
    const first = await page(fixtures, '/api/queries/countries');
    expect(rows(first).map((r) => r[1])).toEqual(['France', 'India']);
    expect(link(first, 'prev')).toBeUndefined();
    expect(link(first, 'next')).toBe(`${fixtures.url}/api/queries/countries?page=2`);
    const second = await page(fixtures, '/api/queries/countries?page=2');
    expect(rows(second).map((r) => r[1])).toEqual(['Kenya']);
    expect(link(second, 'prev')).toBe(`${fixtures.url}/api/queries/countries?page=1`);
    expect(link(second, 'next')).toBeUndefined();
  });

  it('should show a graph as a table of statements', async () => {
    const html = await page(fixtures, '/api/queries/about?entity=https://example.org/kenya');
    expect(html).toContain('<p class="count">2 statements</p>');
    expect(rows(html).map((r) => r[2])).toEqual([
      '<a href="https://example.org/Country" title="https://example.org/Country">country</a>',
      'Kenya',
    ]);
    expect(html).toContain(
      `<a href="${fixtures.url}/api/queries/about.ttl?entity=https%3A%2F%2Fexample.org%2Fkenya" type="text/turtle">TURTLE</a>`,
    );
  });

  it('should say when there is nothing', async () => {
    const html = await page(fixtures, '/api/queries/countries?name=Atlantis');
    expect(html).toContain('<p>No results.</p>');
  });

  it('should be given for the .html suffix whatever Accept says', async () => {
    const response = await fixtures.get('/api/queries/countries.html', { headers: { Accept: '*/*' } });
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});

describe('clients that do not prefer HTML', () => {
  for (const accept of ['*/*', 'application/json', 'text/*']) {
    it(`should get a result format for Accept: ${accept}`, async () => {
      const response = await fixtures.get('/api/queries/countries', { headers: { Accept: accept } });
      expect(response.headers.get('content-type')).not.toContain('text/html');
    });
  }

  it('should get the format asked for from a browser’s form', async () => {
    const response = await fixtures.get('/api/queries/countries?format=csv', { headers: { Accept: BROWSER } });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await response.text()).toBe(
      'country,name\r\nhttps://example.org/france,France\r\nhttps://example.org/india,India\r\n',
    );
  });
});

describe('the rendering', () => {
  const query = readSavedQuery('/q/x.rq', '#+ summary: <b>T</b>\nASK { ?s ?p ?o }').query;
  const view = (results: Results) =>
    resultsPage({
      base: 'http://localhost/api',
      query: query!,
      lang: 'en',
      values: {},
      labels: () => undefined,
      results,
    });

  it('should answer an ASK query with yes or no', () => {
    expect(view({ kind: 'boolean', value: true })).toContain('<p class="answer">Yes</p>');
    expect(view({ kind: 'boolean', value: false })).toContain('<p class="answer">No</p>');
  });

  it('should escape every value of the data and of the query file', () => {
    const page = view({
      kind: 'rows',
      vars: ['x', 'y'],
      rows: [
        {
          x: { type: 'literal', value: '<script>alert(1)</script>' },
          y: { type: 'uri', value: 'https://example.org/"><script>' },
        },
      ],
    });
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('"><script>');
    expect(page).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(page).toContain('<h1>&lt;b&gt;T&lt;/b&gt;</h1>');
  });

  it('should link Wikidata items out by their QID when the graph has no name for them', () => {
    const page = view({
      kind: 'rows',
      vars: ['item'],
      rows: [{ item: { type: 'uri', value: 'http://www.wikidata.org/entity/Q142' } }],
    });
    expect(page).toContain('<td><a href="http://www.wikidata.org/entity/Q142" rel="external">Wikidata Q142</a></td>');
  });

  it('should read N-Triples as rows of statements, literals with their language or datatype', () => {
    const text =
      '<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "A"@en .\n_:b <https://example.org/n> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .\n';
    expect(readStatements(text)).toEqual({
      kind: 'rows',
      vars: ['subject', 'predicate', 'object'],
      rows: [
        {
          subject: { type: 'uri', value: 'https://example.org/a' },
          predicate: { type: 'uri', value: 'http://www.w3.org/2000/01/rdf-schema#label' },
          object: { type: 'literal', value: 'A', 'xml:lang': 'en' },
        },
        {
          subject: { type: 'bnode', value: expect.any(String) },
          predicate: { type: 'uri', value: 'https://example.org/n' },
          object: { type: 'literal', value: '2', datatype: 'http://www.w3.org/2001/XMLSchema#integer' },
        },
      ],
    });
  });
});
