// The public base is a setting: a server whose IRIs live elsewhere (here the small fixture's,
// under https://example.org/) serves them at the same paths, and a page needs no ontology to render.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config/index.ts';
import { BASE_IRI } from '../../src/rdf/index.ts';
import { type OwnServer, startTestServer } from '../helpers/server.ts';
import { page, parseRdf } from './helpers.ts';

let server: OwnServer;
beforeAll(async () => {
  server = await startTestServer({ iriBase: 'https://example.org/' });
});
afterAll(() => server?.close());

describe('a configured public base', () => {
  it('should default to the IRIs of the data model', () => {
    expect(DEFAULTS.iriBase).toBe(BASE_IRI);
  });

  it('should serve the IRIs under the configured base at the same paths', async () => {
    const { response, html } = await page(server, '/france');
    expect(response.status).toBe(200);
    expect(html).toContain('<h1>France</h1>');
    const quads = await parseRdf(await (await server.get('/france.ttl')).text(), 'turtle');
    expect(quads.some((q) => q.subject.value === 'https://example.org/france')).toBe(true);
  });

  it('should render a named graph’s page and its statements by subject', async () => {
    const { response, html } = await page(server, '/graph/b');
    expect(response.status).toBe(200);
    expect(html).toContain('<h3><a href="/kenya">Kenya</a></h3>');
  });

  it('should list kinds without a known prefix by their IRI', async () => {
    const { html } = await page(server, '/browse/');
    expect(html).toContain(`href="/browse/?class=${encodeURIComponent('https://example.org/Country')}"`);
    const kind = await page(server, `/browse/?class=${encodeURIComponent('https://example.org/Country')}`);
    expect(kind.html).toContain('<a href="/kenya">Kenya</a>');
  });

  it('should not serve IRIs of the default base, which this data does not use', async () => {
    expect((await server.get('/id/country/FR')).status).toBe(404);
  });
});
