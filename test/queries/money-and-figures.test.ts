// The saved queries about money and figures, run over HTTP on the real graph, each answer checked against
// the source texts (004/000 the report in English/French, 001 the declaration, 002 the Ouest-France
// preview, 003 the post-summit blog).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server.ts';
import { graphs, ID, list, runSaved, startQueryServer } from './helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startQueryServer();
}, 60_000);
afterAll(async () => {
  await server?.close();
});

describe('investments: investment announcements by amount', () => {
  it('should give every announcement, largest first, with currency, qualifier, wording and source', async () => {
    const rows = await runSaved(server, 'investments');
    expect(
      rows.map((r) => [
        r.investment.replace(`${ID}investment/`, ''),
        r.value,
        r.currency,
        r.qualifier,
        r.wording,
        graphs(r.source).join(),
        graphs(r.currencySources).join(' '),
      ]),
    ).toEqual([
      // 003: "près de 500 milliards de dollars sur 5 ans"
      [
        'stargate-500bn',
        '500000000000',
        'USD',
        'approximately',
        'près de 500 milliards de dollars sur 5 ans',
        'post-summit-blog',
        'post-summit-blog',
      ],
      // 003: "La présidente de la Commission européenne a elle aussi annoncé un investissement massif de 200 milliards d'euros"
      [
        'eu-ai-200bn-post-summit-blog',
        '200000000000',
        'EUR',
        'exactly',
        "un investissement massif de 200 milliards d'euros",
        'post-summit-blog',
        'post-summit-blog',
      ],
      // 004: "€200 billion in public and private investments in Europe via the InvestAI Initiative ..."; 000: "200 milliards d'euros"
      ['investai-200bn', '200000000000', 'EUR', 'exactly', '€200 billion', 'report-en', 'report-en report-fr'],
      ['investai-200bn', '200000000000', 'EUR', 'exactly', "200 milliards d'euros", 'report-fr', 'report-en report-fr'],
      // 003: "la France va investir 109 milliards dans l'IA" (no currency: EUR from graph:curated)
      [
        'france-ai-109bn-post-summit-blog',
        '109000000000',
        'EUR',
        'exactly',
        '109 milliards',
        'post-summit-blog',
        'curated',
      ],
      // 004: "€109 billion in French and foreign private investment in AI infrastructures in France"; 000: "109 milliards d'euros"
      [
        'france-ai-infrastructure-109bn',
        '109000000000',
        'EUR',
        'exactly',
        '€109 billion',
        'report-en',
        'report-en report-fr',
      ],
      [
        'france-ai-infrastructure-109bn',
        '109000000000',
        'EUR',
        'exactly',
        "109 milliards d'euros",
        'report-fr',
        'report-en report-fr',
      ],
      // 003: "dont une première tranche de 100 milliards de dollars déjà engagée"
      [
        'stargate-first-tranche-100bn',
        '100000000000',
        'USD',
        'exactly',
        'une première tranche de 100 milliards de dollars déjà engagée',
        'post-summit-blog',
        'post-summit-blog',
      ],
      // 003: "69 milliards d'investissement privé d'entreprises technologiques et industrielles"
      [
        'france-ai-private-69bn',
        '69000000000',
        'EUR',
        'exactly',
        "69 milliards d'investissement privé",
        'post-summit-blog',
        'curated',
      ],
      // 003: "40 milliards d'investissement public pour la recherche et le développement"
      [
        'france-ai-public-rd-40bn',
        '40000000000',
        'EUR',
        'exactly',
        "40 milliards d'investissement public",
        'post-summit-blog',
        'curated',
      ],
      // 004: "€20 billion in European Commission's investment in AI giga factories"; 000: "20 milliards d'euros"
      ['ai-gigafactories-20bn', '20000000000', 'EUR', 'exactly', '€20 billion', 'report-en', 'report-en report-fr'],
      [
        'ai-gigafactories-20bn',
        '20000000000',
        'EUR',
        'exactly',
        "20 milliards d'euros",
        'report-fr',
        'report-en report-fr',
      ],
      // 002: "Depuis 2018, la France a investi 2,5 milliards d'euros dans le développement de l'IA."
      [
        'france-ai-since-2018-2-5bn',
        '2500000000',
        'EUR',
        'exactly',
        "2,5 milliards d'euros",
        'ouest-france-preview',
        'ouest-france-preview',
      ],
      // 002: "Un vivier de 1 000 start-ups IA, ayant levé près de 2 milliards d'euros en 2024"
      [
        'french-ai-start-ups-2024-2bn',
        '2000000000',
        'EUR',
        'approximately',
        "près de 2 milliards d'euros",
        'ouest-france-preview',
        'ouest-france-preview',
      ],
      // 004: "Initial investment of €400 million over five years"; 000: "Investissement initial de 400 millions d'euros sur 5 ans"
      [
        'current-ai-400m',
        '400000000',
        'EUR',
        'exactly',
        'Initial investment of €400 million over five years',
        'report-en',
        'report-en report-fr',
      ],
      [
        'current-ai-400m',
        '400000000',
        'EUR',
        'exactly',
        "Investissement initial de 400 millions d'euros sur 5 ans",
        'report-fr',
        'report-en report-fr',
      ],
      // 003: "À ces investissements étrangers, s'ajoutent des promesses de groupes français tels qu'Illiad et Thalès." (no amount)
      ['french-groups-pledges', undefined, undefined, undefined, undefined, 'post-summit-blog', ''],
    ]);
  });

  it('should give investors, parts, periods and what the money funds', async () => {
    const rows = await runSaved(server, 'investments');
    const byId = (id: string, source: string) =>
      rows.find((r) => r.investment === `${ID}investment/${id}` && r.source.endsWith(source))!;
    // 003: "la France va investir 109 milliards dans l'IA"; "Les fonds promis proviennent en premier lieu des
    // Émirats arabes unis, du Canada et des États-Unis": France invests, the three states are the main (not
    // the only) sources of the funds.
    expect(byId('france-ai-109bn-post-summit-blog', 'post-summit-blog').investors).toBe('France');
    expect(list(byId('france-ai-109bn-post-summit-blog', 'post-summit-blog').mainFundingSources, ', ')).toEqual([
      'Canada',
      'United Arab Emirates',
      'United States of America',
    ]);
    // 003: "69 milliards d'investissement privé d'entreprises technologiques et industrielles notamment Google, Microsoft et NVIDIA"
    expect(list(byId('france-ai-private-69bn', 'post-summit-blog').investors, ', ')).toEqual([
      'Google',
      'Microsoft',
      'NVIDIA',
    ]);
    expect(byId('france-ai-private-69bn', 'post-summit-blog').partOf).toBe(
      `${ID}investment/france-ai-109bn-post-summit-blog`,
    );
    expect(byId('france-ai-public-rd-40bn', 'post-summit-blog').partOf).toBe(
      `${ID}investment/france-ai-109bn-post-summit-blog`,
    );
    expect(byId('stargate-first-tranche-100bn', 'post-summit-blog').partOf).toBe(`${ID}investment/stargate-500bn`);
    // 004: "€109 billion in French and foreign private investment"; "€200 billion in public and private
    // investments"; 003: "40 milliards d'investissement public ... et 69 milliards d'investissement privé"
    expect(byId('france-ai-infrastructure-109bn', 'report-en').investmentTypes).toBe('private investment');
    expect(list(byId('investai-200bn', 'report-fr').investmentTypes, ', ')).toEqual([
      'private investment',
      'public investment',
    ]);
    expect(byId('france-ai-public-rd-40bn', 'post-summit-blog').investmentTypes).toBe('public investment');
    expect(byId('france-ai-private-69bn', 'post-summit-blog').investmentTypes).toBe('private investment');
    // 002 does not say whether France's 2.5 billion since 2018 was public or private.
    expect(byId('france-ai-since-2018-2-5bn', 'ouest-france-preview').investmentTypes ?? '').toBe('');
    // 003: "des promesses de groupes français tels qu'Illiad [Iliad] et Thalès [Thales]"
    expect(list(byId('french-groups-pledges', 'post-summit-blog').investors, ', ')).toEqual(['Iliad', 'Thales']);
    // 004: "€20 billion in European Commission's investment"
    expect(byId('ai-gigafactories-20bn', 'report-en').investors).toBe('European Commission');
    // 002: "la France a investi 2,5 milliards d'euros"
    expect(byId('france-ai-since-2018-2-5bn', 'ouest-france-preview').investors).toBe('France');
    // 004: "over five years"; 003: "sur 5 ans"
    expect([byId('current-ai-400m', 'report-en').period, byId('stargate-500bn', 'post-summit-blog').period]).toEqual([
      'P5Y',
      'P5Y',
    ]);
    // 004: "via the InvestAI Initiative of the European Commission and private finance announced under the EU AI Champions Initiative"
    expect(list(byId('investai-200bn', 'report-en').funds)).toEqual([
      `${ID}initiative/eu-ai-champions`,
      `${ID}initiative/investai`,
    ]);
    expect(byId('current-ai-400m', 'report-fr').funds).toBe(`${ID}initiative/current-ai`);
  });
});

describe('investment-versions: one announcement, two accounts', () => {
  it("should set the blog's 109 and 200 billion beside the report's", async () => {
    const rows = await runSaved(server, 'investment-versions');
    expect(
      rows.map((r) => [
        r.announcement.replace(`${ID}investment/`, ''),
        r.account.replace(`${ID}investment/`, ''),
        graphs(r.source).join(),
        r.value,
        r.currency,
      ]),
    ).toEqual([
      ['investai-200bn', 'eu-ai-200bn-post-summit-blog', 'post-summit-blog', '200000000000', 'EUR'],
      ['investai-200bn', 'investai-200bn', 'report-en', '200000000000', 'EUR'],
      ['investai-200bn', 'investai-200bn', 'report-fr', '200000000000', 'EUR'],
      ['france-ai-infrastructure-109bn', 'france-ai-109bn-post-summit-blog', 'post-summit-blog', '109000000000', 'EUR'],
      ['france-ai-infrastructure-109bn', 'france-ai-infrastructure-109bn', 'report-en', '109000000000', 'EUR'],
      ['france-ai-infrastructure-109bn', 'france-ai-infrastructure-109bn', 'report-fr', '109000000000', 'EUR'],
    ]);
    const blog109 = rows[3];
    // 003: "109 milliards dans l'IA avec 40 milliards d'investissement public pour la recherche et le
    // développement et 69 milliards d'investissement privé"
    expect(list(blog109.parts, ' + ')).toEqual([
      "40 milliards d'investissement public pour la recherche et le développement",
      "69 milliards d'investissement privé d'entreprises technologiques et industrielles",
    ]);
    // 003: "afin, par exemple, de construire de nombreux data centers"
    expect(list(blog109.purposes, ' | ')).toEqual(["l'IA", 'par exemple, construire de nombreux data centers']);
    // 004: "in French and foreign private investment in AI infrastructures in France"
    expect(rows[4].purposes).toBe('AI infrastructures');
    expect(rows[4].description).toBe('French and foreign private investment.');
    // 003: "pour le développement de gigafactory et data centers"
    expect(rows[0].purposes).toBe('le développement de gigafactory et data centers');
    expect(rows.every((r) => r.curatorsNote?.endsWith('kept.') || r.curatorsNote?.endsWith('both are kept.'))).toBe(
      true,
    );
  });
});

describe('figure-disagreements: figures the sources state differently', () => {
  it('should set side by side the signatory counts, the companies of the EU AI Champions, the countries represented and the heads of state', async () => {
    const rows = await runSaved(server, 'figure-disagreements');
    expect(
      rows.map((r) => [
        r.about.replace(ID, ''),
        r.measure.replace(`${ID}measure/`, ''),
        r.value,
        r.qualifierName,
        r.wording,
        graphs(r.source).join(),
      ]),
    ).toEqual([
      // 004: "64 Signatories"; 000: "64 États signataires"; 003: "une soixantaine de pays"; 001: the list of
      // 60; 004: "more than 60 countries signed a political statement on AI"; 000: "plus de 60 pays ont signé"
      ['document/paris-declaration', 'signatories', '64', 'exactly', '64 Signatories', 'report-en'],
      ['document/paris-declaration', 'signatories', '64', 'exactly', '64 États signataires', 'report-fr'],
      [
        'document/paris-declaration',
        'signatories',
        '60',
        'approximately',
        'une soixantaine de pays',
        'post-summit-blog',
      ],
      [
        'document/paris-declaration',
        'signatories',
        '60',
        'exactly',
        "Pays signataires : 1. Arménie [...] 60. Commission de l'Union africaine",
        'declaration',
      ],
      [
        'document/paris-declaration',
        'signatories',
        '60',
        'more than',
        'more than 60 countries signed a political statement on AI',
        'report-en',
      ],
      [
        'document/paris-declaration',
        'signatories',
        '60',
        'more than',
        "plus de 60 pays ont signé une déclaration politique sur l'IA",
        'report-fr',
      ],
      // 004: "120 large companies and start-ups"; 000: "120 grandes entreprises et start-ups"; 003: "plus de 60 grandes entreprises"
      ['initiative/eu-ai-champions', 'companies', '120', 'exactly', '120 large companies and start-ups', 'report-en'],
      [
        'initiative/eu-ai-champions',
        'companies',
        '120',
        'exactly',
        '120 grandes entreprises et start-ups',
        'report-fr',
      ],
      [
        'initiative/eu-ai-champions',
        'companies',
        '60',
        'more than',
        'plus de 60 grandes entreprises',
        'post-summit-blog',
      ],
      // 004: "around 100 countries represented"; 000: "une centaine de pays représentés"; 001: "Les
      // participants de plus de 100 pays"; 004: "Participants from more than 100 countries"
      [
        'event/2025-02-10-summit',
        'countries-represented',
        '100',
        'approximately',
        'around 100 countries represented',
        'report-en',
      ],
      [
        'event/2025-02-10-summit',
        'countries-represented',
        '100',
        'approximately',
        'une centaine de pays représentés',
        'report-fr',
      ],
      [
        'event/2025-02-10-summit',
        'countries-represented',
        '100',
        'more than',
        'Les participants de plus de 100 pays',
        'declaration',
      ],
      [
        'event/2025-02-10-summit',
        'countries-represented',
        '100',
        'more than',
        'Participants from more than 100 countries from across the globe gathered together at the Grand Palais',
        'report-en',
      ],
      [
        'event/2025-02-10-summit',
        'countries-represented',
        '100',
        'more than',
        'les participants venus de plus de 100 pays, réunis au Grand Palais',
        'report-fr',
      ],
      // 002 (before the summit): "près de 100 chefs d'État, dont Narendra Modi"; 003 (after): "plus de 40 chefs d'État"
      [
        'event/2025-02-10-summit',
        'heads-of-state',
        '100',
        'approximately',
        "près de 100 chefs d'État, dont Narendra Modi pour l'Inde",
        'ouest-france-preview',
      ],
      ['event/2025-02-10-summit', 'heads-of-state', '40', 'more than', "plus de 40 chefs d'État", 'post-summit-blog'],
    ]);
  });
});

describe('event-figures: figures about the events', () => {
  it('should give the figures about the two-day summit, from every source', async () => {
    const rows = await runSaved(server, 'event-figures', { event: `${ID}event/2025-02-10-summit` });
    expect(rows.map((r) => [r.measureName, r.value, r.unit, r.qualifier, r.wording, graphs(r.source).join()])).toEqual([
      // 003: "200 experts en IA"
      ['AI experts', '200', undefined, 'exactly', '200 experts en IA', 'post-summit-blog'],
      // 004: "148 speakers from 43 countries"; 000: "148 intervenants issus de 43 pays"
      ['countries of the speakers', '43', undefined, 'exactly', '148 speakers from 43 countries', 'report-en'],
      ['countries of the speakers', '43', undefined, 'exactly', '148 intervenants issus de 43 pays', 'report-fr'],
      ['countries represented', '100', undefined, 'more than', 'Les participants de plus de 100 pays', 'declaration'],
      [
        'countries represented',
        '100',
        undefined,
        'more than',
        'Participants from more than 100 countries from across the globe gathered together at the Grand Palais',
        'report-en',
      ],
      ['countries represented', '100', undefined, 'approximately', 'around 100 countries represented', 'report-en'],
      [
        'countries represented',
        '100',
        undefined,
        'more than',
        'les participants venus de plus de 100 pays, réunis au Grand Palais',
        'report-fr',
      ],
      ['countries represented', '100', undefined, 'approximately', 'une centaine de pays représentés', 'report-fr'],
      // 004: "63 demonstrations of AI's contribution to our societies"
      [
        'demonstrations',
        '63',
        undefined,
        'exactly',
        "63 demonstrations of AI's contribution to our societies",
        'report-en',
      ],
      [
        'demonstrations',
        '63',
        undefined,
        'exactly',
        "63 démonstrations de la contribution de l'IA à nos sociétés",
        'report-fr',
      ],
      [
        'heads of state',
        '100',
        undefined,
        'approximately',
        "près de 100 chefs d'État, dont Narendra Modi pour l'Inde",
        'ouest-france-preview',
      ],
      ['heads of state', '40', undefined, 'more than', "plus de 40 chefs d'État", 'post-summit-blog'],
      // 004: "More than 500 journalists"
      ['journalists', '500', undefined, 'more than', 'More than 500 journalists', 'report-en'],
      ['journalists', '500', undefined, 'more than', 'Plus de 500 journalistes', 'report-fr'],
      // 004: "1,500 participants from across the globe"
      ['participants', '1500', undefined, 'exactly', '1,500 participants from across the globe', 'report-en'],
      ['participants', '1500', undefined, 'exactly', '1 500 participants du monde entier', 'report-fr'],
      // 004: "27% from NGOs and academia"; "48% of whom were women"
      ['share from NGOs and academia', '27', 'percent', 'exactly', '27% from NGOs and academia', 'report-en'],
      [
        'share from NGOs and academia',
        '27',
        'percent',
        'exactly',
        "27 % intervenants d'ONG ou du monde académique",
        'report-fr',
      ],
      ['share of women', '48', 'percent', 'exactly', '48% of whom were women', 'report-en'],
      ['share of women', '48', 'percent', 'exactly', 'dont 48 % de femmes', 'report-fr'],
      ['speakers', '148', undefined, 'exactly', '148 speakers from 43 countries', 'report-en'],
      ['speakers', '148', undefined, 'exactly', '148 intervenants issus de 43 pays', 'report-fr'],
    ]);
    // The shares are of the 148 speakers (004: "148 speakers from 43 countries, 48% of whom were women").
    expect(new Set(rows.filter((r) => r.unit === 'percent').map((r) => r.percentageOf))).toEqual(
      new Set([`${ID}figure/summit-speakers`]),
    );
  });

  it('should give the figures of every event of the week when no event is given', async () => {
    const rows = await runSaved(server, 'event-figures');
    const summary = [
      ...new Set(
        rows.map((r) => `${r.event.replace(`${ID}event/`, '')} ${r.measure.replace(`${ID}measure/`, '')} ${r.value}`),
      ),
    ].sort();
    expect(summary).toEqual([
      // 004: "6 and 7 February 2025 ... 3,800 participants from across the globe, 70% from academia, 94 speakers"
      '2025-02-06-ai-science-society-conference participants 3800',
      '2025-02-06-ai-science-society-conference share-from-academia 70',
      '2025-02-06-ai-science-society-conference speakers 94',
      // 004: "8 and 9 February 2025 ... 3,000 participants"
      '2025-02-08-cultural-weekend participants 3000',
      '2025-02-10-summit countries-represented 100',
      '2025-02-10-summit demonstrations 63',
      '2025-02-10-summit experts 200',
      '2025-02-10-summit heads-of-state 100',
      '2025-02-10-summit heads-of-state 40',
      '2025-02-10-summit journalists 500',
      '2025-02-10-summit participants 1500',
      '2025-02-10-summit share-ngo-academia 27',
      '2025-02-10-summit share-women 48',
      '2025-02-10-summit speaker-countries 43',
      '2025-02-10-summit speakers 148',
      // 004: "11 February 2025 / More than 100 events ... More than 5,000 participants"
      '2025-02-11-events events 100',
      '2025-02-11-events participants 5000',
      // 004: "More than 250 labelled events"; "More than 40,000 peoples"; "over 800 contributors from more than
      // 100 countries"; "over 700 candidates"
      'ai-action-summit candidates 700',
      'ai-action-summit consultation-participants 40000',
      'ai-action-summit contributor-countries 100',
      'ai-action-summit contributors 800',
      'ai-action-summit labelled-events 250',
    ]);
  });
});

describe("french-ai-ecosystem: France's AI ecosystem in figures", () => {
  it('should give the counts and amounts about AI in France, then the research centres', async () => {
    const rows = await runSaved(server, 'french-ai-ecosystem');
    expect(
      rows.map((r) => [
        r.claim.replace(ID, ''),
        r.value,
        r.currency,
        r.qualifier,
        list(r.including, ', ').join(', '),
        r.wording,
        graphs(r.source).join(),
      ]),
    ).toEqual([
      // 002: "Un vivier de 1 000 start-ups IA"
      [
        'figure/french-ai-start-ups',
        '1000',
        undefined,
        'exactly',
        '',
        'Un vivier de 1 000 start-ups IA',
        'ouest-france-preview',
      ],
      // 002: "16 licornes françaises, dont Mistral AI et Qonto, valorisées à plus d'un milliard d'euros"
      [
        'figure/french-unicorns',
        '16',
        undefined,
        'exactly',
        'Mistral AI, Qonto',
        "16 licornes françaises, dont Mistral AI et Qonto, valorisées à plus d'un milliard d'euros",
        'ouest-france-preview',
      ],
      // 003: "la France va investir 109 milliards dans l'IA" (France is the investor; no currency in 003, EUR
      // curated)
      [
        'investment/france-ai-109bn-post-summit-blog',
        '109000000000',
        'EUR',
        'exactly',
        '',
        '109 milliards',
        'post-summit-blog',
      ],
      // 004: "€109 billion in French and foreign private investment in AI infrastructures in France"
      ['investment/france-ai-infrastructure-109bn', '109000000000', 'EUR', 'exactly', '', '€109 billion', 'report-en'],
      [
        'investment/france-ai-infrastructure-109bn',
        '109000000000',
        'EUR',
        'exactly',
        '',
        "109 milliards d'euros",
        'report-fr',
      ],
      // 002: "Depuis 2018, la France a investi 2,5 milliards d'euros"
      [
        'investment/france-ai-since-2018-2-5bn',
        '2500000000',
        'EUR',
        'exactly',
        '',
        "2,5 milliards d'euros",
        'ouest-france-preview',
      ],
      // 002: "ayant levé près de 2 milliards d'euros en 2024"
      [
        'investment/french-ai-start-ups-2024-2bn',
        '2000000000',
        'EUR',
        'approximately',
        '',
        "près de 2 milliards d'euros",
        'ouest-france-preview',
      ],
      // 002: "La présence de leaders mondiaux, tels qu'OpenAI, Google (via Alphabet) et Tata, qui ont installé
      // leurs centres de recherche en France."
      [
        'place/google-research-centre-france',
        undefined,
        undefined,
        undefined,
        '',
        'Centre de recherche de Google en France',
        'ouest-france-preview',
      ],
      [
        'place/openai-research-centre-france',
        undefined,
        undefined,
        undefined,
        '',
        "Centre de recherche d'OpenAI en France",
        'ouest-france-preview',
      ],
      [
        'place/tata-research-centre-france',
        undefined,
        undefined,
        undefined,
        '',
        'Centre de recherche de Tata en France',
        'ouest-france-preview',
      ],
    ]);
  });
});
