// The reviewable files of the linking tool: proposals as CSV (a person marks the ones to accept),
// and the links graph as TriG (graph:wikidata-links), written the same way every time.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { DataFactory } from 'n3';
import { AppError } from '../errors.ts';
import { isAbsoluteIri, namedNode, newStore, PREFIXES, writeQuads } from '../rdf/index.ts';
import { type Proposal, WD } from './linking.ts';

export const LINKS_GRAPH = `${PREFIXES.graph}wikidata-links`;
const SAME_AS = 'http://www.w3.org/2002/07/owl#sameAs';
const COLUMNS = [
  'accept',
  'entity',
  'entity_label',
  'class',
  'candidate',
  'candidate_label',
  'description',
  'score',
  'why',
] as const;

/** Proposals as CSV, best first per entity, with an empty `accept` column for the reviewer. */
export function proposalsCsv(proposals: Proposal[]): string {
  return stringify(
    proposals.map((p) => [
      '',
      p.entity,
      p.entityLabel,
      p.class,
      p.qid,
      p.candidateLabel,
      p.description,
      p.score.toFixed(2),
      p.why,
    ]),
    { header: true, columns: [...COLUMNS] },
  );
}

/** The rows of a reviewed proposal file whose `accept` says yes (yes, y, x, true, 1). */
export function acceptedLinks(csv: string, file: string): { entity: string; qid: string }[] {
  let records: Record<string, string>[];
  try {
    records = parse(csv, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  } catch (error) {
    throw new AppError('bad-request', `${file}: not a readable CSV proposal file (${(error as Error).message})`);
  }
  const accepted: { entity: string; qid: string }[] = [];
  records.forEach((record, index) => {
    if (!/^(yes|y|x|true|1)$/i.test(record.accept ?? '')) return;
    const line = index + 2;
    const qid = (record.candidate ?? '').replace(WD, '');
    if (!/^Q[1-9]\d*$/.test(qid))
      throw new AppError(
        'bad-request',
        `${file}:${line}: '${record.candidate}' is not a Wikidata item (Q followed by digits)`,
      );
    // Checked strictly: the entity is later looked up as an IRI, never pasted into query text.
    if (!/^https?:\/\//.test(record.entity ?? '') || !isAbsoluteIri(record.entity ?? ''))
      throw new AppError('bad-request', `${file}:${line}: '${record.entity}' is not an entity IRI`);
    if (accepted.some((a) => a.entity === record.entity))
      throw new AppError(
        'bad-request',
        `${file}:${line}: a second item accepted for ${record.entity}; accept one per entity`,
      );
    accepted.push({ entity: record.entity ?? '', qid });
  });
  return accepted;
}

/** The links already in the file (entity → QID). */
export function readLinks(path: string): Map<string, string> {
  const links = new Map<string, string>();
  if (!existsSync(path)) return links;
  const store = newStore();
  store.load(readFileSync(path, 'utf8'), { format: 'application/trig' });
  for (const quad of store.match(null, namedNode(SAME_AS), null, null))
    links.set(quad.subject.value, quad.object.value.replace(WD, ''));
  return links;
}

const HEADER = `# Links from summit entities to Wikidata items: graph:wikidata-links, described in data/sources.trig.
# Written by \`summit-kg link --accept\`; each link was checked by a person against public evidence
# (shared/reference/wikidata-qids.csv) or chosen from the linking tool's proposals.
`;

/** The links graph as TriG, sorted by entity, one owl:sameAs per entity: the same text for the same links. */
export function linksText(links: Map<string, string>): string {
  const sorted = [...links].sort((a, b) => a[0].localeCompare(b[0]));
  const used = Object.fromEntries(
    Object.entries(PREFIXES).filter(
      ([name, ns]) => name === 'graph' || sorted.some(([entity]) => entity.startsWith(ns)),
    ),
  );
  const quads = sorted.map(([entity, qid]) =>
    DataFactory.quad(
      DataFactory.namedNode(entity),
      DataFactory.namedNode(SAME_AS),
      DataFactory.namedNode(`${WD}${qid}`),
      DataFactory.namedNode(LINKS_GRAPH),
    ),
  );
  const text = writeQuads(quads, 'TriG', { owl: 'http://www.w3.org/2002/07/owl#', wd: WD, ...used });
  return `${HEADER}${text.trimEnd()}\n`;
}
