// Long lists, as in a graph a hundred times larger: an entity many resources point at lists
// SUMMIT_KG_PAGE_ITEMS of them under each heading, says how many more there are and links to the
// query that lists them all; a kind's resources and what a source says come a page at a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderWith } from '../helpers/files.ts';
import { jsonRows } from '../helpers/parse.ts';
import { type OwnServer, startTestServer } from '../helpers/server.ts';
import { BASE, page } from './helpers.ts';

const MEMBERS = 23;
const number = (i: number) => String(i).padStart(2, '0');

let server: OwnServer;
beforeAll(async () => {
  const members = Array.from(
    { length: MEMBERS },
    (_, i) => `id:member-${number(i)} a ex:Member ; rdfs:label "Member ${number(i)}"@en ; ex:partOf id:hub .`,
  );
  const entries = Array.from(
    { length: 12 },
    (_, i) =>
      `id:entry-${number(i)} ex:signatory id:hub ; aas:listPosition ${i + 1} . id:list-${number(i)} ex:entry id:entry-${number(i)} .`,
  );
  const figures = Array.from(
    { length: 14 },
    (_, i) => `id:figure-${number(i)} a aas:Figure ; aas:about id:hub ; aas:measure ex:members ; schema:value ${i} .`,
  );
  const data = folderWith({
    'hub.trig': `@prefix id: <${BASE}id/test/> .
@prefix ex: <https://example.org/> .
@prefix aas: <${BASE}ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
<${BASE}graph/hub> {
  id:hub rdfs:label "Hub"@en .
  ${members.join('\n  ')}
  ${entries.join('\n  ')}
  ${figures.join('\n  ')}
}
`,
  });
  server = await startTestServer({ workers: 1, dataPaths: [data], pageItems: 10, cacheDir: '' });
});
afterAll(() => server?.close());

describe('an entity page with long lists', () => {
  it('should list the first resources by name under a heading, then how many more, with the query that lists them all', async () => {
    const { html, text } = await page(server, '/id/test/hub');
    const shown = [...html.matchAll(/>Member (\d\d)</g)].map((m) => m[1]);
    expect(shown).toEqual(Array.from({ length: 10 }, (_, i) => number(i)));
    expect(text).toContain('… and 13 more, not listed here: all of them in the query workbench');
    expect(text).toContain('… and 2 more, not listed here:');
    expect(text).toContain('… and 4 more, not listed here:');

    const links = [...html.matchAll(/<a href="(\/sparql\?query=[^"]+)">all of them in the query workbench<\/a>/g)].map(
      (m) => m[1]?.replaceAll('&amp;', '&') ?? '',
    );
    expect(links).toHaveLength(3);
    const answers = await Promise.all(
      links.map(async (link) => {
        const response = await server.get(link, { headers: { Accept: 'application/sparql-results+json' } });
        expect(response.status).toBe(200);
        return jsonRows(await response.text());
      }),
    );
    const rows = answers.flat();
    const members = rows.filter((r) => r.s?.includes('member-'));
    expect(members.map((r) => r.s)).toEqual(
      Array.from({ length: MEMBERS }, (_, i) => `${BASE}id/test/member-${number(i)}`),
    );
    expect(rows.filter((r) => r.entry).map((r) => r.position)).toHaveLength(12);
    expect(rows.filter((r) => r.figure).map((r) => Number(r.value))).toEqual(Array.from({ length: 14 }, (_, i) => i));
  });

  it('should say it in French on the French page', async () => {
    const { text } = await page(server, '/id/test/hub?lang=fr');
    expect(text).toContain('… et 13 de plus, non listés ici : tous dans l’atelier de requêtes');
  });
});

/** The names a page of HTML links to, in its order. */
const linked = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);

describe('a long list in pages', () => {
  const kind = '/browse/?class=https%3A%2F%2Fexample.org%2FMember';

  it('should list a kind’s resources a page at a time, each page linking to the next and the previous', async () => {
    const names: string[] = [];
    let next: string | undefined = kind;
    const ranges: string[] = [];
    while (next) {
      const { html, text, response } = await page(server, next);
      expect(response.status).toBe(200);
      names.push(...linked(html, /<td><a href="[^"]+">Member (\d\d)<\/a>/g).map(String));
      ranges.push(text.match(/\d+–\d+ of 23/)?.[0] ?? '');
      next = html.match(/<a rel="next" href="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
    }
    expect(names).toEqual(Array.from({ length: MEMBERS }, (_, i) => number(i)));
    expect(ranges).toEqual(['1–10 of 23', '11–20 of 23', '21–23 of 23']);
    const last = await page(server, `${kind}&page=3`);
    expect(last.html).toContain('rel="prev"');
    expect(last.html).not.toContain('rel="next"');
    // The order chosen is kept from page to page.
    const byName = await page(server, `${kind}&sort=name&order=desc`);
    expect(linked(byName.html, /<td><a href="[^"]+">Member (\d\d)<\/a>/g)[0]).toBe('22');
    expect(byName.html).toMatch(/<a rel="next" href="[^"]*order=desc[^"]*page=2/);
  });

  it('should answer 404 past the last page and 400 to a page that is not a number', async () => {
    const past = await server.get(`${kind}&page=4`, { headers: { Accept: 'text/html' } });
    expect(past.status).toBe(404);
    expect(await past.text()).toContain('This list has 3 pages; there is no page 4.');
    for (const bad of ['0', 'abc', '-1', '1e3']) {
      const response = await server.get(`${kind}&page=${bad}`, { headers: { Accept: 'text/html' } });
      expect(response.status).toBe(400);
    }
    expect((await server.get('/graph/hub?page=9', { headers: { Accept: 'text/html' } })).status).toBe(404);
    // Two pages asked at once is ambiguous, as two queries are on /sparql.
    const twice = await server.get(`${kind}&page=1&page=2`, { headers: { Accept: 'text/html' } });
    expect(twice.status).toBe(400);
    expect(await twice.text()).toBe("The 'page' parameter was given 2 times; send exactly one.\n");
  });

  it('should give what a source says a page of subjects at a time, every subject once, in order', async () => {
    const subjects: string[] = [];
    let next: string | undefined = '/graph/hub';
    let pages = 0;
    while (next) {
      const { html } = await page(server, next);
      pages += 1;
      subjects.push(...linked(html, /<section class="subject"><h3><a href="\/id\/test\/([^"]+)"/g).map(String));
      next = html.match(/<a rel="next" href="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
    }
    const [{ n }] = jsonRows(
      await (
        await server.get(
          `/sparql?query=${encodeURIComponent(`SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH <${BASE}graph/hub> { ?s ?p ?o } }`)}`,
          { headers: { Accept: 'application/sparql-results+json' } },
        )
      ).text(),
    ) as [{ n: string }];
    expect(subjects).toHaveLength(Number(n));
    expect(new Set(subjects).size).toBe(subjects.length);
    expect(subjects).toEqual([...subjects].sort());
    expect(pages).toBe(Math.ceil(Number(n) / 10));
    // The other language's link leads to the same page of the list.
    const second = await page(server, '/graph/hub?page=2');
    expect(second.html).toContain('<a href="/graph/hub?page=2&amp;lang=fr" hreflang="fr"');
  });
});
