// The linking tool against a local endpoint standing in for Wikidata, with decoys: the fruit and
// the company Orange, the wind and the company Mistral, the state and the US state Georgia, a
// painter who shares an envoy's name.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { sharedServer, type TestServer } from '../helpers/server.ts';

const ENTITIES = fileURLToPath(new URL('../fixtures/linking', import.meta.url));
const SMALL_SHAPES = fileURLToPath(new URL('../fixtures/small-shapes', import.meta.url));
const WIKIDATA_SHAPES = fileURLToPath(new URL('../../shapes/wikidata.ttl', import.meta.url));
const ID = 'https://w3id.org/aiactionsummit/id/';

let wikidata: TestServer;
beforeAll(async () => {
  wikidata = sharedServer('wikidata');
});
afterAll(() => wikidata.close());

const link = (args: string[], dataDir = ENTITIES) =>
  runCli(['link', '--data', dataDir, '--shapes', SMALL_SHAPES, '--wikidata', `${wikidata.url}/sparql`, ...args]);

const proposalRows = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

describe('summit-kg link (proposals)', () => {
  it('should propose the right item for each entity and never a decoy', async () => {
    const { code, stdout, stderr } = await link([]);
    expect(code).toBe(0);
    const rows = proposalRows(stdout);
    expect(rows.map((r) => [r.entity.replace(ID, ''), r.candidate])).toEqual([
      ['company/mistral-ai', 'Q119718658'],
      ['company/orange', 'Q1431486'],
      ['country/GE', 'Q900000020'],
      ['organization/oecd', 'Q41550'],
      ['person/henri-verdier', 'Q900000030'],
    ]);
    expect(stdout).not.toMatch(/Q900000002|Q900000004|Q900000021|Q900000031|Q900000040/);
    expect(stderr).toContain('5 candidates for 5 entities; 1 entities with no fitting candidate.');
  });

  it('should score and explain each proposal for a reviewer', async () => {
    const rows = proposalRows((await link([])).stdout);
    const mistral = rows.find((r) => r.entity === `${ID}company/mistral-ai`)!;
    expect(mistral).toMatchObject({
      accept: '',
      candidate_label: 'Mistral AI',
      description: 'French artificial intelligence company',
      score: '1.00',
    });
    expect(mistral.why).toBe('is a business; label "Mistral AI"@en matches; label "Mistral AI"@fr matches');
    const georgia = rows.find((r) => r.entity === `${ID}country/GE`)!;
    expect(georgia).toMatchObject({
      candidate_label: 'Georgia',
      description: 'country in the Caucasus',
      score: '0.65',
    });
  });

  it('should leave out an entity already linked', async () => {
    expect((await link([])).stdout).not.toContain(`${ID}country/FR`);
  });

  it('should list the unlinked entities without asking Wikidata', async () => {
    const { code, stdout } = await link(['--unlinked', '--wikidata', 'http://127.0.0.1:9/sparql']);
    expect(code).toBe(0);
    expect(
      stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('\t')[0].replace(ID, '')),
    ).toEqual([
      'company/mistral-ai',
      'company/orange',
      'company/tilde',
      'country/GE',
      'organization/oecd',
      'person/henri-verdier',
    ]);
  });

  it('should exit 1 with a clear message when Wikidata cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/sparql`;
    await new Promise((resolve) => closed.close(resolve));
    const { code, stderr } = await link(['--wikidata', url]);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`Wikidata's query service at ${url} could not be reached (ECONNREFUSED).`);
  });
});

describe('summit-kg link --accept', () => {
  function workspace(): { dir: string; links: string; proposals: string } {
    const dir = mkdtempSync(join(tmpdir(), 'summit-kg-link-'));
    cpSync(join(ENTITIES, 'entities.trig'), join(dir, 'entities.trig'));
    return { dir, links: join(dir, 'links.trig'), proposals: join(dir, 'proposals.csv') };
  }

  it('should write only the rows marked yes into the links graph', async () => {
    const { dir, links, proposals } = workspace();
    const { stdout } = await link([], dir);
    writeFileSync(
      proposals,
      stdout.replace(/^,(https:\/\/w3id\.org\/aiactionsummit\/id\/company\/orange,)/m, 'yes,$1'),
    );
    const { code, stderr } = await link(['--accept', proposals, '--links-file', links], dir);
    expect(code).toBe(0);
    expect(stderr).toContain(`Wrote 1 accepted link to ${links} (1 in all); the graph validates.`);
    const text = readFileSync(links, 'utf8');
    expect(text.slice(text.indexOf('graph:wikidata-links {'))).toBe(
      'graph:wikidata-links {\ncompany:orange owl:sameAs wd:Q1431486\n}\n',
    );
  });

  it('should refuse a file where nothing is accepted, or a malformed QID', async () => {
    const { dir, links, proposals } = workspace();
    writeFileSync(proposals, 'accept,entity,candidate\n,https://w3id.org/aiactionsummit/id/company/orange,Q1431486\n');
    expect((await link(['--accept', proposals, '--links-file', links], dir)).stderr).toContain('no row says yes');
    writeFileSync(proposals, 'accept,entity,candidate\nyes,https://w3id.org/aiactionsummit/id/company/orange,orange\n');
    const { code, stderr } = await link(['--accept', proposals, '--links-file', links], dir);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`${proposals}:2: 'orange' is not a Wikidata item (Q followed by digits)`);
  });

  it('should restore the links file when the accepted links break a shape (two entities on one item)', async () => {
    const { dir, links, proposals } = workspace();
    writeFileSync(
      links,
      '<https://w3id.org/aiactionsummit/graph/wikidata-links> { <https://w3id.org/aiactionsummit/id/company/orange> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1431486> . }\n',
    );
    const before = readFileSync(links, 'utf8');
    writeFileSync(
      proposals,
      'accept,entity,candidate\nyes,https://w3id.org/aiactionsummit/id/company/mistral-ai,Q1431486\n',
    );
    const { code, stdout, stderr } = await link(
      ['--accept', proposals, '--links-file', links, '--shapes', WIKIDATA_SHAPES],
      dir,
    );
    expect(code).toBe(1);
    expect(stdout).toContain('shapes:WikidataItemShape');
    expect(stderr.trim()).toBe(`The accepted links break the graph's shapes; ${links} is unchanged.`);
    expect(readFileSync(links, 'utf8')).toBe(before);
  });

  it('should refuse an entity that is not in the graph', async () => {
    const { dir, links, proposals } = workspace();
    writeFileSync(proposals, 'accept,entity,candidate\nyes,https://w3id.org/aiactionsummit/id/company/nope,Q1\n');
    const { code, stderr } = await link(['--accept', proposals, '--links-file', links], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('https://w3id.org/aiactionsummit/id/company/nope is not an entity of the graph.');
  });
});

describe('summit-kg link --check', () => {
  it('should find no drift in a link that still fits', async () => {
    const { code, stderr } = await link(['--check']);
    expect(code).toBe(0);
    expect(stderr).toContain('1 links checked against');
    expect(stderr).toContain('no drift');
  });

  it('should report a link whose item no longer fits the entity', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-kg-link-'));
    cpSync(join(ENTITIES, 'entities.trig'), join(dir, 'entities.trig'));
    writeFileSync(
      join(dir, 'links.trig'),
      `<https://w3id.org/aiactionsummit/graph/wikidata-links> {
      <${ID}company/tilde> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q900000040> .
      <${ID}organization/oecd> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q999999999> . }`,
    );
    const { code, stdout } = await link(['--check'], dir);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toEqual([
      `${ID}company/tilde\twd:Q900000040\tit is no longer a business (wdt:P31/wdt:P279* wd:Q4830453)`,
      `${ID}organization/oecd\twd:Q999999999\tthe item has no English or French label any more (deleted, merged or redirected?)`,
    ]);
  });
});
