// The world map: countries named by the rows (country IRIs …/id/country/XX or ISO 3166-1 alpha-2
// codes) shaded by a column of a few values (a status, a kind), or all alike; rows that cannot be
// shaded (the European Union, the African Union Commission) listed beside it. The shapes are
// world-atlas's (Natural Earth, 1:50m), fetched from this server when a map is first shown; their
// ISO numeric ids meet the alpha-2 codes through i18n-iso-countries's table.
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import CODES from 'i18n-iso-countries/codes.json';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type Context, el } from './context.ts';
import { isDate, isNumber, type Row, type Solutions, type Term } from './sparql-json.ts';

const SVG = 'http://www.w3.org/2000/svg';
const ALPHA2 = new Set((CODES as string[][]).map((c) => c[0]));
const NUMERIC_TO_ALPHA2 = new Map((CODES as string[][]).map((c) => [c[2], c[0]]));
const COUNTRY_IRI = /\/id\/country\/([A-Z]{2})$/;
/** Distinct colours, readable against the page and each other (the first is the site's accent). */
const PALETTE = ['#1f4fd1', '#c0392b', '#1e8449', '#b9770e', '#7d3c98', '#117a8b', '#6d4c41', '#ad1457'];
const ALL_ALIKE = '#1f4fd1';
const EMPTY = '#e3e6ec';

/** Wikidata items the graph links (owl:sameAs) to its country IRIs, learnt from the endpoint for each result. */
const LINKED = new Map<string, string>();

const WIKIDATA_ENTITY = 'http://www.wikidata.org/entity/';

/** Asks the endpoint which of these Wikidata items the graph's countries are the same as (federated results name items). */
export async function learnLinkedCountries(items: string[]): Promise<void> {
  const wanted = [...new Set(items)].filter((i) => i.startsWith(WIKIDATA_ENTITY) && !LINKED.has(i)).slice(0, 500);
  if (wanted.length === 0) return;
  const values = wanted.map((i) => `<${i}>`).join(' ');
  const query = `SELECT ?local ?item WHERE { VALUES ?item { ${values} } ?local <http://www.w3.org/2002/07/owl#sameAs> ?item }`;
  const response = await fetch('/sparql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
    body: new URLSearchParams({ query }).toString(),
  });
  if (!response.ok) return;
  const json = (await response.json()) as { results: { bindings: { local?: Term; item?: Term }[] } };
  for (const { local, item } of json.results.bindings) {
    if (local && item && COUNTRY_IRI.test(local.value)) LINKED.set(item.value, local.value);
  }
}

/** The graph's country IRI for a Wikidata item it links, or the IRI itself. */
export function linkedIri(iri: string): string {
  return LINKED.get(iri) ?? iri;
}

/** The ISO 3166-1 alpha-2 code a term names, if it names a country: its IRI, a code, or a Wikidata item linked to one. */
export function countryCode(term: Term | undefined): string | undefined {
  if (!term) return undefined;
  const iri = term.type === 'uri' ? linkedIri(term.value) : undefined;
  const code = iri ? COUNTRY_IRI.exec(iri)?.[1] : term.type === 'literal' ? term.value : undefined;
  return code && /^[A-Z]{2}$/.test(code) && ALPHA2.has(code) ? code : undefined;
}

let world: Promise<Feature<Geometry, { name: string }>[]> | undefined;

function loadWorld(): Promise<Feature<Geometry, { name: string }>[]> {
  world ??= fetch('/assets/workbench/countries-50m.json')
    .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>)
    .then((topology) => {
      const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
      // Antarctica takes room and names no party.
      return countries.features.filter((f) => f.id !== '010');
    });
  return world;
}

/** The column that colours the map: a few distinct words (2 to 8), not the country nor its name. */
function categoryColumn(solutions: Solutions, country: string): string | undefined {
  return solutions.vars.find((name) => {
    if (name === country) return false;
    const values = solutions.rows.map((r) => r[name]).filter((t): t is Term => !!t);
    if (values.length === 0 || values.some((t) => t.type !== 'literal' || isNumber(t) || isDate(t))) return false;
    const distinct = new Set(values.map((t) => t.value)).size;
    return distinct >= 2 && distinct <= PALETTE.length;
  });
}

interface Party {
  row: Row;
  category: string;
}

export async function renderMap(context: Context, solutions: Solutions, country: string): Promise<HTMLElement> {
  const features = await loadWorld();
  const category = categoryColumn(solutions, country);
  const byCode = new Map<string, Party>();
  const unshaded: Party[] = [];
  const counts = new Map<string, number>();
  for (const row of solutions.rows) {
    const term = row[country];
    if (!term) continue;
    const party = { row, category: category ? (row[category]?.value ?? '') : context.say('inResults') };
    counts.set(party.category, (counts.get(party.category) ?? 0) + 1);
    const code = countryCode(term);
    if (code && !byCode.has(code)) byCode.set(code, party);
    else if (!code) unshaded.push(party);
  }
  const categories = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  const colour = (name: string) => (category ? (PALETTE[categories.indexOf(name)] ?? ALL_ALIKE) : ALL_ALIKE);

  const width = 960;
  const height = 470;
  const projection = geoEqualEarth().fitSize([width, height], { type: 'FeatureCollection', features });
  const path = geoPath(projection);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'wb-map');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', context.say('mapTitle'));
  const drawn = new Set<string>();
  for (const f of features) {
    const code = NUMERIC_TO_ALPHA2.get(String(f.id));
    const party = code ? byCode.get(code) : undefined;
    const shape = document.createElementNS(SVG, 'path');
    shape.setAttribute('d', path(f) ?? '');
    shape.setAttribute('fill', party ? colour(party.category) : EMPTY);
    if (!party || !code) {
      svg.append(shape);
      continue;
    }
    drawn.add(code);
    shape.setAttribute('data-code', code);
    shape.setAttribute('data-category', party.category);
    const local = linkedIri(party.row[country]?.value ?? '');
    const name = context.labels.get(local)?.name ?? context.text(party.row[country]);
    const label = category ? `${name}: ${party.category}` : name;
    const title = document.createElementNS(SVG, 'title');
    title.textContent = label;
    const link = document.createElementNS(SVG, 'a');
    const href = context.labels.get(local)?.href;
    if (href) link.setAttribute('href', href);
    link.setAttribute('aria-label', label);
    link.append(title, shape);
    // Small states (Malta, Singapore, Monaco, the Holy See) get a dot, to be seen and clicked.
    if (path.area(f) < 12) {
      const [x, y] = path.centroid(f);
      const dot = document.createElementNS(SVG, 'circle');
      dot.setAttribute('cx', x.toFixed(1));
      dot.setAttribute('cy', y.toFixed(1));
      dot.setAttribute('r', '4');
      dot.setAttribute('fill', colour(party.category));
      dot.setAttribute('class', 'wb-dot');
      link.append(dot);
    }
    svg.append(link);
  }
  for (const [code, party] of byCode) if (!drawn.has(code)) unshaded.push(party);

  const legendItems = categories.map((name) => {
    // By name, so that the legend reads the same whatever order the rows came in.
    const members = [...byCode.values(), ...unshaded]
      .filter((p) => p.category === name)
      .map((p) => ({ party: p, text: context.text(asLocal(p.row[country])) }))
      .sort((a, b) => a.text.localeCompare(b.text))
      .map(({ party }) => party);
    const few = members.length <= 5;
    return el(
      'li',
      { 'data-category': name },
      el('span', { class: 'wb-swatch', style: `background: ${colour(name)}`, 'aria-hidden': 'true' }),
      `${name} (${members.length})`,
      ...(few ? [': ', ...joinNodes(members.map((p) => context.node(asLocal(p.row[country]))))] : []),
    );
  });
  const legend = el(
    'div',
    { class: 'wb-legend' },
    el('h3', {}, context.say('legend')),
    el('ul', {}, ...legendItems),
    ...(unshaded.length
      ? [
          el('h3', {}, context.say('notOnMap')),
          el(
            'ul',
            { class: 'wb-unshaded' },
            ...unshaded.map((p) =>
              el('li', {}, context.node(asLocal(p.row[country])), category ? ` — ${p.category}` : ''),
            ),
          ),
        ]
      : []),
  );
  return el(
    'figure',
    { class: 'wb-chart wb-map-view' },
    el('figcaption', {}, context.say('mapTitle')),
    el('div', { class: 'wb-map-wrap' }, svg as unknown as Node, legend),
  );
}

/** A Wikidata item the graph links to a country, shown as that country (its name, its page). */
function asLocal(term: Term | undefined): Term | undefined {
  return term?.type === 'uri' ? { type: 'uri', value: linkedIri(term.value) } : term;
}

function joinNodes(nodes: Node[]): (Node | string)[] {
  return nodes.flatMap((node, i) => (i === 0 ? [node] : [', ', node]));
}
