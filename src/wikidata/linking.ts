// The linking tool: proposes Wikidata items for entities that have none (by label, in English and
// French, kept only when the item's type fits the entity's class), and re-checks existing links.
// Nothing reaches the graph without review: proposals go to a file a person reads and marks.
import { PREFIXES, type Store, select, selectColumns } from '../rdf/index.ts';
import type { WikidataClient } from './client.ts';

export const WD = 'http://www.wikidata.org/entity/';
const OWL_SAME_AS = 'http://www.w3.org/2002/07/owl#sameAs';

/**
 * Which Wikidata classes an item must be an instance of (through wdt:P31/wdt:P279*) to fit each of
 * our classes. Only classes checked against public material (shared/reference) are used; entities of
 * other classes (venues, events, initiatives) are left for a person to link by hand.
 */
export const EXPECTED_TYPES: Record<string, { types: string[]; describe: string }> = {
  [`${PREFIXES.schema}Country`]: { types: ['Q6256', 'Q3624078'], describe: 'a country or sovereign state' },
  [`${PREFIXES.aas}SupranationalBody`]: { types: ['Q484652'], describe: 'an international organization' },
  [`${PREFIXES.aas}InternationalOrganization`]: { types: ['Q484652'], describe: 'an international organization' },
  [`${PREFIXES.schema}Corporation`]: { types: ['Q4830453'], describe: 'a business' },
  [`${PREFIXES.schema}Person`]: { types: ['Q5'], describe: 'a human' },
  [`${PREFIXES.schema}City`]: { types: ['Q515'], describe: 'a city' },
};

/** People in the graph took part in the summit: an item whose person died before it is someone else. */
const SUMMIT_START = '2025-02-06';

export interface Entity {
  iri: string;
  type: string;
  labels: { value: string; lang: string }[];
}

export interface Proposal {
  entity: string;
  entityLabel: string;
  class: string;
  qid: string;
  candidateLabel: string;
  description: string;
  score: number;
  why: string;
}

const literal = (label: { value: string; lang: string }) => `${JSON.stringify(label.value)}@${label.lang}`;
const qidOf = (iri: string) => iri.slice(WD.length);

function entities(store: Store, linked: boolean): Entity[] {
  const classes = Object.keys(EXPECTED_TYPES)
    .map((c) => `<${c}>`)
    .join(' ');
  const found = select(
    store,
    `SELECT ?entity ?class (STR(?text) AS ?label) (LANG(?text) AS ?lang) WHERE {
       VALUES ?class { ${classes} }
       ?entity a ?class ; <http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#altLabel> ?text .
       FILTER(LANG(?text) != "")
       ${linked ? 'FILTER EXISTS' : 'FILTER NOT EXISTS'} { ?entity <${OWL_SAME_AS}> ?item FILTER(STRSTARTS(STR(?item), "${WD}")) }
     } ORDER BY ?entity ?text`,
  );
  const byIri = new Map<string, Entity>();
  for (const row of found) {
    const value = (name: string) => row.get(name)?.value ?? '';
    const iri = value('entity');
    const label = { value: value('label'), lang: value('lang') };
    const entity = byIri.get(iri) ?? { iri, type: value('class'), labels: [] };
    byIri.set(iri, entity);
    if (!entity.labels.some((l) => l.value === label.value && l.lang === label.lang)) entity.labels.push(label);
  }
  return [...byIri.values()];
}

/** Entities of a linkable class with no Wikidata link yet. */
export function unlinkedEntities(store: Store): Entity[] {
  return entities(store, false);
}

interface Candidate {
  qid: string;
  matched: { value: string; lang: string; alt: boolean }[];
  label: string;
  description: string;
  died?: string;
}

async function candidatesFor(batch: Entity[], client: WikidataClient): Promise<Map<string, Candidate[]>> {
  const names = [...new Map(batch.flatMap((e) => e.labels).map((l) => [literal(l), l])).keys()].join(' ');
  const found = await client.select(
    `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
SELECT ?name (LANG(?name) AS ?lang) ?alt ?item ?label ?description ?died WHERE {
  VALUES ?name { ${names} }
  { ?item rdfs:label ?name BIND(false AS ?alt) } UNION { ?item skos:altLabel ?name BIND(true AS ?alt) }
  FILTER(STRSTARTS(STR(?item), "${WD}Q"))
  OPTIONAL { ?item rdfs:label ?label FILTER(LANG(?label) = "en") }
  OPTIONAL { ?item schema:description ?description FILTER(LANG(?description) = "en") }
  OPTIONAL { ?item wdt:P570 ?died }
}`,
    ['name', 'lang', 'alt', 'item', 'label', 'description', 'died'],
  );
  const byEntity = new Map<string, Candidate[]>();
  for (const entity of batch) {
    const mine = found.filter((row) => entity.labels.some((l) => l.value === row.name && l.lang === row.lang));
    const candidates = new Map<string, Candidate>();
    for (const row of mine) {
      const qid = qidOf(row.item);
      const candidate = candidates.get(qid) ?? {
        qid,
        matched: [],
        label: row.label,
        description: row.description,
        died: row.died || undefined,
      };
      if (!candidate.matched.some((m) => m.value === row.name && m.lang === row.lang))
        candidate.matched.push({ value: row.name, lang: row.lang, alt: row.alt === 'true' });
      candidates.set(qid, candidate);
    }
    byEntity.set(entity.iri, [...candidates.values()]);
  }
  return byEntity;
}

/** For each item, the expected classes (of all given) it is an instance of. */
async function typesFitting(
  qids: string[],
  expected: string[],
  client: WikidataClient,
): Promise<Map<string, Set<string>>> {
  const fits = new Map<string, Set<string>>();
  if (qids.length === 0) return fits;
  const found = await client.select(
    `PREFIX wd: <${WD}>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
SELECT DISTINCT ?item ?expected WHERE {
  VALUES ?item { ${qids.map((q) => `wd:${q}`).join(' ')} }
  VALUES ?expected { ${expected.map((q) => `wd:${q}`).join(' ')} }
  ?item wdt:P31/wdt:P279* ?expected .
}`,
    ['item', 'expected'],
  );
  for (const row of found)
    fits.set(qidOf(row.item), new Set([...(fits.get(qidOf(row.item)) ?? []), qidOf(row.expected)]));
  return fits;
}

/**
 * Proposals for every unlinked entity: candidates whose type fits, scored 0..1 with the reasons.
 * A label match in English and French and a fitting type score high; several fitting candidates
 * share the score (a person must choose); an item whose type does not fit is never proposed.
 */
export async function proposeLinks(
  store: Store,
  client: WikidataClient,
  batchSize = 20,
): Promise<{ proposals: Proposal[]; unmatched: Entity[] }> {
  const targets = unlinkedEntities(store);
  const proposals: Proposal[] = [];
  const unmatched: Entity[] = [];
  for (let start = 0; start < targets.length; start += batchSize) {
    const batch = targets.slice(start, start + batchSize);
    const candidates = await candidatesFor(batch, client);
    const allQids = [...new Set([...candidates.values()].flat().map((c) => c.qid))];
    const allTypes = [...new Set(batch.flatMap((e) => EXPECTED_TYPES[e.type]?.types ?? []))];
    const fits = await typesFitting(allQids, allTypes, client);
    for (const entity of batch) {
      const expected = EXPECTED_TYPES[entity.type];
      if (!expected) continue;
      const fitting = (candidates.get(entity.iri) ?? []).filter(
        (c) =>
          expected.types.some((t) => fits.get(c.qid)?.has(t)) &&
          !(entity.type.endsWith('Person') && c.died && c.died < SUMMIT_START),
      );
      if (fitting.length === 0) {
        unmatched.push(entity);
        continue;
      }
      for (const candidate of fitting) {
        const en = candidate.matched.some((m) => m.lang === 'en' && !m.alt);
        const fr = candidate.matched.some((m) => m.lang === 'fr' && !m.alt);
        const alt = candidate.matched.some((m) => m.alt);
        let score = 0.4 + (en ? 0.35 : 0) + (fr ? 0.25 : 0) + (!en && !fr && alt ? 0.15 : 0);
        const why = [`is ${expected.describe}`];
        why.push(...candidate.matched.map((m) => `${m.alt ? 'alias' : 'label'} "${m.value}"@${m.lang} matches`));
        if (fitting.length > 1) {
          score /= fitting.length;
          why.push(`${fitting.length} candidates fit: choose one`);
        }
        const entityLabel = entity.labels.find((l) => l.lang === 'en')?.value ?? entity.labels[0]?.value ?? entity.iri;
        proposals.push({
          entity: entity.iri,
          entityLabel,
          class: entity.type,
          qid: candidate.qid,
          candidateLabel: candidate.label,
          description: candidate.description,
          score: Math.round(score * 100) / 100,
          why: why.join('; '),
        });
      }
    }
  }
  proposals.sort((a, b) => a.entity.localeCompare(b.entity) || b.score - a.score);
  return { proposals, unmatched };
}

export interface Drift {
  entity: string;
  qid: string;
  problem: string;
}

/** Re-checks every existing link against Wikidata: the item still exists, a label still matches, its type still fits. */
export async function checkLinks(store: Store, client: WikidataClient): Promise<{ checked: number; drift: Drift[] }> {
  const links = selectColumns(
    store,
    `SELECT ?entity ?item WHERE { ?entity <${OWL_SAME_AS}> ?item FILTER(STRSTARTS(STR(?item), "${WD}")) } ORDER BY ?entity`,
    ['entity', 'item'],
  );
  const linked = new Map(entities(store, true).map((e) => [e.iri, e]));
  const drift: Drift[] = [];
  const qids = links.map((l) => qidOf(l.item));
  const labels = new Map<string, { value: string; lang: string }[]>();
  for (let start = 0; start < qids.length; start += 50) {
    const found = await client.select(
      `PREFIX wd: <${WD}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?item ?label (LANG(?label) AS ?lang) WHERE {
  VALUES ?item { ${qids
    .slice(start, start + 50)
    .map((q) => `wd:${q}`)
    .join(' ')} }
  ?item rdfs:label|skos:altLabel ?label FILTER(LANG(?label) IN ("en", "fr"))
}`,
      ['item', 'label', 'lang'],
    );
    for (const row of found)
      labels.set(qidOf(row.item), [...(labels.get(qidOf(row.item)) ?? []), { value: row.label, lang: row.lang }]);
  }
  const allTypes = [...new Set(Object.values(EXPECTED_TYPES).flatMap((e) => e.types))];
  const fits = await typesFitting(qids, allTypes, client);
  for (const { entity, item } of links) {
    const qid = qidOf(item);
    const known = labels.get(qid);
    if (!known) {
      drift.push({
        entity,
        qid,
        problem: 'the item has no English or French label any more (deleted, merged or redirected?)',
      });
      continue;
    }
    const ours = linked.get(entity);
    const normal = (s: string) => s.normalize('NFC').toLowerCase();
    if (ours && !ours.labels.some((l) => known.some((k) => normal(k.value) === normal(l.value)))) {
      drift.push({
        entity,
        qid,
        problem: `none of our labels (${ours.labels.map(literal).join(', ')}) is among its labels (${known.slice(0, 4).map(literal).join(', ')})`,
      });
    }
    const expected = ours ? EXPECTED_TYPES[ours.type] : undefined;
    if (expected && !expected.types.some((t) => fits.get(qid)?.has(t)))
      drift.push({
        entity,
        qid,
        problem: `it is no longer ${expected.describe} (wdt:P31/wdt:P279* ${expected.types.map((t) => `wd:${t}`).join(' or ')})`,
      });
  }
  return { checked: links.length, drift };
}
