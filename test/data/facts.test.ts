// Facts of the five sources, checked against the loaded graph. Each test names
// the source passage it checks (004/000: the report, EN/FR; 001: the
// declaration; 002: the Ouest-France preview; 003: the post-summit blog).

import type { Store } from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, select } from './helpers.ts';

const PREFIXES = `
PREFIX aas: <https://w3id.org/aiactionsummit/ontology#>
PREFIX country: <https://w3id.org/aiactionsummit/id/country/>
PREFIX organization: <https://w3id.org/aiactionsummit/id/organization/>
PREFIX company: <https://w3id.org/aiactionsummit/id/company/>
PREFIX person: <https://w3id.org/aiactionsummit/id/person/>
PREFIX event: <https://w3id.org/aiactionsummit/id/event/>
PREFIX place: <https://w3id.org/aiactionsummit/id/place/>
PREFIX initiative: <https://w3id.org/aiactionsummit/id/initiative/>
PREFIX document: <https://w3id.org/aiactionsummit/id/document/>
PREFIX figure: <https://w3id.org/aiactionsummit/id/figure/>
PREFIX investment: <https://w3id.org/aiactionsummit/id/investment/>
PREFIX amount: <https://w3id.org/aiactionsummit/id/amount/>
PREFIX measure: <https://w3id.org/aiactionsummit/id/measure/>
PREFIX graph: <https://w3id.org/aiactionsummit/graph/>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;

const ID = 'https://w3id.org/aiactionsummit/id/';
const GRAPH = 'https://w3id.org/aiactionsummit/graph/';
const AAS = 'https://w3id.org/aiactionsummit/ontology#';

const SOURCE_GRAPHS = ['report-en', 'report-fr', 'declaration', 'ouest-france-preview', 'post-summit-blog'];

let store: Store;
beforeAll(async () => {
  store = await loadGraph();
});

// Note: with use_default_graph_as_union, Oxigraph returns a triple once per graph
// holding it, so union queries below use SELECT DISTINCT.
const rows = (query: string) => select(store, PREFIXES + query);
const column = (query: string, name: string) => rows(query).map((row) => row[name]);
const sorted = (values: string[]) => [...values].sort();
/** The objects of one subject and predicate in one named graph (prefixed names). */
const objectsIn = (graph: string, subject: string, predicate: string) =>
  sorted(column(`SELECT ?o WHERE { GRAPH graph:${graph} { ${subject} ${predicate} ?o } }`, 'o'));
const ids = (kind: string, slugs: string[]) => sorted(slugs.map((slug) => `${ID}${kind}/${slug}`));

// ---------------------------------------------------------------------------
// 001: the declaration and its signatories
// ---------------------------------------------------------------------------

// 001, "Pays signataires :" 1-60, with the French names as the list gives them
// ("Emirats arabes unis" [sic] is labelled with its correct spelling).
const SIGNATORIES_IN_ORDER = [
  'Arménie',
  'Australie',
  'Autriche',
  'Belgique',
  'Brésil',
  'Bulgarie',
  'Cambodge',
  'Canada',
  'Chili',
  'Chine',
  'Croatie',
  'Chypre',
  'République tchèque',
  'Danemark',
  'Djibouti',
  'Estonie',
  'Finlande',
  'France',
  'Allemagne',
  'Grèce',
  'Hongrie',
  'Inde',
  'Indonésie',
  'Irlande',
  'Italie',
  'Japon',
  'Kazakhstan',
  'Kenya',
  'Lettonie',
  'Lituanie',
  'Luxembourg',
  'Malte',
  'Mexique',
  'Monaco',
  'Maroc',
  'Nouvelle-Zélande',
  'Nigéria',
  'Norvège',
  'Pologne',
  'Portugal',
  'Roumanie',
  'Rwanda',
  'Sénégal',
  'Serbie',
  'Singapour',
  'Slovaquie',
  'Slovénie',
  'Afrique du Sud',
  'République de Corée',
  'Espagne',
  'Suède',
  'Suisse',
  'Thaïlande',
  'Pays-Bas',
  'Émirats arabes unis',
  'Ukraine',
  'Uruguay',
  'Vatican',
  'Union européenne',
  "Commission de l'Union africaine",
];

describe('the declaration (001)', () => {
  it('lists exactly 60 signatories, one aas:Signature and one aas:hasSignatory each', () => {
    const counts = rows(`
      SELECT (COUNT(DISTINCT ?sig) AS ?signatures) (COUNT(DISTINCT ?who) AS ?signatories) WHERE {
        GRAPH graph:declaration {
          document:paris-declaration aas:signature ?sig . ?sig aas:signatory ?who .
          document:paris-declaration aas:hasSignatory ?who .
        }
      }`);
    expect(counts).toEqual([{ signatures: '60', signatories: '60' }]);
  });

  it('keeps the published order of the 60 signatories, positions 1 to 60, with their French labels', () => {
    const list = rows(`
      SELECT DISTINCT ?position ?label WHERE {
        GRAPH graph:declaration { document:paris-declaration aas:signature ?sig .
          ?sig aas:listPosition ?position ; aas:signatory ?who . }
        ?who rdfs:label ?label . FILTER(lang(?label) = "fr")
      } ORDER BY ?position`);
    expect(list.map((row) => Number(row.position))).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(list.map((row) => row.label)).toEqual(SIGNATORIES_IN_ORDER);
  });

  it('keeps each list entry as written, including "Emirats arabes unis" (55) and "Vatican" (58)', () => {
    const entry = (position: number) =>
      rows(`SELECT ?text ?who WHERE { GRAPH graph:declaration {
        ?sig aas:listPosition ?position ; aas:statedAs ?text ; aas:signatory ?who } FILTER(?position = ${position}) }`);
    expect(entry(55)).toEqual([{ text: 'Emirats arabes unis', who: `${ID}country/AE` }]);
    expect(entry(58)).toEqual([{ text: 'Vatican', who: `${ID}country/VA` }]);
  });

  it('has only states and supranational bodies as signatories (58 states, the EU, the AU Commission)', () => {
    const kinds = rows(`
      SELECT ?kind (COUNT(DISTINCT ?who) AS ?n) WHERE {
        GRAPH graph:declaration { document:paris-declaration aas:hasSignatory ?who . ?who a ?kind . }
      } GROUP BY ?kind ORDER BY ?kind`);
    expect(kinds).toEqual([
      { kind: 'https://schema.org/Country', n: '58' },
      { kind: `${AAS}SupranationalBody`, n: '2' },
    ]);
    expect(objectsIn('declaration', `<${ID}signature/paris-declaration-59>`, 'aas:signatory')).toEqual([
      `${ID}organization/european-union`,
    ]);
    expect(objectsIn('declaration', `<${ID}signature/paris-declaration-60>`, 'aas:signatory')).toEqual([
      `${ID}organization/african-union-commission`,
    ]);
  });

  it('has the French title of 001, is dated 11 February 2025 and was made in Paris', () => {
    expect(objectsIn('declaration', 'document:paris-declaration', 'dcterms:title')).toEqual([
      'Déclaration sur une intelligence artificielle durable et inclusive pour la population et la planète',
    ]);
    expect(objectsIn('declaration', 'document:paris-declaration', 'dcterms:date')).toEqual(['2025-02-11']);
    expect(objectsIn('declaration', 'document:paris-declaration', 'schema:locationCreated')).toEqual([
      `${ID}place/paris`,
    ]);
  });

  it('names the nine founding members of the public-interest AI platform (footnote 2)', () => {
    // "Kenya, Allemagne, Chili, Finlande, Slovaquie, France, Nigeria, Maroc, Inde."
    const founders = ids('country', ['KE', 'DE', 'CL', 'FI', 'SK', 'FR', 'NG', 'MA', 'IN']);
    expect(objectsIn('declaration', 'initiative:public-interest-ai-platform', 'aas:foundingMember')).toEqual(founders);
    expect(objectsIn('declaration', 'initiative:public-interest-ai-platform', 'aas:launchedBy')).toEqual(founders);
  });

  it('announces three actions: the platform, the AI-energy observatory at the IEA and the labour observatories network', () => {
    expect(objectsIn('declaration', 'document:paris-declaration', 'aas:action')).toEqual(
      ids('initiative', [
        'public-interest-ai-platform',
        'ai-energy-observatory',
        'labour-market-observatories-network',
      ]),
    );
    // "créer un observatoire sur les effets de l'IA en matière d'énergie dans le cadre de l'Agence internationale de l'Énergie"
    expect(objectsIn('declaration', 'initiative:ai-energy-observatory', 'aas:hostedBy')).toEqual([
      `${ID}organization/iea`,
    ]);
  });

  it('follows three principles and affirms six priorities (§1, §3)', () => {
    expect(objectsIn('declaration', 'document:paris-declaration', 'aas:principle')).toHaveLength(3);
    expect(objectsIn('declaration', 'document:paris-declaration', 'aas:priority')).toHaveLength(6);
    expect(objectsIn('declaration', 'document:paris-declaration', 'aas:priority')).toContain(
      "Rendre l'IA durable pour les populations et la planète.",
    );
  });

  it('covers civil uses of AI only (footnote 1) and cites the WSIS (footnote 3)', () => {
    const [scope] = objectsIn('declaration', 'document:paris-declaration', 'aas:scope');
    expect(scope).toContain('exclusivement les applications et utilisations civiles');
    expect(objectsIn('declaration', 'document:paris-declaration', 'aas:cites')).toContain(
      `${ID}event/world-summit-information-society`,
    );
  });

  it('cites the frameworks of §3, the past summits of §5 and the coming events of §6', () => {
    const cited = objectsIn('declaration', 'document:paris-declaration', 'aas:cites');
    for (const iri of [
      'document/global-digital-compact',
      'document/unesco-recommendation-ethics-ai',
      'document/au-continental-ai-strategy',
      'document/hiroshima-ai-process',
      'document/un-general-assembly-ai-resolutions',
      'document/paris-pact-for-people-and-the-planet',
      'organization/oecd',
      'organization/council-of-europe',
      'organization/g7',
      'organization/g20',
      'event/bletchley-park-ai-summit',
      'event/seoul-ai-summits',
      'event/global-ai-summit-on-africa-2025',
      'event/unesco-global-forum-ethics-ai-2025',
      'event/world-ai-conference-2025',
      'event/ai-for-good-global-summit-2025',
    ])
      expect(cited).toContain(ID + iri);
    // "le 3e Forum mondial sur l'éthique de l'IA qui sera organisé par la Thaïlande et l'UNESCO"
    expect(objectsIn('declaration', 'event:unesco-global-forum-ethics-ai-2025', 'schema:organizer')).toEqual(
      sorted([`${ID}country/TH`, `${ID}organization/unesco`]),
    );
  });

  it('states that the summit was co-chaired by France and India (001 header)', () => {
    expect(objectsIn('declaration', 'event:2025-02-10-summit', 'aas:coChair')).toEqual(ids('country', ['FR', 'IN']));
  });
});

// ---------------------------------------------------------------------------
// Disagreements between sources, kept with their sources
// ---------------------------------------------------------------------------

/** Every claim (graph, value, qualifier) about one entity and measure. */
function claims(about: string, measure: string) {
  return rows(`
    SELECT ?g ?value ?qualifier WHERE {
      GRAPH ?g { ?f a aas:Figure ; aas:about ${about} ; aas:measure ${measure} ; schema:value ?value ; aas:qualifier ?q . }
      BIND(STRAFTER(STR(?q), "#") AS ?qualifier)
    } ORDER BY ?g ?value ?qualifier`).map((row) => `${row.g.replace(GRAPH, '')} ${row.value} ${row.qualifier}`);
}

describe('disagreements between sources', () => {
  it('keeps 64 and "more than 60" (reports), 60 entries (001 list) and "une soixantaine" (003) signatories', () => {
    expect(claims('document:paris-declaration', 'measure:signatories')).toEqual([
      'declaration 60 Exactly',
      'post-summit-blog 60 Approximately',
      'report-en 60 MoreThan',
      'report-en 64 Exactly',
      'report-fr 60 MoreThan',
      'report-fr 64 Exactly',
    ]);
  });

  it('keeps "près de 100" heads of state (002, before) and "plus de 40" (003, after)', () => {
    expect(claims('event:2025-02-10-summit', 'measure:heads-of-state')).toEqual([
      'ouest-france-preview 100 Approximately',
      'post-summit-blog 40 MoreThan',
    ]);
  });

  it('keeps 120 companies in the European AI Champions initiative (reports) and "plus de 60" (003)', () => {
    expect(claims('initiative:eu-ai-champions', 'measure:companies')).toEqual([
      'post-summit-blog 60 MoreThan',
      'report-en 120 Exactly',
      'report-fr 120 Exactly',
    ]);
  });

  it('keeps the reports\' "African Union" and 001\'s "African Union Commission" as distinct signatories', () => {
    expect(objectsIn('report-en', 'document:paris-declaration', 'aas:hasSignatory')).toContain(
      `${ID}organization/african-union`,
    );
    expect(objectsIn('declaration', 'document:paris-declaration', 'aas:hasSignatory')).not.toContain(
      `${ID}organization/african-union`,
    );
  });

  it('names the United States and the United Kingdom as not signing (003)', () => {
    expect(objectsIn('post-summit-blog', 'document:paris-declaration', 'aas:notSignedBy')).toEqual(
      ids('country', ['GB', 'US']),
    );
  });

  it("keeps 003's 40 + 69 billion breakdown of the 109 billion apart from the report's private investment", () => {
    expect(
      column(
        `SELECT ?part WHERE { GRAPH graph:post-summit-blog {
      ?part aas:partOf investment:france-ai-109bn-post-summit-blog } }`,
        'part',
      ).sort(),
    ).toEqual(ids('investment', ['france-ai-private-69bn', 'france-ai-public-rd-40bn']));
    expect(
      objectsIn('curated', 'investment:france-ai-109bn-post-summit-blog', '<http://www.w3.org/ns/prov#alternateOf>'),
    ).toEqual([`${ID}investment/france-ai-infrastructure-109bn`]);
  });

  it('keeps where each source puts the AI science days: Institut Polytechnique de Paris (reports), Paris-Saclay (002)', () => {
    expect(objectsIn('report-en', 'event:2025-02-06-ai-science-society-conference', 'schema:location')).toEqual([
      `${ID}place/institut-polytechnique-de-paris`,
    ]);
    expect(
      objectsIn('ouest-france-preview', 'event:2025-02-06-ai-science-society-conference', 'schema:location'),
    ).toEqual([`${ID}place/paris-saclay`]);
  });
});

// ---------------------------------------------------------------------------
// 004/000: initiatives, their members and figures
// ---------------------------------------------------------------------------

describe('initiatives of the summit report (004, 000)', () => {
  it('Current AI is supported by ten countries, seven of them named, in both editions', () => {
    const seven = ids('country', ['CL', 'FI', 'FR', 'DE', 'IN', 'KE', 'NG']);
    for (const graph of ['report-en', 'report-fr']) {
      expect(objectsIn(graph, 'initiative:current-ai', 'aas:supportedBy')).toEqual(seven);
      expect(objectsIn(graph, 'figure:current-ai-supporting-countries', 'schema:value')).toEqual(['10']);
    }
  });

  it('Current AI focuses on three key areas and has an initial EUR 400 million over five years', () => {
    expect(objectsIn('report-en', 'initiative:current-ai', 'dcterms:subject')).toEqual(
      sorted(['data', 'openness', 'accountability of AI models']),
    );
    expect(objectsIn('report-fr', 'investment:current-ai-400m', 'aas:period')).toEqual(['P5Y']);
    expect(objectsIn('report-fr', 'investment:current-ai-400m', 'aas:fundsInitiative')).toEqual([
      `${ID}initiative/current-ai`,
    ]);
  });

  it('the Coalition for Sustainable AI was launched by France, UNEP and ITU and counts 96 partners (39 + 13 + 6), 7 initiatives', () => {
    expect(objectsIn('report-en', 'initiative:coalition-for-sustainable-ai', 'aas:launchedBy')).toEqual(
      sorted([`${ID}country/FR`, `${ID}organization/unep`, `${ID}organization/itu`]),
    );
    const values = rows(`SELECT ?f ?v WHERE { GRAPH graph:report-fr {
      ?f aas:about initiative:coalition-for-sustainable-ai ; schema:value ?v } } ORDER BY ?f`);
    expect(Object.fromEntries(values.map((row) => [row.f.replace(`${ID}figure/`, ''), Number(row.v)]))).toEqual({
      'coalition-initiatives': 7,
      'coalition-partner-companies': 39,
      'coalition-partner-countries': 13,
      'coalition-partner-international-organizations': 6,
      'coalition-partners': 96,
    });
    expect(objectsIn('report-en', 'initiative:iea-data-centre-energy-initiative', 'aas:launchedBy')).toEqual([
      `${ID}organization/iea`,
    ]);
  });

  it("the pledge on AI in the world of work names three of its six objectives, in each edition's wording, and five networks", () => {
    expect(objectsIn('report-en', 'initiative:pledge-trustworthy-ai-world-of-work', 'aas:objective')).toEqual(
      sorted([
        'promoting social dialogue',
        'ensuring occupational safety and health in the workplace',
        'promoting productivity and inclusiveness across value chains',
      ]),
    );
    expect(objectsIn('report-fr', 'initiative:pledge-trustworthy-ai-world-of-work', 'aas:objective')).toEqual(
      sorted([
        'la promotion du dialogue social',
        'la garantie de la sécurité et de la santé au travail',
        "la promotion de la productivité et de l'inclusivité tout au long des chaînes de valeur",
      ]),
    );
    expect(objectsIn('report-fr', 'initiative:pledge-trustworthy-ai-world-of-work', 'aas:signatoryNetwork')).toEqual(
      ids('organization', ['impact-ai', 'global-deal-france', 'les-entreprises-s-engagent', 'positive-ai', 'aedipe']),
    );
    expect(claims('initiative:pledge-trustworthy-ai-world-of-work', 'measure:objectives')).toEqual([
      'report-en 6 Exactly',
      'report-fr 6 Exactly',
    ]);
    expect(claims('initiative:pledge-trustworthy-ai-world-of-work', 'measure:companies')).toEqual([
      'report-en 60 Approximately',
      'report-fr 60 Approximately',
    ]);
  });

  it("the network on AI's impact on labour is coordinated by the ILO and the OECD", () => {
    expect(objectsIn('report-fr', 'initiative:ai-labour-impact-knowledge-network', 'aas:coordinatedBy')).toEqual(
      ids('organization', ['ilo', 'oecd']),
    );
  });

  it('the European AI Champions initiative names eleven members', () => {
    const eleven = ids('company', [
      'airbus',
      'asml',
      'axa',
      'deutsche-bank',
      'edf',
      'helsing',
      'mistral-ai',
      'orange',
      'publicis',
      'sap',
      'siemens',
    ]);
    expect(objectsIn('report-en', 'initiative:eu-ai-champions', 'schema:member')).toEqual(eleven);
    expect(objectsIn('report-fr', 'initiative:eu-ai-champions', 'schema:member')).toEqual(eleven);
  });

  it('the governance map was instigated (004) / led (000) by France and India', () => {
    expect(objectsIn('report-en', 'initiative:ai-governance-map', 'aas:launchedBy')).toEqual(
      ids('country', ['FR', 'IN']),
    );
    expect(objectsIn('report-fr', 'initiative:ai-governance-map', 'aas:ledBy')).toEqual(ids('country', ['FR', 'IN']));
  });

  it('INESIA will represent France in the network of AI safety institutes; 004 adds "and safety" to its aims', () => {
    // "It will represent France within the network": a future member, not a present one.
    for (const graph of ['report-en', 'report-fr']) {
      expect(objectsIn(graph, 'initiative:network-of-ai-safety-institutes', 'schema:member')).toEqual([]);
      expect(objectsIn(graph, 'initiative:network-of-ai-safety-institutes', 'aas:futureMember')).toEqual([
        `${ID}organization/inesia`,
      ]);
    }
    expect(objectsIn('report-en', 'organization:inesia', 'aas:objective')).toContain(
      'evaluate the performance and safety of AI models',
    );
    expect(objectsIn('report-fr', 'organization:inesia', 'aas:objective')).toContain(
      "évaluer la performance des modèles d'IA",
    );
  });

  it('the reports name the six signatories they single out, including the African Union', () => {
    expect(objectsIn('report-fr', 'document:paris-declaration', 'aas:hasSignatory')).toEqual(
      sorted([
        ...ids('country', ['IN', 'CN', 'CA', 'AU']),
        `${ID}organization/european-union`,
        `${ID}organization/african-union`,
      ]),
    );
  });

  it('the summit has a special envoy and five envoys (004 end), with Martin Tisné correctly spelt', () => {
    expect(objectsIn('report-en', 'event:ai-action-summit', 'aas:specialEnvoy')).toEqual([`${ID}person/anne-bouverot`]);
    expect(objectsIn('report-fr', 'event:ai-action-summit', 'aas:envoy')).toEqual(
      ids('person', ['sana-de-courcelles', 'guillaume-poupard', 'martin-tisne', 'roxanne-varza', 'henri-verdier']),
    );
    expect(column(`SELECT DISTINCT ?l WHERE { person:martin-tisne rdfs:label ?l }`, 'l')).toEqual([
      'Martin Tisné',
      'Martin Tisné',
    ]);
    expect(objectsIn('report-fr', 'person:martin-tisne', 'skos:hiddenLabel')).toEqual(['Martin Tisé']);
  });
});

// ---------------------------------------------------------------------------
// Events: dates and venues
// ---------------------------------------------------------------------------

// [event, graph, start, end, venues]; the start is a day (schema:startDate) or, for the coming meetings the
// report dates by month only, a month (aas:month).
const EVENTS: [string, string, string, string | undefined, string[]][] = [
  ['ai-action-summit', 'report-en', '2025-02-06', '2025-02-11', ['place/paris']],
  ['ai-action-summit', 'report-fr', '2025-02-06', '2025-02-11', ['place/paris']],
  [
    '2025-02-06-ai-science-society-conference',
    'report-en',
    '2025-02-06',
    '2025-02-07',
    ['place/institut-polytechnique-de-paris'],
  ],
  [
    '2025-02-08-cultural-weekend',
    'report-fr',
    '2025-02-08',
    '2025-02-09',
    ['place/bibliotheque-nationale-de-france', 'place/conciergerie'],
  ],
  [
    '2025-02-08-cultural-weekend',
    'ouest-france-preview',
    '2025-02-08',
    '2025-02-09',
    ['place/bibliotheque-nationale-de-france', 'place/conciergerie'],
  ],
  ['2025-02-10-summit', 'report-en', '2025-02-10', '2025-02-11', ['place/grand-palais']],
  ['2025-02-10-summit', 'declaration', '2025-02-10', '2025-02-11', ['place/paris']],
  ['2025-02-10-summit', 'ouest-france-preview', '2025-02-10', '2025-02-11', ['place/grand-palais']],
  ['2025-02-10-summit', 'post-summit-blog', '2025-02-10', '2025-02-11', ['place/paris']],
  ['2025-02-11-events', 'report-en', '2025-02-11', '2025-02-11', []],
  ['2025-02-11-closing-ceremony', 'report-fr', '2025-02-11', undefined, ['place/grand-palais']],
  ['business-day', 'ouest-france-preview', '2025-02-11', '2025-02-11', ['place/station-f']],
  ['rightscon-2025', 'report-en', '2025-02', undefined, ['place/taipei']],
  ['global-ai-summit-on-africa-2025', 'report-en', '2025-04', undefined, ['place/kigali']],
  ['unesco-global-forum-ethics-ai-2025', 'report-fr', '2025-06', undefined, ['place/bangkok']],
  ['ai-for-good-global-summit-2025', 'report-en', '2025-07', undefined, ['place/geneva']],
];

describe('events: dates and venues', () => {
  it.each(EVENTS)('%s in graph:%s runs from %s to %s', (event, graph, start, end, venues) => {
    const subject = `<${ID}event/${event}>`;
    expect(objectsIn(graph, subject, 'schema:startDate|aas:month')).toEqual([start]);
    expect(objectsIn(graph, subject, 'schema:endDate')).toEqual(end ? [end] : []);
    expect(objectsIn(graph, subject, 'schema:location')).toEqual(sorted(venues.map((venue) => ID + venue)));
  });

  it('the sideline meetings of 004/000 (Business Day, AI in the City, Forum for Sustainable AI) are in the week', () => {
    expect(
      column(`SELECT ?e WHERE { GRAPH graph:report-en { ?e schema:superEvent event:ai-action-summit } }`, 'e').sort(),
    ).toEqual(
      ids('event', [
        '2025-02-06-ai-science-society-conference',
        '2025-02-08-cultural-weekend',
        '2025-02-10-summit',
        '2025-02-11-events',
        'business-day',
        'ai-in-the-city',
        'forum-for-sustainable-ai',
      ]),
    );
  });

  it('dates events by day, month or year, each with its own property and datatype', () => {
    const kinds = rows(`SELECT ?p ?type (COUNT(*) AS ?n) WHERE {
      ?e a schema:Event ; ?p ?d VALUES ?p { schema:startDate schema:endDate aas:month aas:year } BIND(DATATYPE(?d) AS ?type)
    } GROUP BY ?p ?type ORDER BY ?p`);
    expect(kinds.map((row) => [row.p.replace(/^.*[#/]/, ''), row.type.replace(/^.*#/, '')])).toEqual([
      ['endDate', 'date'],
      ['startDate', 'date'],
      ['month', 'gYearMonth'],
      ['year', 'gYear'],
    ]);
  });

  it('marks the coming meetings of the reports and of the declaration as upcoming (004, 000, 001 §6)', () => {
    const upcoming = (graph: string) =>
      column(`SELECT ?e WHERE { GRAPH graph:${graph} { ?e aas:upcomingAfter ?after } } ORDER BY ?e`, 'e');
    // 004: "After the Paris Summit, the upcoming key events for AI action": RightsCon, the Global AI Summit on
    // Africa, the UNESCO Global Forum, the AI for Good Global Summit, the Fourth Global AI Summit.
    expect(upcoming('report-en')).toEqual(
      ids('event', [
        'ai-for-good-global-summit-2025',
        'fourth-global-ai-summit',
        'global-ai-summit-on-africa-2025',
        'rightscon-2025',
        'unesco-global-forum-ethics-ai-2025',
      ]),
    );
    // 001 §6: "le Sommet de Kigali, le 3e Forum mondial sur l'éthique de l'IA ..., la Conférence mondiale sur
    // l'IA en 2025 et le Sommet mondial de 2025 sur l'IA au service du bien social"
    expect(upcoming('declaration')).toEqual(
      ids('event', [
        'ai-for-good-global-summit-2025',
        'global-ai-summit-on-africa-2025',
        'unesco-global-forum-ethics-ai-2025',
        'world-ai-conference-2025',
      ]),
    );
    expect(objectsIn('declaration', 'event:world-ai-conference-2025', 'aas:year')).toEqual(['2025']);
  });

  it('the fourth summit is to be held by India, the AI for Good summit by the ITU (004)', () => {
    expect(objectsIn('report-en', 'event:fourth-global-ai-summit', 'schema:organizer')).toEqual([`${ID}country/IN`]);
    expect(objectsIn('report-en', 'event:ai-for-good-global-summit-2025', 'schema:organizer')).toEqual([
      `${ID}organization/itu`,
    ]);
  });

  it('Elon Musk and Donald Trump are invited, presence to be confirmed (002)', () => {
    expect(objectsIn('ouest-france-preview', 'event:2025-02-10-summit', 'aas:invitee')).toEqual(
      ids('person', ['donald-trump', 'elon-musk']),
    );
  });
});

// ---------------------------------------------------------------------------
// Figures of the summit week (004/000)
// ---------------------------------------------------------------------------

// [figure, value, qualifier, measure]
const WEEK_FIGURES: [string, number, string, string][] = [
  ['preparation-labelled-events', 250, 'MoreThan', 'labelled-events'],
  ['preparation-consultation-participants', 40000, 'MoreThan', 'consultation-participants'],
  ['preparation-contributors', 800, 'MoreThan', 'contributors'],
  ['preparation-contributor-countries', 100, 'MoreThan', 'contributor-countries'],
  ['showcase-candidates', 700, 'MoreThan', 'candidates'],
  ['science-conference-participants', 3800, 'Exactly', 'participants'],
  ['science-conference-academia-share', 70, 'Exactly', 'share-from-academia'],
  ['science-conference-speakers', 94, 'Exactly', 'speakers'],
  ['cultural-weekend-participants', 3000, 'Exactly', 'participants'],
  ['summit-participants', 1500, 'Exactly', 'participants'],
  ['summit-journalists', 500, 'MoreThan', 'journalists'],
  ['summit-countries-represented', 100, 'Approximately', 'countries-represented'],
  ['summit-participant-countries', 100, 'MoreThan', 'countries-represented'],
  ['summit-demonstrations', 63, 'Exactly', 'demonstrations'],
  ['summit-speakers', 148, 'Exactly', 'speakers'],
  ['summit-speaker-countries', 43, 'Exactly', 'speaker-countries'],
  ['summit-speakers-women-share', 48, 'Exactly', 'share-women'],
  ['summit-speakers-ngo-academia-share', 27, 'Exactly', 'share-ngo-academia'],
  ['2025-02-11-events-count', 100, 'MoreThan', 'events'],
  ['2025-02-11-events-participants', 5000, 'MoreThan', 'participants'],
  ['paris-actions-count', 100, 'MoreThan', 'actions-and-commitments'],
];

describe('figures of the summit week, stated by both report editions', () => {
  it.each(WEEK_FIGURES)(
    '%s is %d (%s) %s in graph:report-en and graph:report-fr',
    (slug, value, qualifier, measure) => {
      for (const graph of ['report-en', 'report-fr']) {
        const found = rows(`SELECT ?v ?q ?m WHERE { GRAPH graph:${graph} {
        <${ID}figure/${slug}> schema:value ?v ; aas:qualifier ?q ; aas:measure ?m } }`);
        expect(found).toEqual([{ v: String(value), q: AAS + qualifier, m: `${ID}measure/${measure}` }]);
      }
    },
  );

  it('keeps percentages with their base figure: 48% and 27% of the 148 speakers, 70% of 3,800 participants', () => {
    const shares = rows(`SELECT DISTINCT ?f ?base WHERE { ?f schema:unitText "percent" ; aas:percentageOf ?base }`);
    expect(
      Object.fromEntries(
        shares.map((row) => [row.f.replace(`${ID}figure/`, ''), row.base.replace(`${ID}figure/`, '')]),
      ),
    ).toEqual({
      'science-conference-academia-share': 'science-conference-participants',
      'summit-speakers-women-share': 'summit-speakers',
      'summit-speakers-ngo-academia-share': 'summit-speakers',
    });
  });

  it("keeps each source's wording of a figure, with its language", () => {
    expect(objectsIn('report-en', 'figure:summit-journalists', 'aas:statedAs')).toEqual(['More than 500 journalists']);
    expect(objectsIn('report-fr', 'figure:summit-countries-represented', 'aas:statedAs')).toEqual([
      'une centaine de pays représentés',
    ]);
    expect(
      column(
        `SELECT (lang(?s) AS ?l) WHERE { GRAPH graph:report-fr { figure:summit-journalists aas:statedAs ?s } }`,
        'l',
      ),
    ).toEqual(['fr']);
  });

  it('the summit was granted the "Equality at a Major Event" label', () => {
    expect(objectsIn('report-en', 'event:ai-action-summit', 'schema:award')).toEqual(['Equality at a Major Event']);
  });
});

// ---------------------------------------------------------------------------
// Investments: amounts and currencies
// ---------------------------------------------------------------------------

// [amount, graph, value, currency, qualifier]
const AMOUNTS: [string, string, string, string, string][] = [
  ['current-ai-400m-eur', 'report-en', '400000000', 'EUR', 'Exactly'],
  ['france-ai-infrastructure-109bn-eur', 'report-fr', '109000000000', 'EUR', 'Exactly'],
  ['ai-gigafactories-20bn-eur', 'report-en', '20000000000', 'EUR', 'Exactly'],
  ['investai-200bn-eur', 'report-fr', '200000000000', 'EUR', 'Exactly'],
  ['france-ai-since-2018-2-5bn-eur', 'ouest-france-preview', '2500000000', 'EUR', 'Exactly'],
  ['french-ai-start-ups-2024-2bn-eur', 'ouest-france-preview', '2000000000', 'EUR', 'Approximately'],
  ['eu-ai-200bn-post-summit-blog-eur', 'post-summit-blog', '200000000000', 'EUR', 'Exactly'],
  ['stargate-500bn-usd', 'post-summit-blog', '500000000000', 'USD', 'Approximately'],
  ['stargate-first-tranche-100bn-usd', 'post-summit-blog', '100000000000', 'USD', 'Exactly'],
];

describe('investments: amounts and currencies', () => {
  it.each(AMOUNTS)('%s in graph:%s is %s %s (%s)', (slug, graph, value, currency, qualifier) => {
    const found = rows(`SELECT ?v ?c ?q WHERE { GRAPH graph:${graph} {
      <${ID}amount/${slug}> schema:value ?v ; schema:currency ?c ; aas:qualifier ?q } }`);
    expect(found).toEqual([{ v: value, c: currency, q: AAS + qualifier }]);
  });

  it('003 gives no currency for its 109, 40 and 69 billion: EUR is a curated, explained addition', () => {
    for (const slug of ['france-ai-109bn-post-summit-blog', 'france-ai-public-rd-40bn', 'france-ai-private-69bn']) {
      expect(objectsIn('post-summit-blog', `<${ID}amount/${slug}>`, 'schema:currency')).toEqual([]);
      expect(objectsIn('curated', `<${ID}amount/${slug}>`, 'schema:currency')).toEqual(['EUR']);
      expect(objectsIn('curated', `<${ID}amount/${slug}>`, 'aas:curationNote')).toHaveLength(1);
    }
  });

  it('Stargate: about 500 billion dollars over 5 years, a first tranche of 100 billion already committed (003)', () => {
    expect(objectsIn('post-summit-blog', 'investment:stargate-500bn', 'aas:period')).toEqual(['P5Y']);
    expect(objectsIn('post-summit-blog', 'investment:stargate-first-tranche-100bn', 'aas:partOf')).toEqual([
      `${ID}investment/stargate-500bn`,
    ]);
    expect(objectsIn('post-summit-blog', 'investment:stargate-500bn', 'aas:announcedBy')).toEqual([
      `${ID}person/donald-trump`,
    ]);
  });

  it("003's 69 billion of private investment names Google, Microsoft and NVIDIA; Iliad and Thales pledge too", () => {
    expect(objectsIn('post-summit-blog', 'investment:france-ai-private-69bn', 'aas:investor')).toEqual(
      ids('company', ['google', 'microsoft', 'nvidia']),
    );
    expect(objectsIn('post-summit-blog', 'investment:french-groups-pledges', 'aas:investor')).toEqual(
      ids('company', ['iliad', 'thales']),
    );
    // "la France va investir 109 milliards"; "Les fonds promis proviennent en premier lieu des Émirats arabes
    // unis, du Canada et des États-Unis": main sources of the funds, not investors.
    expect(objectsIn('post-summit-blog', 'investment:france-ai-109bn-post-summit-blog', 'aas:investor')).toEqual([
      `${ID}country/FR`,
    ]);
    expect(
      objectsIn('post-summit-blog', 'investment:france-ai-109bn-post-summit-blog', 'aas:mainFundingSource'),
    ).toEqual(ids('country', ['AE', 'CA', 'US']));
  });

  it('the EUR 200 billion of the reports go via InvestAI and the EU AI Champions initiative', () => {
    expect(objectsIn('report-en', 'investment:investai-200bn', 'aas:via')).toEqual(
      ids('initiative', ['investai', 'eu-ai-champions']),
    );
  });

  it('002 counts 16 French unicorns including Mistral AI and Qonto, and 1,000 AI start-ups', () => {
    expect(objectsIn('ouest-france-preview', 'figure:french-unicorns', 'aas:includes')).toEqual(
      ids('company', ['mistral-ai', 'qonto']),
    );
    expect(objectsIn('ouest-france-preview', 'figure:french-unicorns', 'schema:value')).toEqual(['16']);
    expect(objectsIn('ouest-france-preview', 'figure:french-ai-start-ups', 'schema:value')).toEqual(['1000']);
  });
});

// ---------------------------------------------------------------------------
// Labels and source descriptions
// ---------------------------------------------------------------------------

describe('labels and provenance', () => {
  it('gives every subject of the source graphs an rdfs:label', () => {
    const unlabelled = column(
      `
      SELECT DISTINCT ?s WHERE {
        VALUES ?g { ${SOURCE_GRAPHS.map((g) => `graph:${g}`).join(' ')} graph:curated }
        GRAPH ?g { ?s ?p ?o }
        FILTER NOT EXISTS { ?s rdfs:label ?label }
      } ORDER BY ?s`,
      's',
    );
    expect(unlabelled).toEqual([]);
  });

  it('describes every named graph in graph:sources, including graph:sources and the ontology graph', () => {
    const graphs = column(`SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g`, 'g');
    expect(graphs).toEqual(
      sorted([...SOURCE_GRAPHS, 'curated', 'sources', 'ontology', 'wikidata-links'].map((g) => GRAPH + g)),
    );
    const described = column(
      `
      SELECT DISTINCT ?g WHERE { GRAPH graph:sources {
        ?g a aas:SourceGraph ; dcterms:title ?title ; dcterms:language ?language ; aas:sourceKind ?kind ;
           dcterms:source ?file ; dcterms:description ?description .
      } } ORDER BY ?g`,
      'g',
    );
    expect(described).toEqual(graphs);
  });

  it('names each source file and kind: 004/000/001 official, 002 press, 003 commentary', () => {
    const kinds = rows(`SELECT ?g ?file ?kind WHERE { GRAPH graph:sources {
      ?g dcterms:source ?file ; aas:sourceKind ?k } BIND(STRAFTER(STR(?k), "#") AS ?kind) } ORDER BY ?file`);
    expect(kinds.filter((row) => row.file.endsWith('.txt'))).toEqual([
      { g: `${GRAPH}report-fr`, file: '000_a9530cf23f0a6631.txt', kind: 'PrimaryOfficial' },
      { g: `${GRAPH}declaration`, file: '001_1a389439d4f9db67.txt', kind: 'PrimaryOfficial' },
      { g: `${GRAPH}ouest-france-preview`, file: '002_bd912bae02dbce48.txt', kind: 'SecondaryPress' },
      { g: `${GRAPH}post-summit-blog`, file: '003_0a02ed50bcb18e56.txt', kind: 'SecondaryCommentary' },
      { g: `${GRAPH}report-en`, file: '004_08c0f69728d15c66.txt', kind: 'PrimaryOfficial' },
    ]);
    expect(column(`SELECT ?d WHERE { GRAPH graph:sources { ?g dcterms:date ?d } }`, 'd')).toEqual(['2025-02-11']);
  });

  it("keeps the sources' misspellings as hidden labels in their own graphs", () => {
    const hidden = rows(`SELECT ?g ?l WHERE { GRAPH ?g { ?s skos:hiddenLabel ?l } }`).map(
      (row) => `${row.g.replace(GRAPH, '')}: ${row.l}`,
    );
    for (const expected of [
      'declaration: Bletchey Park',
      'report-fr: Martin Tisé',
      'post-summit-blog: Illiad',
      'post-summit-blog: Thalès',
      'report-fr: IUT',
      "report-en: SOMM POUR L'AC SUR L'IA",
      "report-fr: SOMM POUR L'AC SUR L'IA",
      'declaration: SERVICE DE PRESSE DE LA PRÉSIDENTENCE DE LA RÉPUBLIQUE',
      'declaration: Emirats arabes unis',
    ])
      expect(hidden).toContain(expected);
  });

  it("licenses what the project authors under CC BY 4.0 and the ontology under MIT, and says what is known of each source's rights", () => {
    const licences = rows(
      `SELECT ?s ?licence WHERE { GRAPH graph:sources { ?s dcterms:license ?licence } } ORDER BY ?s`,
    );
    const cc = 'https://creativecommons.org/licenses/by/4.0/';
    expect(
      Object.fromEntries(
        licences.map((row) => [row.s.replace(GRAPH, '').replace(`${ID}source/`, 'source:'), row.licence]),
      ),
    ).toEqual({
      curated: cc,
      declaration: cc,
      ontology: 'https://opensource.org/licenses/MIT',
      'ouest-france-preview': cc,
      'post-summit-blog': cc,
      'report-en': cc,
      'report-fr': cc,
      sources: cc,
      'source:knowledge-graph': cc,
      'wikidata-links': cc,
    });
    // Only what is known: no source text states a licence; 002 is credited "SOURCE : OUESTFRANCE", 003
    // is signed "Mahira" and names no publisher.
    const rights = (graph: string) => objectsIn('sources', `graph:${graph}`, 'dcterms:rights')[0] ?? '';
    for (const graph of SOURCE_GRAPHS) expect(rights(graph)).toContain('states no');
    expect(rights('ouest-france-preview')).toContain('SOURCE : OUESTFRANCE');
    expect(rights('post-summit-blog')).toContain("signed 'Mahira'");
  });

  it("gives the declaration no English title and only a curators' English label", () => {
    expect(
      column(`SELECT ?t WHERE { document:paris-declaration dcterms:title ?t FILTER(lang(?t) = "en") }`, 't'),
    ).toEqual([]);
    expect(
      column(`SELECT ?g WHERE { GRAPH ?g { document:paris-declaration rdfs:label ?l FILTER(lang(?l) = "en") } }`, 'g'),
    ).toEqual([`${GRAPH}curated`]);
  });
});
