// The saved queries about the Paris declaration, run over HTTP on the real graph, each answer checked
// against the source texts (shared/seeds: 001 the declaration and its list, 004/000 the report in
// English/French, 003 the post-summit blog).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server.ts';
import { graphs, ID, list, pick, runSaved, short, startQueryServer } from './helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startQueryServer();
}, 60_000);
afterAll(async () => {
  await server?.close();
});

// 001: "Pays signataires : 1. Arménie 2. Australie … 59. Union européenne 60. Commission de l'Union
// africaine", exactly as printed (entry 55 without its accent: "Emirats arabes unis"); the IRIs carry
// each state's ISO 3166-1 alpha-2 code.
const LIST: [number, string, string][] = [
  [1, 'country/AM', 'Arménie'],
  [2, 'country/AU', 'Australie'],
  [3, 'country/AT', 'Autriche'],
  [4, 'country/BE', 'Belgique'],
  [5, 'country/BR', 'Brésil'],
  [6, 'country/BG', 'Bulgarie'],
  [7, 'country/KH', 'Cambodge'],
  [8, 'country/CA', 'Canada'],
  [9, 'country/CL', 'Chili'],
  [10, 'country/CN', 'Chine'],
  [11, 'country/HR', 'Croatie'],
  [12, 'country/CY', 'Chypre'],
  [13, 'country/CZ', 'République tchèque'],
  [14, 'country/DK', 'Danemark'],
  [15, 'country/DJ', 'Djibouti'],
  [16, 'country/EE', 'Estonie'],
  [17, 'country/FI', 'Finlande'],
  [18, 'country/FR', 'France'],
  [19, 'country/DE', 'Allemagne'],
  [20, 'country/GR', 'Grèce'],
  [21, 'country/HU', 'Hongrie'],
  [22, 'country/IN', 'Inde'],
  [23, 'country/ID', 'Indonésie'],
  [24, 'country/IE', 'Irlande'],
  [25, 'country/IT', 'Italie'],
  [26, 'country/JP', 'Japon'],
  [27, 'country/KZ', 'Kazakhstan'],
  [28, 'country/KE', 'Kenya'],
  [29, 'country/LV', 'Lettonie'],
  [30, 'country/LT', 'Lituanie'],
  [31, 'country/LU', 'Luxembourg'],
  [32, 'country/MT', 'Malte'],
  [33, 'country/MX', 'Mexique'],
  [34, 'country/MC', 'Monaco'],
  [35, 'country/MA', 'Maroc'],
  [36, 'country/NZ', 'Nouvelle-Zélande'],
  [37, 'country/NG', 'Nigéria'],
  [38, 'country/NO', 'Norvège'],
  [39, 'country/PL', 'Pologne'],
  [40, 'country/PT', 'Portugal'],
  [41, 'country/RO', 'Roumanie'],
  [42, 'country/RW', 'Rwanda'],
  [43, 'country/SN', 'Sénégal'],
  [44, 'country/RS', 'Serbie'],
  [45, 'country/SG', 'Singapour'],
  [46, 'country/SK', 'Slovaquie'],
  [47, 'country/SI', 'Slovénie'],
  [48, 'country/ZA', 'Afrique du Sud'],
  [49, 'country/KR', 'République de Corée'],
  [50, 'country/ES', 'Espagne'],
  [51, 'country/SE', 'Suède'],
  [52, 'country/CH', 'Suisse'],
  [53, 'country/TH', 'Thaïlande'],
  [54, 'country/NL', 'Pays-Bas'],
  [55, 'country/AE', 'Emirats arabes unis'],
  [56, 'country/UA', 'Ukraine'],
  [57, 'country/UY', 'Uruguay'],
  [58, 'country/VA', 'Vatican'],
  [59, 'organization/european-union', 'Union européenne'],
  [60, 'organization/african-union-commission', "Commission de l'Union africaine"],
];

describe('signatories: the signatories of the declaration, in list order', () => {
  it('should give all 60 entries of the list in order, each as the list prints it, with French names by default', async () => {
    const rows = await runSaved(server, 'signatories');
    expect(rows.map((r) => [Number(r.position), r.signatory.replace(ID, ''), r.listedAs])).toEqual(LIST);
    // The French names are the list's own, except entry 55, whose name carries its accent (003 writes
    // "des Émirats arabes unis"); 001 prints "55. Emirats arabes unis".
    const expectedNames = LIST.map(([, , printed]) =>
      printed === 'Emirats arabes unis' ? 'Émirats arabes unis' : printed,
    );
    expect(rows.map((r) => r.name)).toEqual(expectedNames);
  });

  it('should tell the 58 states from the two supranational bodies that close the list', async () => {
    const rows = await runSaved(server, 'signatories', { lang: 'fr' });
    // 001: entries 1-58 are states; "59. Union européenne", "60. Commission de l'Union africaine".
    expect(rows.slice(0, 58).every((r) => r.kind === 'state')).toBe(true);
    expect(rows.slice(58).map(pick('position', 'kind'))).toEqual([
      ['59', 'supranational body'],
      ['60', 'supranational body'],
    ]);
  });

  it('should give English names on request, keeping the order and the printed entries', async () => {
    const rows = await runSaved(server, 'signatories', { lang: 'en' });
    expect(rows.map((r) => r.listedAs)).toEqual(LIST.map(([, , printed]) => printed));
    const byCode = Object.fromEntries(rows.map((r) => [r.signatory.replace(ID, ''), r.name]));
    // 004: "including India, China, Canada, Australia, the European Union and its Member States"; the
    // founding members in 004: "Chile, Finland, France, Germany, India, Kenya and Nigeria".
    expect(byCode).toMatchObject({
      'country/IN': 'India',
      'country/CN': 'China',
      'country/CA': 'Canada',
      'country/AU': 'Australia',
      'organization/european-union': 'European Union',
      'country/CL': 'Chile',
      'country/FI': 'Finland',
      'country/FR': 'France',
      'country/DE': 'Germany',
      'country/KE': 'Kenya',
      'country/NG': 'Nigeria',
    });
    // No source names the others in English; every entry still has an English name (graph:curated),
    // "Vatican" as the Holy See, the party that signs.
    expect(rows.every((r) => r.name)).toBe(true);
    expect(byCode['country/VA']).toBe('Holy See');
    expect(byCode['organization/african-union-commission']).toBe('African Union Commission');
  });

  it('should refuse a language outside the enumeration', async () => {
    const response = await server.get('/api/queries/signatories?lang=de');
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('Parameter \'lang\' must be one of: fr, en; got "de".\n');
  });
});

describe('non-signatories: the states named as not having signed', () => {
  it('should name the United States and the United Kingdom, from the post-summit blog, neither in the list', async () => {
    // 003: "en témoigne l'absence des États-Unis et du Royaume-Uni dans la signature de cet accord"
    const rows = await runSaved(server, 'non-signatories');
    expect(rows.map((r) => [short(r.state), r.name, short(r.declaration), short(r.source), r.inNumberedList])).toEqual([
      ['id/country/GB', 'United Kingdom', 'id/document/paris-declaration', 'graph/post-summit-blog', 'false'],
      ['id/country/US', 'United States of America', 'id/document/paris-declaration', 'graph/post-summit-blog', 'false'],
    ]);
    // 003: "Les deux États alertent notamment contre une régulation excessive de l'intelligence artificielle"
    expect(rows.every((r) => r.whatTheSourceSays.includes('régulation excessive'))).toBe(true);
  });

  it('should give the names as the blog writes them in French', async () => {
    const rows = await runSaved(server, 'non-signatories', { lang: 'fr' });
    // 003: "des États-Unis et du Royaume-Uni"
    expect(rows.map((r) => r.name)).toEqual(['Royaume-Uni', 'États-Unis']);
  });
});

describe('declaration-map: every party of the declaration, for the map', () => {
  it('should mark the 60 entries of the list as signed, the co-chairs France and India, and the two states named as not signing', async () => {
    const rows = await runSaved(server, 'declaration-map');
    const status = Object.fromEntries(rows.map((r) => [r.party.replace(ID, ''), r.status]));
    // 001: the 60 entries; the summit event names France and India co-chairs; 003: the United States and the United Kingdom.
    expect(Object.keys(status).sort()).toEqual([...LIST.map(([, code]) => code), 'country/GB', 'country/US'].sort());
    const expected = Object.fromEntries(LIST.map(([, code]) => [code, 'signed']));
    Object.assign(expected, {
      'country/FR': 'signed, co-chair',
      'country/IN': 'signed, co-chair',
      'country/GB': 'not signed',
      'country/US': 'not signed',
    });
    expect(status).toEqual(expected);
    expect(rows).toHaveLength(62);
  });

  it('should give the names and the status in French on request', async () => {
    const rows = await runSaved(server, 'declaration-map', { lang: 'fr' });
    const status = Object.fromEntries(rows.map((r) => [r.party.replace(ID, ''), r.status]));
    expect(status).toMatchObject({
      'country/AM': 'signataire',
      'country/FR': 'signataire, coprésident',
      'country/US': 'non signataire',
      'organization/african-union-commission': 'signataire',
    });
    const names = Object.fromEntries(rows.map((r) => [r.party.replace(ID, ''), r.name]));
    expect(names).toMatchObject({
      'country/US': 'États-Unis',
      'country/AM': 'Arménie',
      'organization/european-union': 'Union européenne',
    });
  });
});

describe('signatory-claims: who signed, according to each source', () => {
  it("should set the report's six named signatories against the list, flagging its African Union", async () => {
    // 004: "64 Signatories including India, China, Canada, Australia, the European Union and its Member
    // States, and the African Union." The list (001) has "60. Commission de l'Union africaine", not the
    // African Union itself.
    const rows = await runSaved(server, 'signatory-claims', {
      source: 'https://w3id.org/aiactionsummit/graph/report-en',
    });
    expect(rows.map((r) => [short(r.party), r.claim, short(r.source), r.listPosition, r.agreesWithList])).toEqual([
      ['id/organization/african-union', 'signed', 'graph/report-en', undefined, 'false'],
      ['id/country/AU', 'signed', 'graph/report-en', '2', 'true'],
      ['id/country/CA', 'signed', 'graph/report-en', '8', 'true'],
      ['id/country/CN', 'signed', 'graph/report-en', '10', 'true'],
      ['id/country/IN', 'signed', 'graph/report-en', '22', 'true'],
      ['id/organization/european-union', 'signed', 'graph/report-en', '59', 'true'],
    ]);
  });

  it('should hold the 60 list entries, the six named by each edition of the report and the two non-signers', async () => {
    const rows = await runSaved(server, 'signatory-claims');
    expect(rows).toHaveLength(60 + 6 + 6 + 2);
    // Only the report's "African Union" (004 and 000: "l'Union africaine") disagrees with the list.
    expect(
      rows
        .filter((r) => r.agreesWithList === 'false')
        .map(pick('party', 'source'))
        .map((p) => p.map(short)),
    ).toEqual([
      ['id/organization/african-union', 'graph/report-en'],
      ['id/organization/african-union', 'graph/report-fr'],
    ]);
    // 003 names the US and the UK as absent from the signature: consistent with the list.
    expect(
      rows.filter((r) => r.claim === 'did not sign').map((r) => [short(r.party), short(r.source), r.agreesWithList]),
    ).toEqual([
      ['id/country/GB', 'graph/post-summit-blog', 'true'],
      ['id/country/US', 'graph/post-summit-blog', 'true'],
    ]);
    const fromTheList = rows.filter((r) => short(r.source) === 'graph/declaration');
    expect(fromTheList.map((r) => Number(r.listPosition)).sort((a, b) => a - b)).toEqual(LIST.map(([n]) => n));
  });
});

describe('signatory-counts: the list counted by kind of signatory', () => {
  it('should count 60 entries: 58 states, then 2 supranational bodies', async () => {
    // 001: the numbered list runs from "1. Arménie" to "60. Commission de l'Union africaine"; 59 and 60
    // are the European Union and the African Union Commission.
    const rows = await runSaved(server, 'signatory-counts');
    expect(rows.map(pick('kind', 'signatories', 'firstPosition', 'lastPosition'))).toEqual([
      ['all', '60', '1', '60'],
      ['state', '58', '1', '58'],
      ['supranational body', '2', '59', '60'],
    ]);
  });
});

describe('declaration-content: what the declaration says', () => {
  it('should give its scope, three principles, six priorities and three actions in its own French words', async () => {
    const rows = await runSaved(server, 'declaration-content', { lang: 'fr' });
    const fromDeclaration = rows.filter((r) => short(r.source) === 'graph/declaration');
    expect(fromDeclaration.map(pick('item', 'text', 'language'))).toEqual([
      // 001, footnote 1
      [
        'scope',
        "Conformément à l'approche des sommets antérieurs, la présente déclaration concerne exclusivement les applications et utilisations civiles de l'intelligence artificielle (IA).",
        'fr',
      ],
      // 001 §1: "Nos actions suivent trois grands principes : la science, les solutions (l'accent étant
      // porté sur des modèles d'IA ouverts respectant les cadres nationaux) et les normes, dans le
      // respect des cadres internationaux."
      ['principle', 'la science', 'fr'],
      ['principle', 'les normes, dans le respect des cadres internationaux', 'fr'],
      [
        'principle',
        "les solutions (l'accent étant porté sur des modèles d'IA ouverts respectant les cadres nationaux)",
        'fr',
      ],
      // 001 §3: "nous avons affirmé les grandes priorités ci-dessous" (six bullets)
      [
        'priority',
        "Encourager un déploiement de l'IA qui ait une incidence positive sur l'avenir du travail et des marchés du travail et qui ouvre des perspectives de croissance durable.",
        'fr',
      ],
      [
        'priority',
        "Permettre l'innovation dans le domaine de l'IA en créant les conditions propices à son développement et en évitant la concentration du marché, soutenant ainsi le redressement industriel et le développement.",
        'fr',
      ],
      ['priority', "Promouvoir l'accessibilité de l'IA pour réduire la fracture numérique.", 'fr'],
      ['priority', "Rendre l'IA durable pour les populations et la planète.", 'fr'],
      [
        'priority',
        'Renforcer la coopération internationale et promouvoir la coordination de la gouvernance internationale.',
        'fr',
      ],
      [
        'priority',
        "Veiller à ce que l'IA soit ouverte à tous, inclusive, transparente, éthique, sûre, sécurisée et digne de confiance, dans le respect des cadres internationaux.",
        'fr',
      ],
      // 001 "À cet effet :" the platform and incubator of public-interest AI, the observatory on AI's
      // energy effects (within the IEA), the network of observatories on the labour market.
      ['action', "Observatoire sur les effets de l'IA en matière d'énergie", 'fr'],
      ['action', "Plateforme et incubateur de l'IA d'intérêt général", 'fr'],
      ['action', "Réseau d'observatoires des effets de l'IA sur le marché du travail", 'fr'],
    ]);
  });

  it("should add the blog's objective and each source's description", async () => {
    const rows = await runSaved(server, 'declaration-content');
    // 003: "L'objectif est finalement de « rendre l'intelligence artificielle durable pour les
    // populations et la planète »."
    expect(rows.filter((r) => r.item === 'objective').map(pick('text', 'language', 'source'))).toEqual([
      [
        "rendre l'intelligence artificielle durable pour les populations et la planète",
        'fr',
        'https://w3id.org/aiactionsummit/graph/post-summit-blog',
      ],
    ]);
    const descriptions = rows.filter((r) => r.item === 'description').map((r) => [short(r.source), r.text]);
    expect(descriptions.map(([source]) => source)).toEqual([
      'graph/post-summit-blog',
      'graph/report-en',
      'graph/report-fr',
    ]);
    // 004: "For the first time, more than 60 countries signed a political statement on AI."; 000: "Pour
    // la première fois, plus de 60 pays ont signé une déclaration politique sur l'IA."; 003: "un accord
    // pour une IA « ouverte, inclusive et éthique »"
    expect(descriptions[1][1]).toContain(
      'For the first time, more than 60 countries signed a political statement on AI.',
    );
    expect(descriptions[2][1]).toContain(
      "Pour la première fois, plus de 60 pays ont signé une déclaration politique sur l'IA.",
    );
    expect(descriptions[0][1]).toContain('« ouverte, inclusive et éthique »');
    // English names of the three actions are the curators' translations.
    expect(rows.filter((r) => r.item === 'action').map((r) => r.text)).toEqual([
      "Network of observatories on AI's effects on the labour market",
      'Observatory on the energy impacts of AI',
      'Public interest AI platform and incubator',
    ]);
  });
});

describe('declaration-citations: what the declaration cites', () => {
  it('should list the 21 frameworks, bodies and meetings the declaration names, with the names it uses', async () => {
    const rows = await runSaved(server, 'declaration-citations');
    const cited = Object.fromEntries(rows.map((r) => [r.cited.replace(ID, ''), r.nameInTheDeclaration]));
    expect(cited).toEqual({
      // 001 §1: "Dans le prolongement du Pacte de Paris pour les peuples et la planète"; "la réalisation des
      // objectifs de développement durable"
      'document/paris-pact-for-people-and-the-planet': 'Pacte de Paris pour les peuples et la planète',
      'document/sustainable-development-goals': 'Objectifs de développement durable',
      // 001 §3: "les résolutions de l'Assemblée générale des Nations Unies, le Pacte numérique mondial, la
      // recommandation de l'UNESCO sur l'éthique de l'intelligence artificielle, la Stratégie continentale
      // de l'Union africaine sur l'intelligence artificielle et les travaux de l'Organisation de coopération
      // et de développement économiques, du Conseil de l'Europe, de l'Union européenne, du G7, en particulier
      // le processus de Hiroshima sur l'intelligence artificielle, et du G20"
      'document/un-general-assembly-ai-resolutions': "Résolutions de l'Assemblée générale des Nations Unies",
      'document/global-digital-compact': 'Pacte numérique mondial',
      'document/unesco-recommendation-ethics-ai':
        "Recommandation de l'UNESCO sur l'éthique de l'intelligence artificielle",
      'document/au-continental-ai-strategy':
        "Stratégie continentale de l'Union africaine sur l'intelligence artificielle",
      'organization/oecd': 'Organisation de coopération et de développement économiques',
      'organization/council-of-europe': "Conseil de l'Europe",
      'organization/european-union': 'Union européenne',
      'organization/g7': 'G7',
      'document/hiroshima-ai-process': "Processus de Hiroshima sur l'intelligence artificielle",
      'organization/g20': 'G20',
      // 001 footnote 3: "Dans le prolongement des travaux du Sommet mondial sur la société de l'information."
      'event/world-summit-information-society': "Sommet mondial sur la société de l'information",
      // 001 §4: "lancer un dialogue mondial sur la gouvernance de l'IA et le groupe scientifique
      // international multidisciplinaire indépendant sur l'IA"
      'initiative/global-dialogue-ai-governance': "Dialogue mondial sur la gouvernance de l'IA",
      'initiative/international-scientific-panel-ai':
        "Groupe scientifique international multidisciplinaire indépendant sur l'IA",
      // 001 §5: "le rôle du sommet de Bletchey [sic] Park sur la sécurité de l'IA et des sommets de Séoul"
      // (as printed: the corrected name is the curators', in graph:curated)
      'event/bletchley-park-ai-summit': "sommet de Bletchey Park sur la sécurité de l'IA",
      'event/seoul-ai-summits': 'Sommets de Séoul',
      // 001 §6: "notamment le Sommet de Kigali, le 3e Forum mondial sur l'éthique de l'IA qui sera organisé
      // par la Thaïlande et l'UNESCO, la Conférence mondiale sur l'IA en 2025 et le Sommet mondial de 2025
      // sur l'IA au service du bien social"
      'event/global-ai-summit-on-africa-2025': 'Sommet de Kigali',
      'event/unesco-global-forum-ethics-ai-2025': "3e Forum mondial sur l'éthique de l'IA",
      'event/world-ai-conference-2025': "Conférence mondiale sur l'IA",
      'event/ai-for-good-global-summit-2025': "Sommet mondial de 2025 sur l'IA au service du bien social",
    });
    expect(rows.every((r) => graphs(r.sources).join() === 'declaration')).toBe(true);
  });

  it('should name the authors the sources give, and the UN General Assembly as adopting (001) the Global Digital Compact', async () => {
    const rows = await runSaved(server, 'declaration-citations');
    const authors = Object.fromEntries(
      rows.filter((r) => r.authors).map((r) => [r.cited.replace(ID, ''), list(r.authors, ', ')]),
    );
    expect(authors).toEqual({
      // 001 §3 "la Stratégie continentale de l'Union africaine"
      'document/au-continental-ai-strategy': ['African Union'],
      // 004 "the UN's Global Digital Compact" (001 says who adopted it, not who wrote it: below)
      'document/global-digital-compact': ['United Nations'],
      // 001 §3 "du G7, en particulier le processus de Hiroshima"
      'document/hiroshima-ai-process': ['G7'],
      // 001 §3 "les résolutions de l'Assemblée générale des Nations Unies"
      'document/un-general-assembly-ai-resolutions': ['United Nations General Assembly'],
      // 001 §3 "la recommandation de l'UNESCO"
      'document/unesco-recommendation-ethics-ai': ['UNESCO'],
    });
    // 001 §4 "le Pacte numérique mondial adopté par l'Assemblée générale des Nations Unies"
    expect(rows.filter((r) => r.adoptedBy).map((r) => [r.cited.replace(ID, ''), r.adoptedBy])).toEqual([
      ['document/global-digital-compact', 'United Nations General Assembly'],
    ]);
  });
});

describe('source-signatories: the signatories each source names, and the union', () => {
  it('should give 60 in the list, six in each edition of the report, none in the blog, and 61 in the union', async () => {
    const rows = await runSaved(server, 'source-signatories');
    // 004: "the European Union and its Member States"; 000: "l'Union européenne et ses États-membres" (not named)
    expect(rows.map((r) => short(r.memberStatesOf) ?? '')).toEqual([
      '',
      '',
      '',
      'id/organization/european-union',
      'id/organization/european-union',
      'id/organization/european-union',
    ]);
    expect(
      rows.map((r) => [short(r.source), r.named, r.notInTheList, r.notSigned, list(r.statedCounts, ', ').join(', ')]),
    ).toEqual([
      // 001: "1. Arménie" ... "60. Commission de l'Union africaine"
      ['graph/declaration', '60', '0', '0', '60 (exactly)'],
      // 002 was written before the summit: no signatory, no count.
      ['graph/ouest-france-preview', '0', '0', '0', ''],
      // 003: "une soixantaine de pays"; "l'absence des États-Unis et du Royaume-Uni dans la signature"
      ['graph/post-summit-blog', '0', '0', '2', '60 (approximately)'],
      // 004: "64 Signatories including India, China, Canada, Australia, the European Union and its Member
      // States, and the African Union"; "more than 60 countries signed a political statement on AI". The
      // African Union is not in 001's list (which has the African Union Commission).
      ['graph/report-en', '6', '1', '0', '60 (more than), 64 (exactly)'],
      ['graph/report-fr', '6', '1', '0', '60 (more than), 64 (exactly)'],
      // The default graph is their union: 61 signatories, a number no source states.
      [undefined, '61', '1', '2', ''],
    ]);
  });
});
