// `summit-kg link --accept` cannot corrupt the links file (finding 5): an entity is checked as an IRI
// and never pasted into query text, the file is replaced whole only once the graph validates with
// the real shapes, and nothing is written without shapes.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const ENTITIES = fileURLToPath(new URL('../fixtures/linking', import.meta.url));
const WIKIDATA_SHAPES = fileURLToPath(new URL('../../shapes/wikidata.ttl', import.meta.url));
const LINKS = `<https://w3id.org/aiactionsummit/graph/wikidata-links> { <https://w3id.org/aiactionsummit/id/company/orange> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1431486> . }\n`;

/** A data folder with the fixture's entities and a links file beside it, and a proposal file to accept. */
function workspace(proposal: string) {
  const dir = mkdtempSync(join(tmpdir(), 'summit-kg-accept-'));
  cpSync(join(ENTITIES, 'entities.trig'), join(dir, 'entities.trig'));
  const links = join(dir, 'links.trig');
  writeFileSync(links, LINKS);
  const proposals = join(mkdtempSync(join(tmpdir(), 'summit-kg-review-')), 'proposals.csv');
  writeFileSync(proposals, `accept,entity,candidate\n${proposal}\n`);
  return { dir, links, proposals };
}

const accept = (w: ReturnType<typeof workspace>, shapes = WIKIDATA_SHAPES) =>
  runCli(['link', '--data', w.dir, '--shapes', shapes, '--accept', w.proposals, '--links-file', w.links]);

describe('summit-kg link --accept', () => {
  it('should refuse an entity that would break out of an IRI, and leave the links file alone', async () => {
    const w = workspace('yes,https://w3id.org/aiactionsummit/id/country/FR>a?t}#,Q142');
    const { code, stderr } = await accept(w);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${w.proposals}:2: 'https://w3id.org/aiactionsummit/id/country/FR>a?t}#' is not an entity IRI\n`,
    );
    expect(readFileSync(w.links, 'utf8')).toBe(LINKS);
  });

  it('should refuse to write anything without shapes to validate against', async () => {
    const w = workspace('yes,https://w3id.org/aiactionsummit/id/company/mistral-ai,Q3334471');
    const missing = await accept(w, '/nonexistent/shapes');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('/nonexistent/shapes: no such file or folder\n');
    const empty = await accept(w, mkdtempSync(join(tmpdir(), 'summit-kg-no-shapes-')));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^No SHACL shapes in .*: links are only written once the graph validates\.\n$/);
    expect(readFileSync(w.links, 'utf8')).toBe(LINKS);
  });

  it('should not write links that break the shapes, nor leave a temporary file', async () => {
    // Mistral on Orange's item: two entities on one item violate the real shapes.
    const w = workspace('yes,https://w3id.org/aiactionsummit/id/company/mistral-ai,Q1431486');
    const { code, stderr } = await accept(w);
    expect(code).toBe(1);
    expect(stderr).toBe(`The accepted links break the graph's shapes; ${w.links} is unchanged.\n`);
    expect(readFileSync(w.links, 'utf8')).toBe(LINKS);
    expect(readdirSync(w.dir).sort()).toEqual(['entities.trig', 'links.trig']);
  });

  it('should replace the file whole once the graph validates, and serve it', async () => {
    const w = workspace('yes,https://w3id.org/aiactionsummit/id/company/mistral-ai,Q3334471');
    const { code } = await accept(w);
    expect(code).toBe(0);
    expect(readdirSync(w.dir).sort()).toEqual(['entities.trig', 'links.trig']);
    const query = await runCli([
      'query',
      '--data',
      w.dir,
      '--format',
      'csv',
      'SELECT ?e ?i WHERE { ?e <http://www.w3.org/2002/07/owl#sameAs> ?i } ORDER BY ?e',
    ]);
    expect(query.stdout.trim().split(/\r?\n/)).toEqual([
      'e,i',
      'https://w3id.org/aiactionsummit/id/company/mistral-ai,http://www.wikidata.org/entity/Q3334471',
      'https://w3id.org/aiactionsummit/id/company/orange,http://www.wikidata.org/entity/Q1431486',
      'https://w3id.org/aiactionsummit/id/country/FR,http://www.wikidata.org/entity/Q142',
    ]);
    expect(existsSync(`${w.links}.tmp`)).toBe(false);
  });
});
