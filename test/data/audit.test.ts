// The audit tables of data/audit/ are the specification of completeness: one file per source, every claim
// of the source, line by line, marked present (with an ASK query true exactly when the claim is in the
// graph) or left out (with the reason). Every ASK of every present row must hold on the real graph; the
// README's summary must give the tables' counts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadGraph } from './helpers.ts';

const AUDIT = fileURLToPath(new URL('../../data/audit', import.meta.url));
const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

const BASE = 'https://w3id.org/aiactionsummit/';
const PREFIXES = [
  ['aas', `${BASE}ontology#`],
  ...[
    'country',
    'organization',
    'company',
    'person',
    'event',
    'place',
    'initiative',
    'document',
    'figure',
    'investment',
    'amount',
    'measure',
    'signature',
    'commitment',
    'claim',
    'quotation',
    'membership',
    'valuation',
    'source',
  ].map((name) => [name, `${BASE}id/${name}/`]),
  ['graph', `${BASE}graph/`],
  ['schema', 'https://schema.org/'],
  ['dcterms', 'http://purl.org/dc/terms/'],
  ['skos', 'http://www.w3.org/2004/02/skos/core#'],
  ['rdfs', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['xsd', 'http://www.w3.org/2001/XMLSchema#'],
  ['org', 'http://www.w3.org/ns/org#'],
  ['prov', 'http://www.w3.org/ns/prov#'],
]
  .map(([prefix, iri]) => `PREFIX ${prefix}: <${iri}>`)
  .join('\n');

interface Row {
  id: string;
  location: string;
  claim: string;
  status: 'present' | 'left-out';
  ask?: string;
  reason?: string;
}
interface Audit {
  source: string;
  graph: string;
  title: string;
  rows: Row[];
}

const FILES = readdirSync(AUDIT)
  .filter((file) => file.endsWith('.yaml'))
  .sort();
const AUDITS: [string, Audit][] = FILES.map((file) => [file, parse(readFileSync(join(AUDIT, file), 'utf8')) as Audit]);

let store: Store;
beforeAll(async () => {
  store = await loadGraph();
});

describe('the audit tables (data/audit/)', () => {
  it('should cover the five sources, one table each', () => {
    expect(AUDITS.map(([, audit]) => audit.source)).toEqual(['000', '001', '002', '003', '004']);
  });

  for (const [file, audit] of AUDITS) {
    describe(`${file}: source ${audit.source}`, () => {
      it('should give every row a unique id, a location, the claim and a status; an ASK or a reason', () => {
        const problems: string[] = [];
        const ids = new Set<string>();
        for (const row of audit.rows) {
          if (ids.has(row.id)) problems.push(`${row.id}: duplicate id`);
          ids.add(row.id);
          if (!row.location?.trim() || !row.claim?.trim()) problems.push(`${row.id}: no location or claim`);
          if (row.status === 'present') {
            if (!/^\s*ASK\b/.test(row.ask ?? '')) problems.push(`${row.id}: present, but no ASK query`);
            // The claim is looked for in its own source's graph (or, for what a source says of itself, in the
            // source descriptions).
            const graph = audit.graph.replace(`${BASE}graph/`, 'graph:');
            if (!row.ask?.includes(`GRAPH ${graph} `) && !row.ask?.includes('GRAPH graph:sources '))
              problems.push(`${row.id}: the ASK does not look in ${graph}`);
          } else if (row.status === 'left-out') {
            if (!row.reason?.trim()) problems.push(`${row.id}: left out, but no reason`);
          } else problems.push(`${row.id}: status must be present or left-out`);
        }
        expect(problems).toEqual([]);
      });

      const present = audit.rows.filter((row) => row.status === 'present');
      it.each(present.map((row) => [row.id, row.claim.slice(0, 90), row] as const))(
        '%s is in the graph: %s',
        (_id, _claim, row) => {
          const answer = store.query(`${PREFIXES}\n${row.ask}`);
          expect(answer, `${row.id} (${row.location}): ${row.claim}`).toBe(true);
        },
      );
    });
  }

  it("should be summarised in the README with each table's counts", () => {
    for (const [file, audit] of AUDITS) {
      const present = audit.rows.filter((row) => row.status === 'present').length;
      const leftOut = audit.rows.length - present;
      expect(README, file).toContain(
        `| [\`data/audit/${file}\`](data/audit/${file}) | ${audit.rows.length} | ${present} | ${leftOut} |`,
      );
    }
  });
});
