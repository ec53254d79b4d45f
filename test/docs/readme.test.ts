// The README tells the truth: its generated data-model section matches the ontology and data, and
// its example queries run and answer as it says.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Store } from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS } from '../../src/config/index.ts';
import { modelSection } from '../../src/docs/model.ts';
import { settingsSection } from '../../src/docs/settings.ts';
import { serialise } from '../../src/rdf/index.ts';
import { loadGraph } from '../data/helpers.ts';
import { jsonRows } from '../helpers/parse.ts';

const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const blocks = [...README.matchAll(/```sparql\n([\s\S]*?)```/g)].map((m) => m[1]);
// The data model's examples run on the local graph; the federated one is run against the Wikidata fixture in test/wikidata.
const examples = blocks.filter((query) => !query.includes('SERVICE'));
let store: Store;
beforeAll(async () => {
  store = await loadGraph();
});
const run = (query: string) => jsonRows(serialise(store, query, 'application/sparql-results+json'));

describe('the README', () => {
  it('should carry the configuration table generated from the settings, defaults included (npm run docs)', () => {
    expect(README).toContain(settingsSection());
  });

  it('should name only settings that exist', () => {
    const known = new Set(Object.values(SETTINGS).map((s) => s.env));
    const named = new Set([...README.matchAll(/SUMMIT_KG_[A-Z_]+/g)].map((m) => m[0]));
    expect([...named].filter((name) => !known.has(name))).toEqual([]);
  });

  it('should carry the data-model section generated from the current ontology and data (npm run docs)', () => {
    const section = modelSection(store);
    expect(README).toContain(section);
  });

  it('should show three example queries', () => {
    expect(examples).toHaveLength(3);
  });

  it('should list the 60 signatories in the order of the published list with its first example', () => {
    const rows = run(examples[0]);
    expect(rows).toHaveLength(60);
    expect(rows[0]).toMatchObject({ position: '1', name: 'Arménie' });
    expect(rows[59]).toMatchObject({ position: '60', name: "Commission de l'Union africaine" });
  });

  it('should find the signatory counts the sources disagree on with its second example', () => {
    const rows = run(examples[1]).filter((r) => r.measure.endsWith('/signatories'));
    expect(new Set(rows.map((r) => r.value))).toEqual(new Set(['60', '64']));
  });

  it('should list who launched each initiative with its third example', () => {
    const rows = run(examples[2]);
    expect(rows).toContainEqual({
      initiative: 'Coalition for Sustainable Artificial Intelligence',
      role: 'launched by',
      who: 'France',
    });
  });
});
