// The federated saved queries (queries/wikidata-*.rq) over HTTP: the real graph joined, through
// SERVICE <https://query.wikidata.org/sparql>, with a second server standing in for Wikidata and serving
// test/fixtures/wikidata (the block marked "TEST FIXTURE DATA" holds the facts these tests rely on). The
// local parts of each answer are checked against the sources (001 the list), the Wikidata parts against
// the fixture.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server.ts';
import { sharedServer } from '../helpers/server.ts';
import { ID, list, runSaved, startQueryServer, WD } from './helpers.ts';

let wikidata: TestServer;
let server: TestServer;
beforeAll(async () => {
  wikidata = sharedServer('wikidata');
  server = await startQueryServer({ wikidataEndpoint: `${wikidata.url}/sparql`, cacheBytes: 0 });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await wikidata?.close();
});

const code = (iri: string) => iri.replace(`${ID}country/`, '').replace(ID, '');
// The fixture's EU member states (wdt:P463 wd:Q458): the 27, all of them in 001's list.
const EU = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];

describe('wikidata-eu-member-signatories: signatories that are EU member states', () => {
  it('should give the 27 member states, in the order of the list', async () => {
    const rows = await runSaved(server, 'wikidata-eu-member-signatories');
    // 001: "3. Autriche 4. Belgique 6. Bulgarie 11. Croatie 12. Chypre 13. République tchèque 14. Danemark 16.
    // Estonie 17. Finlande 18. France 19. Allemagne 20. Grèce 21. Hongrie 24. Irlande 25. Italie 29. Lettonie
    // 30. Lituanie 31. Luxembourg 32. Malte 39. Pologne 40. Portugal 41. Roumanie 46. Slovaquie 47. Slovénie
    // 50. Espagne 51. Suède 54. Pays-Bas": the report's "the European Union and its Member States" (004).
    expect(rows.map((r) => [Number(r.position), code(r.signatory)])).toEqual([
      [3, 'AT'],
      [4, 'BE'],
      [6, 'BG'],
      [11, 'HR'],
      [12, 'CY'],
      [13, 'CZ'],
      [14, 'DK'],
      [16, 'EE'],
      [17, 'FI'],
      [18, 'FR'],
      [19, 'DE'],
      [20, 'GR'],
      [21, 'HU'],
      [24, 'IE'],
      [25, 'IT'],
      [29, 'LV'],
      [30, 'LT'],
      [31, 'LU'],
      [32, 'MT'],
      [39, 'PL'],
      [40, 'PT'],
      [41, 'RO'],
      [46, 'SK'],
      [47, 'SI'],
      [50, 'ES'],
      [51, 'SE'],
      [54, 'NL'],
    ]);
    expect(rows.map((r) => code(r.signatory)).sort()).toEqual([...EU].sort());
    expect(rows.find((r) => r.signatory.endsWith('/NL'))).toMatchObject({ name: 'Netherlands', item: `${WD}Q29999` });
  });

  it('should name them in French on request', async () => {
    const rows = await runSaved(server, 'wikidata-eu-member-signatories', { lang: 'fr' });
    // 001: "13. République tchèque", "54. Pays-Bas"
    expect(rows.filter((r) => ['CZ', 'NL'].includes(code(r.signatory))).map((r) => r.name)).toEqual([
      'République tchèque',
      'Pays-Bas',
    ]);
  });
});

describe('wikidata-g7-g20-members: G7 and G20 members that signed and that did not', () => {
  it('should set the members that signed against the United States and the United Kingdom, named as not signing', async () => {
    const rows = await runSaved(server, 'wikidata-g7-g20-members');
    expect(rows.map((r) => [r.groupName, code(r.member), r.status, r.listPosition])).toEqual([
      // 003: "l'absence des États-Unis et du Royaume-Uni dans la signature de cet accord"
      ['G20', 'GB', 'named as not signing', undefined],
      ['G20', 'US', 'named as not signing', undefined],
      // 001: "2. Australie", "5. Brésil", "8. Canada", "10. Chine", "59. Union européenne", "18. France", "19.
      // Allemagne", "22. Inde", "23. Indonésie", "25. Italie", "26. Japon", "33. Mexique", "49. République de
      // Corée", "48. Afrique du Sud"
      ['G20', 'AU', 'signed', '2'],
      ['G20', 'BR', 'signed', '5'],
      ['G20', 'CA', 'signed', '8'],
      ['G20', 'CN', 'signed', '10'],
      ['G20', 'organization/european-union', 'signed', '59'],
      ['G20', 'FR', 'signed', '18'],
      ['G20', 'DE', 'signed', '19'],
      ['G20', 'IN', 'signed', '22'],
      ['G20', 'ID', 'signed', '23'],
      ['G20', 'IT', 'signed', '25'],
      ['G20', 'JP', 'signed', '26'],
      ['G20', 'MX', 'signed', '33'],
      ['G20', 'KR', 'signed', '49'],
      ['G20', 'ZA', 'signed', '48'],
      ['G7', 'GB', 'named as not signing', undefined],
      ['G7', 'US', 'named as not signing', undefined],
      ['G7', 'CA', 'signed', '8'],
      ['G7', 'FR', 'signed', '18'],
      ['G7', 'DE', 'signed', '19'],
      ['G7', 'IT', 'signed', '25'],
      ['G7', 'JP', 'signed', '26'],
    ]);
    expect(new Set(rows.map((r) => r.group))).toEqual(new Set([`${WD}Q1764511`, `${WD}Q19771`]));
  });
});

describe('wikidata-signatories-by-continent: signatory states by continent', () => {
  it('should group the 58 states by continent, Cyprus and Kazakhstan in two', async () => {
    const rows = await runSaved(server, 'wikidata-signatories-by-continent');
    expect(rows.map((r) => [r.continent.replace(WD, ''), r.continentName, r.states])).toEqual([
      ['Q46', 'Europe', '34'],
      ['Q48', 'Asia', '12'],
      ['Q15', 'Africa', '7'],
      ['Q18', 'South America', '3'],
      ['Q49', 'North America', '2'],
      ['Q55643', 'Oceania', '2'],
    ]);
    const names = Object.fromEntries(rows.map((r) => [r.continentName, list(r.stateNames, ', ')]));
    // 001: "7. Cambodge", "10. Chine", "12. Chypre", "22. Inde", "23. Indonésie", "26. Japon", "27.
    // Kazakhstan", "45. Singapour", "49. République de Corée", "53. Thaïlande", "55. Emirats arabes unis",
    // "1. Arménie"
    expect(names.Asia).toEqual([
      'Armenia',
      'Cambodia',
      'China',
      'Cyprus',
      'India',
      'Indonesia',
      'Japan',
      'Kazakhstan',
      'Republic of Korea',
      'Singapore',
      'Thailand',
      'United Arab Emirates',
    ]);
    // 001: "15. Djibouti", "28. Kenya", "35. Maroc", "37. Nigéria", "42. Rwanda", "43. Sénégal", "48. Afrique du Sud"
    expect(names.Africa).toEqual(['Djibouti', 'Kenya', 'Morocco', 'Nigeria', 'Rwanda', 'Senegal', 'South Africa']);
    expect(names['South America']).toEqual(['Brazil', 'Chile', 'Uruguay']);
    expect(names['North America']).toEqual(['Canada', 'Mexico']);
    expect(names.Oceania).toEqual(['Australia', 'New Zealand']);
    expect(names.Europe).toHaveLength(34);
    expect(names.Europe).toEqual(
      expect.arrayContaining([
        'Holy See',
        'Kazakhstan',
        'Cyprus',
        'Ukraine',
        'Serbia',
        'Norway',
        'Switzerland',
        'Monaco',
      ]),
    );
  });

  it("should name the continents in French on request, from Wikidata's labels", async () => {
    const rows = await runSaved(server, 'wikidata-signatories-by-continent', { lang: 'fr' });
    expect(rows.map((r) => r.continentName)).toEqual([
      'Europe',
      'Asie',
      'Afrique',
      'Amérique du Sud',
      'Amérique du Nord',
      'Océanie',
    ]);
  });
});

describe('wikidata-signatory-population: total population of the signatory states', () => {
  it("should add up the population of the 57 states that have one, out of the list's 58", async () => {
    const [row] = await runSaved(server, 'wikidata-signatory-population');
    // 001: 58 states (entries 1-58). The fixture gives a population to every one but the Holy See; the
    // total is the sum of the fixture's values (France 68,373,433, India 1,428,627,663, Kenya 47,564,296 and
    // the 54 others of the TEST FIXTURE DATA block).
    expect(row.statesInList).toBe('58');
    expect(row.statesWithPopulation).toBe('57');
    expect(Number(row.totalPopulation)).toBe(4_738_380_330);
  });
});

describe('wikidata-iso-codes: ISO 3166-1 codes of the signatory states', () => {
  it("should agree with the graph's own codes for every state but the Holy See, whose item has none", async () => {
    const rows = await runSaved(server, 'wikidata-iso-codes');
    expect(rows).toHaveLength(58);
    expect(rows.map((r) => Number(r.position))).toEqual(Array.from({ length: 58 }, (_, i) => i + 1));
    expect(
      rows
        .filter((r) => r.codesAgree !== 'true')
        .map((r) => [r.position, r.localCode, r.wikidataCode, r.item.replace(WD, '')]),
    ).toEqual([
      // 001: "58. Vatican"; the link is to the Holy See (Q159583), and the code VA sits on Vatican City (Q237)
      ['58', 'VA', undefined, 'Q159583'],
    ]);
    // 001: "49. République de Corée" is KR, "55. Emirats arabes unis" AE
    expect(rows.find((r) => r.position === '49')).toMatchObject({
      localCode: 'KR',
      wikidataCode: 'KR',
      name: 'Republic of Korea',
    });
    expect(rows.find((r) => r.position === '55')).toMatchObject({
      localCode: 'AE',
      wikidataCode: 'AE',
      codesAgree: 'true',
    });
  });
});

describe("wikidata-initiative-organisations: organisations in initiatives, with Wikidata's description and website", () => {
  it('should give every organisation and company of an initiative, with its roles and, when linked, its description and website', async () => {
    const rows = await runSaved(server, 'wikidata-initiative-organisations');
    expect(
      rows.map((r) => [
        r.organisation.replace(ID, ''),
        r.item?.replace(WD, ''),
        r.wikidataDescription,
        r.officialWebsite,
      ]),
    ).toEqual([
      // ORDER BY compares names by code point, as Oxigraph does (and Comunica did not): "AXA" before "Airbus".
      ['organization/aedipe', undefined, undefined, undefined],
      ['company/asml', 'Q297879', 'Dutch company that makes photolithography systems', 'https://www.asml.com/'],
      ['company/axa', 'Q160054', 'French multinational insurance company', 'https://www.axa.com/'],
      ['company/airbus', 'Q2311', 'European aerospace corporation', 'https://www.airbus.com/'],
      ['company/deutsche-bank', 'Q66048', 'German multinational investment bank', 'https://www.db.com/'],
      ['company/edf', 'Q274591', 'French electric utility company', 'https://www.edf.fr/'],
      [
        'organization/european-commission',
        'Q8880',
        'executive branch of the European Union',
        'https://commission.europa.eu/',
      ],
      ['organization/inesia', undefined, undefined, undefined],
      ['organization/global-deal-france', undefined, undefined, undefined],
      [
        'company/helsing',
        'Q127380521',
        'German company specializing in artificial intelligence for defence',
        'https://helsing.ai/',
      ],
      ['organization/impact-ai', undefined, undefined, undefined],
      ['organization/iea', 'Q826700', 'Paris-based autonomous intergovernmental organisation', 'https://www.iea.org/'],
      ['organization/ilo', 'Q54129', 'United Nations agency for labour issues', 'https://www.ilo.org/'],
      [
        'organization/itu',
        'Q376150',
        'specialised agency of the United Nations for information and communication technologies',
        'https://www.itu.int/',
      ],
      ['organization/les-entreprises-s-engagent', undefined, undefined, undefined],
      ['company/mistral-ai', 'Q119718658', 'French artificial intelligence company', 'https://mistral.ai/'],
      ['organization/anssi', undefined, undefined, undefined],
      ['company/orange', 'Q1431486', 'French multinational telecommunications corporation', 'https://www.orange.com/'],
      ['organization/oecd', 'Q41550', 'intergovernmental economic organisation', 'https://www.oecd.org/'],
      ['organization/positive-ai', undefined, undefined, undefined],
      [
        'company/publicis',
        'Q1537378',
        'French multinational advertising and public relations company',
        'https://www.publicisgroupe.com/',
      ],
      ['company/sap', 'Q552581', 'German software producer', 'https://www.sap.com/'],
      ['company/siemens', 'Q81230', 'German multinational technology conglomerate', 'https://www.siemens.com/'],
      [
        'organization/unep',
        'Q182016',
        'agency of the United Nations responsible for environmental matters',
        'https://www.unep.org/',
      ],
    ]);
    const roles = Object.fromEntries(rows.map((r) => [r.organisation.replace(ID, ''), list(r.roles, ' | ')]));
    // 004: "coordinated by the ILO and the OECD"; 001: "un observatoire ... dans le cadre de l'Agence
    // internationale de l'Énergie"; 004: "for example, by the International Energy Agency"
    expect(roles['organization/oecd']).toEqual(["coordinates: Network for sharing knowledge on AI's impact on labour"]);
    expect(roles['organization/iea']).toEqual([
      'hosts: Observatory on the energy impacts of AI',
      'launched: International Energy Agency initiative to share information on data centre consumption',
    ]);
    // 004: "launched by France, the United Nations Environment Programme (UNEP) and the International
    // Telecommunications Union (ITU)" (France, a state, is left out)
    expect(roles['organization/unep']).toEqual(['launched: Coalition for Sustainable Artificial Intelligence']);
    expect(rows.some((r) => r.organisation.includes('/country/'))).toBe(false);
  });
});

describe("wikidata-label-check: local names next to Wikidata's labels", () => {
  it('should show which linked entities carry another name in Wikidata, in English', async () => {
    const rows = await runSaved(server, 'wikidata-label-check');
    expect(rows).toHaveLength(111);
    expect(
      rows.filter((r) => r.same === 'false').map((r) => [r.entity.replace(ID, ''), r.localName, r.wikidataName]),
    ).toEqual([
      // 004: "ASML", "EDF", "Orange Group", "Siemens AG"; 001 (via graph:curated): China, Republic of Korea,
      // Netherlands; the OECD's full name (graph:curated); the United States of America (graph:curated)
      ['company/asml', 'ASML', 'ASML Holding'],
      ['company/edf', 'EDF', 'Électricité de France'],
      ['company/orange', 'Orange Group', 'Orange S.A.'],
      ['company/siemens', 'Siemens AG', 'Siemens'],
      ['country/CN', 'China', "People's Republic of China"],
      ['country/KR', 'Republic of Korea', 'South Korea'],
      ['country/NL', 'Netherlands', 'Kingdom of the Netherlands'],
      ['country/US', 'United States of America', 'United States'],
      ['organization/oecd', 'Organisation for Economic Co-operation and Development', 'OECD'],
    ]);
    expect(rows.filter((r) => r.same === 'true')).toHaveLength(70);
    // Items the fixture has no label for: the label and the comparison stay empty.
    const unlabelled = rows.filter((r) => r.wikidataName === undefined);
    expect(unlabelled).toHaveLength(111 - 9 - 70);
    expect(unlabelled.every((r) => r.same === undefined)).toBe(true);
    expect(rows.find((r) => r.entity.endsWith('country/VA'))).toMatchObject({
      localName: 'Holy See',
      wikidataName: 'Holy See',
      same: 'true',
    });
  });

  it('should compare the French names on request', async () => {
    const rows = await runSaved(server, 'wikidata-label-check', { lang: 'fr' });
    expect(
      rows.filter((r) => r.same === 'false').map((r) => [r.entity.replace(ID, ''), r.localName, r.wikidataName]),
    ).toEqual([
      ['company/asml', 'ASML', 'ASML Holding'],
      ['company/edf', 'EDF', 'Électricité de France'],
      ['company/siemens', 'Siemens AG', 'Siemens'],
      // 001: "10. Chine", "13. République tchèque", "49. République de Corée", "37. Nigéria", "54. Pays-Bas",
      // "58. Vatican"; 000: "Programme des Nations Unies pour l'environnement (PNUE)"
      ['country/CN', 'Chine', 'République populaire de Chine'],
      ['country/CZ', 'République tchèque', 'Tchéquie'],
      ['country/KR', 'République de Corée', 'Corée du Sud'],
      ['country/NG', 'Nigéria', 'Nigeria'],
      ['country/NL', 'Pays-Bas', 'Royaume des Pays-Bas'],
      ['country/VA', 'Vatican', 'Saint-Siège'],
      ['organization/oecd', 'Organisation de coopération et de développement économiques', 'OCDE'],
      [
        'organization/unep',
        "Programme des Nations Unies pour l'environnement",
        "Programme des Nations unies pour l'environnement",
      ],
    ]);
  });
});

describe("the README's federated example", () => {
  it('should run at /sparql and give the 27 EU member states among the signatories', async () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const example = [...readme.matchAll(/```sparql\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .find((query) => query.includes('SERVICE'))!;
    const response = await server.get(`/sparql?query=${encodeURIComponent(example)}`);
    expect(response.status).toBe(200);
    const rows = ((await response.json()) as { results: { bindings: { state: { value: string } }[] } }).results
      .bindings;
    expect(rows.map((r) => code(r.state.value)).sort()).toEqual([...EU].sort());
  });
});
