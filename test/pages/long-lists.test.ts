// An entity many resources point at (France, a hundred times over, in a graph a hundred times larger):
// its page lists SUMMIT_KG_PAGE_ITEMS of them under each heading, in name order, says how many more
// there are, and links to the query in the workbench that lists them all.
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
    (_, i) => `id:member-${number(i)} rdfs:label "Member ${number(i)}"@en ; ex:partOf id:hub .`,
  );
  const entries = Array.from(
    { length: 12 },
    (_, i) =>
      `id:entry-${number(i)} ex:signatory id:hub ; aas:listPosition ${i + 1} . id:list-${number(i)} ex:entry id:entry-${number(i)} .`,
  );
  const data = folderWith({
    'hub.trig': `@prefix id: <${BASE}id/test/> .
@prefix ex: <https://example.org/> .
@prefix aas: <${BASE}ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<${BASE}graph/hub> {
  id:hub rdfs:label "Hub"@en .
  ${members.join('\n  ')}
  ${entries.join('\n  ')}
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

    const links = [...html.matchAll(/<a href="(\/sparql\?query=[^"]+)">all of them in the query workbench<\/a>/g)].map(
      (m) => m[1]?.replaceAll('&amp;', '&') ?? '',
    );
    expect(links).toHaveLength(2);
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
  });

  it('should say it in French on the French page', async () => {
    const { text } = await page(server, '/id/test/hub?lang=fr');
    expect(text).toContain('… et 13 de plus, non listés ici : tous dans l’atelier de requêtes');
  });
});
