// The saved queries about initiatives, coalitions and companies, run over HTTP on the real graph, each
// answer checked against the source texts (001 the declaration, 004/000 the report in English/French,
// 003 the post-summit blog).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server.ts';
import { graphs, ID, list, pick, type Row, runSaved, startQueryServer } from './helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startQueryServer();
}, 60_000);
afterAll(async () => {
  await server?.close();
});

const REPORT = ['report-en', 'report-fr'];
// 001, footnote 2: "Kenya, Allemagne, Chili, Finlande, Slovaquie, France, Nigeria, Maroc, Inde."
const FOUNDERS = [
  'country/CL',
  'country/DE',
  'country/FI',
  'country/FR',
  'country/IN',
  'country/KE',
  'country/MA',
  'country/NG',
  'country/SK',
];
// 004: "The foundation is supported by ten countries including Chile, Finland, France, Germany, India,
// Kenya and Nigeria." (000: "l'Allemagne, le Chili, la Finlande, la France, l'Inde, le Kenya et le Nigéria")
const CURRENT_AI = ['country/CL', 'country/DE', 'country/FI', 'country/FR', 'country/IN', 'country/KE', 'country/NG'];
// 004: "120 large companies and start-ups (including Airbus, ASML, AXA, Deutsche Bank, EDF, Helsing,
// Mistral AI, Orange Group, Publicis, SAP and Siemens AG)"; 000 the same eleven ("Orange").
const EU_AI_CHAMPIONS = [
  'company/airbus',
  'company/asml',
  'company/axa',
  'company/deutsche-bank',
  'company/edf',
  'company/helsing',
  'company/mistral-ai',
  'company/orange',
  'company/publicis',
  'company/sap',
  'company/siemens',
];
// 004: "members of large networks (IMPACT AI, Global Deal France, Les Entreprises S'Engagent, Positive AI, AEDIPE)"
const NETWORKS = [
  'organization/aedipe',
  'organization/global-deal-france',
  'organization/impact-ai',
  'organization/les-entreprises-s-engagent',
  'organization/positive-ai',
];
// 004: "European champions, including Mistral, Aleph Alpha, Helsing, Cradle, SiloAI, iGenius, Black Forest
// Labs, Tilde and SwordHealth" (000: "en présence des petites européennes, qui a rassemblé ...")
const CHAMPIONS = [
  'company/aleph-alpha',
  'company/black-forest-labs',
  'company/cradle',
  'company/helsing',
  'company/igenius',
  'company/mistral-ai',
  'company/silo-ai',
  'company/sword-health',
  'company/tilde',
];

/** initiative → role → "party @ graphs" entries, sorted; an initiative with no party maps to {}. */
function byInitiative(rows: Row[]): Record<string, Record<string, string[]>> {
  const result: Record<string, Record<string, string[]>> = {};
  for (const row of rows) {
    const initiative = row.initiative.replace(`${ID}initiative/`, '');
    const roles = result[initiative] ?? {};
    result[initiative] = roles;
    if (!row.role) continue;
    roles[row.role] = [...(roles[row.role] ?? []), `${row.party.replace(ID, '')} @ ${graphs(row.sources).join(' ')}`];
  }
  for (const roles of Object.values(result)) for (const parties of Object.values(roles)) parties.sort();
  return result;
}
const at = (parties: string[], sources: string[]) => parties.map((p) => `${p} @ ${sources.join(' ')}`).sort();

describe('initiatives: every initiative and who launched, coordinates, leads, supports, funds and joined it', () => {
  it('should give each initiative exactly the parties and roles its sources name', async () => {
    const rows = await runSaved(server, 'initiatives');
    expect(byInitiative(rows)).toEqual({
      // 001: "Les membres fondateurs(2) ont lancé une grande plateforme et un incubateur de l'IA d'intérêt général"
      'public-interest-ai-platform': {
        'founding member': at(FOUNDERS, ['declaration']),
        'launched by': at(FOUNDERS, ['declaration']),
      },
      // 004: "Current AI ... Initial investment of €400 million over five years. The foundation is supported by ten countries including ..."
      'current-ai': { 'supported by': at(CURRENT_AI, REPORT), funding: at(['investment/current-ai-400m'], REPORT) },
      // 004: "The Coalition for Sustainable Artificial Intelligence launched by France, the United Nations
      // Environment Programme (UNEP) and the International Telecommunications Union (ITU)"
      'coalition-for-sustainable-ai': {
        'launched by': at(['country/FR', 'organization/itu', 'organization/unep'], REPORT),
      },
      // 004: "Major initiatives were conducted ahead of the Summit, for example, by the International Energy Agency"
      'iea-data-centre-energy-initiative': { 'launched by': at(['organization/iea'], REPORT) },
      // 001: "créer un observatoire sur les effets de l'IA en matière d'énergie dans le cadre de l'Agence internationale de l'Énergie"
      'ai-energy-observatory': { 'hosted by': at(['organization/iea'], ['declaration']) },
      // 004: "a network for sharing knowledge on AI's impact on labour, coordinated by the ILO and the OECD"
      'ai-labour-impact-knowledge-network': { 'coordinated by': at(['organization/ilo', 'organization/oecd'], REPORT) },
      // 004: "analysis of AI's risks and benefits for cyber security by the National Cyber Security Agency" (000: "portée par l'ANSSI")
      'anssi-ai-cybersecurity-analysis': { 'led by': at(['organization/anssi'], REPORT) },
      // 004: "It [INESIA] will represent France within the network of AI safety institutes." (000: "Il
      // représentera la France au sein du réseau"): a future member, not a member.
      'network-of-ai-safety-institutes': { 'future member': at(['organization/inesia'], REPORT) },
      // 004: "Instigated by France and India"; 000: "Produite sous le pilotage de la France et de l'Inde"
      'ai-governance-map': {
        'launched by': at(['country/FR', 'country/IN'], ['report-en']),
        'led by': at(['country/FR', 'country/IN'], ['report-fr']),
      },
      // 004: "the European AI Champions initiative was launched, and 120 large companies and start-ups
      // (including ...)"; "€200 billion ... via the InvestAI Initiative of the European Commission and
      // private finance announced under the EU AI Champions Initiative"
      'eu-ai-champions': { member: at(EU_AI_CHAMPIONS, REPORT), funding: at(['investment/investai-200bn'], REPORT) },
      investai: {
        'launched by': at(['organization/european-commission'], REPORT),
        funding: at(['investment/investai-200bn'], REPORT),
      },
      // 004: "Close to 60 multinationals members of large networks (...) signed the pledge."
      'pledge-trustworthy-ai-world-of-work': { 'signatory network': at(NETWORKS, REPORT) },
      // 003: "le projet Stargate de Donald Trump ... près de 500 milliards de dollars sur 5 ans dont une
      // première tranche de 100 milliards de dollars déjà engagée"
      stargate: {
        'launched by': at(['person/donald-trump'], ['post-summit-blog']),
        funding: at(['investment/stargate-500bn', 'investment/stargate-first-tranche-100bn'], ['post-summit-blog']),
      },
      // No source names who launched, leads or joined these.
      'human-control-ai-weapons-commitments': {},
      'global-dialogue-ai-governance': {},
      'international-scientific-panel-ai': {},
      'international-ai-safety-report': {},
      'joint-risk-management-exercises': {},
      'labour-market-observatories-network': {},
      'paris-actions': {},
    });
  });

  it('should give one initiative on request, with its kind and names', async () => {
    const rows = await runSaved(server, 'initiatives', { initiative: `${ID}initiative/current-ai`, lang: 'fr' });
    expect(new Set(rows.map((r) => r.initiative))).toEqual(new Set([`${ID}initiative/current-ai`]));
    // 000: "Current AI, fondation internationale pour l'IA d'intérêt général"; "soutenue par 10 pays dont
    // l'Allemagne, le Chili, la Finlande, la France, l'Inde, le Kenya et le Nigéria"
    expect(rows.map(pick('name', 'kinds', 'role', 'partyName'))).toEqual([
      [
        'Current AI',
        'fondation',
        'funding',
        "Investissement initial de 400 millions d'euros sur 5 ans dans Current AI",
      ],
      ['Current AI', 'fondation', 'supported by', 'Allemagne'],
      ['Current AI', 'fondation', 'supported by', 'Chili'],
      ['Current AI', 'fondation', 'supported by', 'Finlande'],
      ['Current AI', 'fondation', 'supported by', 'France'],
      ['Current AI', 'fondation', 'supported by', 'Inde'],
      ['Current AI', 'fondation', 'supported by', 'Kenya'],
      ['Current AI', 'fondation', 'supported by', 'Nigéria'],
    ]);
  });
});

describe('platform-founders-and-current-ai: founding members of the public-interest AI platform versus the supporters of Current AI', () => {
  it('should put seven states in both, Morocco and Slovakia on the platform only, none on Current AI only', async () => {
    const rows = await runSaved(server, 'platform-founders-and-current-ai');
    expect(
      rows.map((r) => [
        r.state.replace(ID, ''),
        r.name,
        r.status,
        graphs(r.platformSources).join(' '),
        graphs(r.currentAiSources).join(' '),
      ]),
    ).toEqual([
      // 001 footnote 2 and 004 "supported by ten countries including Chile, Finland, France, Germany, India, Kenya and Nigeria"
      ['country/CL', 'Chile', 'in both', 'declaration', 'report-en report-fr'],
      ['country/FI', 'Finland', 'in both', 'declaration', 'report-en report-fr'],
      ['country/FR', 'France', 'in both', 'declaration', 'report-en report-fr'],
      ['country/DE', 'Germany', 'in both', 'declaration', 'report-en report-fr'],
      ['country/IN', 'India', 'in both', 'declaration', 'report-en report-fr'],
      ['country/KE', 'Kenya', 'in both', 'declaration', 'report-en report-fr'],
      ['country/NG', 'Nigeria', 'in both', 'declaration', 'report-en report-fr'],
      // 001 footnote 2 names "Slovaquie" and "Maroc"; the report does not name them among Current AI's supporters.
      ['country/MA', 'Morocco', 'platform only', 'declaration', ''],
      ['country/SK', 'Slovakia', 'platform only', 'declaration', ''],
    ]);
  });
});

describe('initiative-kinds: initiatives counted by kind', () => {
  it('should count the twenty initiatives by kind, the platform and incubator under both', async () => {
    const rows = await runSaved(server, 'initiative-kinds');
    expect(rows.map((r) => [r.kindName, r.initiatives])).toEqual([
      ['network', '3'],
      ['coalition', '2'],
      ['programme', '2'],
      ['report or analysis', '2'],
      ['(no kind)', '1'],
      ['commitments', '1'],
      ['dialogue', '1'],
      ['exercise', '1'],
      ['foundation', '1'],
      ['incubator', '1'],
      ['map', '1'],
      ['observatory', '1'],
      ['panel', '1'],
      ['platform', '1'],
      ['pledge', '1'],
      ['project', '1'],
    ]);
    const names = Object.fromEntries(rows.map((r) => [r.kindName, list(r.names, ' | ')]));
    // 004: "a coalition for sustainable AI"; "the European AI Champions initiative ... 120 large companies"
    expect(names.coalition).toEqual([
      'Coalition for Sustainable Artificial Intelligence',
      'European AI Champions initiative',
    ]);
    // 004: "Current AI, an international foundation for public interest AI"
    expect(names.foundation).toEqual(['Current AI']);
    // 001: "une grande plateforme et un incubateur de l'IA d'intérêt général"
    expect(names.platform).toEqual(['Public interest AI platform and incubator']);
    expect(names.incubator).toEqual(['Public interest AI platform and incubator']);
    // 004 gives the IEA's initiative on data centre consumption no kind.
    expect(names['(no kind)']).toEqual([
      'International Energy Agency initiative to share information on data centre consumption',
    ]);
  });
});

describe("coalition-partners: the Coalition for Sustainable AI's partners by kind", () => {
  it('should give 96 partners: 39 companies, 13 countries, 6 international organisations and 38 not broken down; 7 initiatives', async () => {
    // 004: "96 partners including 39 companies, 13 countries and 6 international organizations; 7
    // initiatives already conducted ahead of the Summit" (000: "96 partenaires dont 39 entreprises, 13 pays
    // et 6 organisations internationales ; 7 initiatives déjà réalisées")
    const rows = await runSaved(server, 'coalition-partners');
    expect(rows.map((r) => [r.kind, r.count, r.shareOfTotal, graphs(r.sources).join(' ')])).toEqual([
      ['partners', '96', undefined, 'report-en report-fr'],
      ['companies', '39', '40.6', 'report-en report-fr'],
      ['countries', '13', '13.5', 'report-en report-fr'],
      ['international organizations', '6', '6.3', 'report-en report-fr'],
      ['partners not broken down', '38', '39.6', ''],
      ['initiatives', '7', undefined, 'report-en report-fr'],
    ]);
  });

  it('should name the kinds in French on request', async () => {
    const rows = await runSaved(server, 'coalition-partners', { lang: 'fr' });
    expect(rows.map((r) => r.kind)).toEqual([
      'partenaires',
      'entreprises',
      'pays',
      'organisations internationales',
      'partenaires non détaillés',
      'initiatives',
    ]);
  });
});

describe('pledge: the Pledge for a Trustworthy AI in the World of Work', () => {
  it("should give each edition's objectives, deadline, networks and counts in its own words", async () => {
    const rows = await runSaved(server, 'pledge');
    expect(rows.map((r) => [r.item, r.text, r.source.replace(/.*\//, ''), r.value, r.qualifier])).toEqual([
      // 004: "six objectives by the G7 in 2026, including promoting social dialogue, ensuring occupational
      // safety and health in the workplace, and promoting productivity and inclusiveness across value chains"
      ['objective', 'ensuring occupational safety and health in the workplace', 'report-en', undefined, undefined],
      ['objective', 'promoting productivity and inclusiveness across value chains', 'report-en', undefined, undefined],
      ['objective', 'promoting social dialogue', 'report-en', undefined, undefined],
      // 000: "six objectifs d'ici au G7 de 2026, dont la promotion du dialogue social, la garantie de la
      // sécurité et de la santé au travail, ou la promotion de la productivité et de l'inclusivité tout au
      // long des chaînes de valeur"
      ['objective', 'la garantie de la sécurité et de la santé au travail', 'report-fr', undefined, undefined],
      [
        'objective',
        "la promotion de la productivité et de l'inclusivité tout au long des chaînes de valeur",
        'report-fr',
        undefined,
        undefined,
      ],
      ['objective', 'la promotion du dialogue social', 'report-fr', undefined, undefined],
      ['deadline', 'by the G7 in 2026', 'report-en', undefined, undefined],
      ['deadline', "d'ici au G7 de 2026", 'report-fr', undefined, undefined],
      // 004: "(IMPACT AI, Global Deal France, Les Entreprises S'Engagent, Positive AI, AEDIPE)"
      ['signatory network', 'AEDIPE', 'report-en', undefined, undefined],
      ['signatory network', 'Global Deal France', 'report-en', undefined, undefined],
      ['signatory network', 'IMPACT AI', 'report-en', undefined, undefined],
      ['signatory network', "Les Entreprises S'Engagent", 'report-en', undefined, undefined],
      ['signatory network', 'Positive AI', 'report-en', undefined, undefined],
      // 000: "(IMPACT AI, Global Deal France, Les entreprises s'engagent, Positive AI, AEDIPE)"
      ['signatory network', 'AEDIPE', 'report-fr', undefined, undefined],
      ['signatory network', 'Global Deal France', 'report-fr', undefined, undefined],
      ['signatory network', 'IMPACT AI', 'report-fr', undefined, undefined],
      ['signatory network', "Les entreprises s'engagent", 'report-fr', undefined, undefined],
      ['signatory network', 'Positive AI', 'report-fr', undefined, undefined],
      // 004: "Close to 60 multinationals"; 000: "Près de 60 entreprises multinationales"
      [
        'count of companies',
        "Close to 60 multinationals members of large networks (IMPACT AI, Global Deal France, Les Entreprises S'Engagent, Positive AI, AEDIPE) signed the pledge.",
        'report-en',
        '60',
        'approximately',
      ],
      [
        'count of companies',
        "Près de 60 entreprises multinationales et celles appartenant à de grands réseaux (IMPACT AI, Global Deal France, Les entreprises s'engagent, Positive AI, AEDIPE) ont signé l'engagement.",
        'report-fr',
        '60',
        'approximately',
      ],
      // 004: "six objectives by the G7 in 2026"; 000: "six objectifs d'ici au G7 de 2026"
      ['count of objectives', 'six objectives by the G7 in 2026', 'report-en', '6', 'exactly'],
      ['count of objectives', "six objectifs d'ici au G7 de 2026", 'report-fr', '6', 'exactly'],
    ]);
  });
});

describe('european-champions: the European AI champions and the members of the EU AI Champions initiative', () => {
  it('should list the nine champions and the eleven named members, Helsing and Mistral AI being both', async () => {
    const rows = await runSaved(server, 'european-champions');
    const champions = rows
      .filter((r) => r.europeanChampion === 'true')
      .map((r) => r.company.replace(ID, ''))
      .sort();
    const members = rows
      .filter((r) => r.euAiChampionsMember === 'true')
      .map((r) => r.company.replace(ID, ''))
      .sort();
    expect(champions).toEqual(CHAMPIONS);
    expect(members).toEqual(EU_AI_CHAMPIONS);
    expect(
      rows.filter((r) => r.europeanChampion === 'true' && r.euAiChampionsMember === 'true').map((r) => r.name),
    ).toEqual(['Helsing', 'Mistral AI']);
    expect(rows).toHaveLength(18);
    // The membership is in both editions, and so is the summit putting the champions forward (004: "recall and
    // reinforce the assets of the AI ecosystem ..., starting with European champions, including Mistral, ...";
    // 000: "rappeler et renforcer les atouts de l'écosystème IA ..."); their presence at the summit only in
    // 000 ("en présence des petites européennes, qui a rassemblé Mistral, ..."): 004 does not say so.
    expect(
      new Set(rows.filter((r) => r.euAiChampionsMember === 'true').map((r) => graphs(r.memberSources).join(' '))),
    ).toEqual(new Set(['report-en report-fr']));
    expect(
      new Set(rows.filter((r) => r.europeanChampion === 'true').map((r) => graphs(r.championSources).join(' '))),
    ).toEqual(new Set(['report-en report-fr']));
    expect(
      new Set(rows.filter((r) => r.europeanChampion === 'true').map((r) => graphs(r.presenceSources).join(' '))),
    ).toEqual(new Set(['report-fr']));
  });

  it("should spell the companies the report misspells correctly (004: 'SiloAI', 'SwordHealth')", async () => {
    const rows = await runSaved(server, 'european-champions');
    const names = Object.fromEntries(rows.map((r) => [r.company.replace(ID, ''), r.name]));
    expect(names['company/silo-ai']).toBe('Silo AI');
    expect(names['company/sword-health']).toBe('Sword Health');
    // 004: "Orange Group"; 000: "Orange"
    expect(names['company/orange']).toBe('Orange Group');
    expect(
      (await runSaved(server, 'european-champions', { lang: 'fr' })).find((r) => r.company.endsWith('/orange'))!.name,
    ).toBe('Orange');
  });
});

describe('country-initiatives: which states take part in which initiatives', () => {
  it('should give the nine states that take part in an initiative, each signatory of the declaration', async () => {
    const rows = await runSaved(server, 'country-initiatives');
    expect(
      rows.map((r) => [
        r.state.replace(`${ID}country/`, ''),
        r.initiative.replace(`${ID}initiative/`, ''),
        list(r.roles, ', ').join(', '),
        r.signedDeclaration,
      ]),
    ).toEqual([
      ['CL', 'current-ai', 'supports', 'true'],
      ['CL', 'public-interest-ai-platform', 'founding member, launched', 'true'],
      ['FI', 'current-ai', 'supports', 'true'],
      ['FI', 'public-interest-ai-platform', 'founding member, launched', 'true'],
      // 004: the coalition "launched by France"; the map "Instigated by France and India" (000: "sous le pilotage")
      ['FR', 'coalition-for-sustainable-ai', 'launched', 'true'],
      ['FR', 'current-ai', 'supports', 'true'],
      ['FR', 'ai-governance-map', 'launched, leads', 'true'],
      ['FR', 'public-interest-ai-platform', 'founding member, launched', 'true'],
      ['DE', 'current-ai', 'supports', 'true'],
      ['DE', 'public-interest-ai-platform', 'founding member, launched', 'true'],
      ['IN', 'current-ai', 'supports', 'true'],
      ['IN', 'ai-governance-map', 'launched, leads', 'true'],
      ['IN', 'public-interest-ai-platform', 'founding member, launched', 'true'],
      ['KE', 'current-ai', 'supports', 'true'],
      ['KE', 'public-interest-ai-platform', 'founding member, launched', 'true'],
      ['MA', 'public-interest-ai-platform', 'founding member, launched', 'true'],
      ['NG', 'current-ai', 'supports', 'true'],
      ['NG', 'public-interest-ai-platform', 'founding member, launched', 'true'],
      ['SK', 'public-interest-ai-platform', 'founding member, launched', 'true'],
    ]);
  });
});
