// The workbench's server side on the real graph: /sparql gives browsers the page and SPARQL clients
// their answers, the completion endpoint's exact answers, the labels of result IRIs, the examples.
import { describe, expect, it } from 'vitest';
import { sharedServer } from '../helpers/server.ts';

const server = sharedServer('real');
const BASE = 'https://w3id.org/aiactionsummit/';
const FR = `${BASE}id/country/FR`;
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const QUERY = 'SELECT ?s WHERE { ?s a <https://schema.org/Country> } LIMIT 1';

const get = (path: string, accept: string, headers: Record<string, string> = {}) =>
  server.get(path, { headers: { Accept: accept, ...headers } });
const typeOf = (response: Response) => response.headers.get('content-type')?.split(';')[0];
const completion = async (q: string, lang = 'en') =>
  (
    (await (await server.get(`/workbench/complete?q=${encodeURIComponent(q)}&lang=${lang}`)).json()) as {
      results: { kind: string; iri: string; prefixed?: string; label: string; matched?: string }[];
    }
  ).results;

describe('/sparql for browsers and for SPARQL clients', () => {
  it("should give a browser's GET the workbench, with the query in the plain form's text area", async () => {
    const response = await get(`/sparql?query=${encodeURIComponent(QUERY)}`, BROWSER);
    expect(response.status).toBe(200);
    expect(typeOf(response)).toBe('text/html');
    expect(response.headers.get('vary')).toContain('Accept');
    const html = await response.text();
    expect(html).toContain('<form id="wb-form" class="workbench" action="/sparql" method="get">');
    expect(html).toContain(
      '<textarea id="wb-query" name="query" rows="14" spellcheck="false" autocapitalize="off">SELECT ?s WHERE { ?s a &lt;https://schema.org/Country&gt; } LIMIT 1</textarea>',
    );
    expect(html).toContain('<script src="/assets/workbench/workbench.js" defer></script>');
  });

  it('should give a browser the workbench without a query, holding a starter query', async () => {
    const html = await (await get('/sparql', BROWSER)).text();
    expect(html).toContain('aas:signature/aas:signatory ?signatory');
  });

  for (const accept of [
    '*/*',
    'application/sparql-results+json',
    'application/sparql-results+xml, application/xml;q=0.9',
    'text/csv',
    'text/html;q=0.5, application/sparql-results+json',
    'application/json, text/html',
    'text/html, */*;q=0.8',
    'application/sparql-results+json, application/xhtml+xml;q=0.9',
  ]) {
    it(`should answer a client that sends Accept: ${accept} with results, not the page`, async () => {
      const response = await get(`/sparql?query=${encodeURIComponent(QUERY)}`, accept);
      expect(response.status).toBe(200);
      expect(typeOf(response)).not.toBe('text/html');
    });
  }

  it('should answer a browser that names a format (the plain form) with the results in it', async () => {
    const response = await get(`/sparql?query=${encodeURIComponent(QUERY)}&format=json`, BROWSER);
    expect(typeOf(response)).toBe('application/sparql-results+json');
    const body = (await response.json()) as { results: { bindings: unknown[] } };
    expect(body.results.bindings).toHaveLength(1);
  });

  it("should leave a browser's read of the graph store and a client without Accept to the protocol", async () => {
    expect(typeOf(await get('/sparql?default', BROWSER))).not.toBe('text/html');
    const bare = await server.get('/sparql');
    expect(typeOf(bare)).not.toBe('text/html');
  });

  it('should open an example with its parameters bound in the page language, and refuse an unknown one', async () => {
    const html = await (await get('/sparql?example=declaration-map&lang=fr', BROWSER)).text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toMatch(/VALUES \?_lang \{\s+&quot;fr&quot;/);
    expect(html).toContain('"view":"map"');
    expect((await get('/sparql?example=nothing', BROWSER)).status).toBe(404);
  });

  it('should send /?query= on to the workbench, keeping the parameters', async () => {
    const response = await server.get('/?query=ASK%7B%7D&view=table', { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/sparql?query=ASK%7B%7D&view=table');
  });
});

describe('completion', () => {
  it('should offer France, with its IRI and prefixed name, first for "France"', async () => {
    const [first] = await completion('France');
    expect(first).toEqual({ kind: 'entity', iri: FR, prefixed: 'country:FR', label: 'France', type: 'country' });
  });

  it('should find an entity by its French name and name it in the asked language', async () => {
    const [first] = await completion('Royaume-Uni', 'en');
    expect(first).toMatchObject({ iri: `${BASE}id/country/GB`, label: 'United Kingdom', matched: 'Royaume-Uni' });
    const [fr] = await completion('United Kingdom', 'fr');
    expect(fr).toMatchObject({ iri: `${BASE}id/country/GB`, label: 'Royaume-Uni' });
  });

  it('should complete a prefixed name with the ontology terms under it', async () => {
    const results = await completion('aas:signat');
    expect(results.map((r) => r.prefixed).sort()).toEqual([
      'aas:Signature',
      'aas:signatory',
      'aas:signatoryNetwork',
      'aas:signature',
    ]);
    expect(results.find((r) => r.prefixed === 'aas:signatory')).toMatchObject({
      kind: 'property',
      iri: `${BASE}ontology#signatory`,
    });
  });

  it('should offer classes by their name in French', async () => {
    const results = await completion('pays', 'fr');
    expect(results).toContainEqual(
      expect.objectContaining({ kind: 'class', iri: 'https://schema.org/Country', prefixed: 'schema:Country' }),
    );
  });

  it('should answer nothing for nothing typed', async () => {
    await expect(completion('')).resolves.toEqual([]);
  });
});

describe('labels of result IRIs', () => {
  const labels = async (iris: unknown, lang = 'en') => {
    const response = await server.get(`/workbench/labels?lang=${lang}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ iris }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (response.ok ? JSON.parse(text) : { error: text }) as { labels?: unknown },
    };
  };

  it('should name the IRIs the graph knows and give their page, leaving out the others', async () => {
    const { body } = await labels([FR, `${BASE}id/country/US`, 'http://example.org/unknown'], 'fr');
    expect(body.labels).toEqual({
      [FR]: { name: 'France', href: '/id/country/FR' },
      [`${BASE}id/country/US`]: { name: 'États-Unis', href: '/id/country/US' },
    });
  });

  it('should refuse a body that is not a list of IRIs', async () => {
    expect((await labels('France')).status).toBe(400);
  });

  it('should refuse with 413 a body larger than a query may be, naming the limit', async () => {
    // The shared server keeps the default SUMMIT_KG_MAX_QUERY_BYTES (64 KiB): 3 × 64 KiB + 16 KiB.
    const limit = 3 * 64 * 1024 + 16 * 1024;
    const many = Array.from({ length: 6000 }, (_, i) => `${BASE}id/country/X${i}`);
    const { status, body } = await labels(many);
    expect(status).toBe(413);
    expect(body).toEqual({ error: expect.stringContaining(`over the limit of ${limit} bytes`) });
  });
});

describe('the home page and the examples', () => {
  it('should link to the workbench and list the examples as questions, by topic', async () => {
    const html = await (await server.get('/', { headers: { Accept: BROWSER } })).text();
    expect(html).toContain('<a href="/sparql">Query workbench</a>');
    expect(html).toContain('<h3 id="tag-declaration">The declaration</h3>');
    expect(html).toContain(
      '<a href="/sparql?example=declaration-map">Who signed the declaration, and who did not?</a>',
    );
  });

  it('should phrase the questions in French on the French home page', async () => {
    const html = await (await server.get('/?lang=fr')).text();
    expect(html).toContain(
      '<a href="/sparql?example=declaration-map&amp;lang=fr">Qui a signé la déclaration, et qui ne l’a pas signée ?</a>',
    );
  });
});
