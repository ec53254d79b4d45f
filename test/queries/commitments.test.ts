// The saved queries about commitments, run over HTTP on the real graph, each answer checked against the
// source texts (shared/seeds: 001 the declaration, 004/000 the report in English/French, 003 the
// post-summit blog). A commitment's parties are those of what it is made in (the declaration's
// signatories, an initiative's founders, launchers, supporters..., an investment's investors), unless a
// source names them on the commitment itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server.ts';
import { AAS, GRAPH, graphs, ID, list, pick, runSaved, short, startQueryServer } from './helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startQueryServer();
}, 60_000);
afterAll(async () => {
  await server?.close();
});

const C = `${ID}commitment/`;
/** A commitment's slug, from its IRI. */
const slug = (iri: string | undefined) => iri?.replace(C, '');

// 001 footnote 2: "Kenya, Allemagne, Chili, Finlande, Slovaquie, France, Nigeria, Maroc, Inde."
const FOUNDERS = [
  'country/CL',
  'country/DE',
  'country/FI',
  'country/FR',
  'country/IN',
  'country/KE',
  'country/MA',
].concat(['country/NG', 'country/SK']);

describe('commitments: every commitment, its wording, what it belongs to, topics and sources', () => {
  it('should list 53 commitments: 26 of the declaration, 22 more of the report, 5 of the blog', async () => {
    const rows = await runSaved(server, 'commitments');
    expect(rows).toHaveLength(53);
    const declaration = rows.filter((r) => short(r.madeIn) === 'id/document/paris-declaration');
    // 001: every commitment of its six numbered paragraphs, in reading order.
    expect(declaration.map((r) => Number(r.position)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 26 }, (_, i) => i + 1),
    );
    const byParagraph: Record<string, number> = {};
    for (const r of declaration) byParagraph[r.paragraph ?? ''] = (byParagraph[r.paragraph ?? ''] ?? 0) + 1;
    // §1: the public interest and the three principles; §2: diversity, the open approach, inequalities,
    // developing countries; §3: six priorities and seven actions; §4: four; §5: two; §6: the follow-up.
    expect(byParagraph).toEqual({ '1': 2, '2': 4, '3': 13, '4': 4, '5': 2, '6': 1 });
    // Stated by the blog alone: 003's announcements (France's 109 billion, the French groups' promises,
    // the Commission President's 200 billion, the Franco-German agreement, the coalition for a "leader
    // mondial").
    expect(
      rows
        .filter((r) => graphs(r.sources).join(' ') === 'post-summit-blog')
        .map((r) => slug(r.commitment))
        .sort(),
    ).toEqual([
      'blog-eu-200bn',
      'blog-europe-world-leader',
      'blog-france-germany-common-framework',
      'blog-france-invest-109bn',
      'blog-french-groups-pledges',
    ]);
  });

  it("should give the source's wording in the language asked for, or the curators' translation, marked", async () => {
    const en = await runSaved(server, 'commitments', { lang: 'en' });
    const fr = await runSaved(server, 'commitments', { lang: 'fr' });
    const of = (rows: typeof en, s: string) => rows.find((r) => slug(r.commitment) === s)!;
    // 001 §2: "tout en soulignant le besoin et l'urgence de réduire les inégalités" (no source in English)
    expect(pick('text', 'translated')(of(fr, 'declaration-2-reduce-inequalities'))).toEqual([
      "tout en soulignant le besoin et l'urgence de réduire les inégalités",
      'false',
    ]);
    expect(pick('text', 'translated')(of(en, 'declaration-2-reduce-inequalities'))).toEqual([
      'while stressing the need and urgency to reduce inequalities',
      'true',
    ]);
    // 004 says in English what 001 §1 says of its principles: "recalled their commitment to a common
    // approach based on sharing science, solutions and common standards".
    const principles = of(en, 'declaration-1-principles');
    expect(principles.translated).toBe('false');
    expect(principles.text).toContain('a common approach based on sharing science, solutions and common standards');
    expect(graphs(principles.sources)).toEqual(['declaration', 'report-en', 'report-fr']);
    // 004: "six objectives by the G7 in 2026, including promoting social dialogue"
    expect(pick('text', 'deadlineWording', 'madeInName')(of(en, 'pledge-social-dialogue'))).toEqual([
      'promoting social dialogue',
      'by the G7 in 2026',
      'Pledge for a Trustworthy AI in the World of Work',
    ]);
    // 000: "six objectifs d'ici au G7 de 2026, dont la promotion du dialogue social"
    expect(pick('text', 'deadlineWording')(of(fr, 'pledge-social-dialogue'))).toEqual([
      'la promotion du dialogue social',
      "d'ici au G7 de 2026",
    ]);
    // 001 §4: the global reflection "notamment sur les questions de sécurité, [...] la diversité linguistique"
    expect(list(of(en, 'declaration-4-global-reflection').topics, ', ')).toEqual([
      'culture and languages',
      'governance',
      'innovation and investment',
      'rights and ethics',
      'safety and trust',
      'sustainability and energy',
    ]);
  });

  it('should give the commitments on one topic: labour', async () => {
    const rows = await runSaved(server, 'commitments', { topic: `${AAS}Labour` });
    expect(rows.map((r) => slug(r.commitment)).sort()).toEqual([
      // 001 §3: "Encourager un déploiement de l'IA qui ait une incidence positive sur l'avenir du travail";
      // "un réseau d'observatoires"
      'declaration-3-labour-market-observatories',
      'declaration-3-priority-future-of-work',
      // 004: "a network for sharing knowledge on AI's impact on labour"
      'labour-impact-knowledge-sharing',
      // 004: "making sure that AI is developed to increase jobs and not to replace them"
      'paris-actions-jobs',
      // 004: the pledge's named objectives
      'pledge-occupational-safety-health',
      'pledge-productivity-inclusiveness',
      'pledge-social-dialogue',
    ]);
  });
});

describe('party-commitments: what a country or organisation committed to, with whom, by when, and who says so', () => {
  it('should give what France committed to: the declaration, two initiatives it launched, one it supports, an investment and an agreement', async () => {
    const rows = await runSaved(server, 'party-commitments', { party: `${ID}country/FR` });
    expect(rows).toHaveLength(32);
    const notDeclaration = rows
      .filter((r) => short(r.madeIn) !== 'id/document/paris-declaration')
      .map((r) => [
        slug(r.commitment),
        r.roles,
        graphs(r.roleSources).join(' '),
        r.otherParties,
        list(r.withWhom, ', '),
      ]);
    expect(notDeclaration.sort()).toEqual([
      // 004: the map "Instigated by France and India"; 000: "sous le pilotage de la France et de l'Inde"
      ['ai-governance-map-coordination', 'launched, leads', 'report-en report-fr', '1', ['India']],
      // 003: "un accord a été signé entre la France et l'Allemagne pour créer un cadre commun"
      ['blog-france-germany-common-framework', 'signatory', 'post-summit-blog', '1', ['Germany']],
      // 003: "la France va investir 109 milliards dans l'IA [...] Les fonds promis proviennent en premier lieu
      // des Émirats arabes unis, du Canada et des États-Unis"
      [
        'blog-france-invest-109bn',
        'investor',
        'post-summit-blog',
        '3',
        ['Canada', 'United Arab Emirates', 'United States of America'],
      ],
      // 004: "The Coalition for Sustainable Artificial Intelligence launched by France, the United Nations
      // Environment Programme (UNEP) and the International Telecommunications Union (ITU) aims to reduce ..."
      [
        'coalition-sustainable-ai-aim',
        'launched',
        'report-en report-fr',
        '2',
        ['International Telecommunication Union', 'United Nations Environment Programme'],
      ],
      // 004: "The foundation is supported by ten countries including Chile, Finland, France, Germany, India,
      // Kenya and Nigeria."
      [
        'current-ai-key-areas',
        'supports',
        'report-en report-fr',
        '6',
        ['Chile', 'Finland', 'Germany', 'India', 'Kenya', 'Nigeria'],
      ],
      [
        'current-ai-tangible-projects',
        'supports',
        'report-en report-fr',
        '6',
        ['Chile', 'Finland', 'Germany', 'India', 'Kenya', 'Nigeria'],
      ],
    ]);
  });

  it("should give the declaration's 26 commitments: signed, or launched as a founding member (footnote 2)", async () => {
    const rows = await runSaved(server, 'party-commitments', { party: `${ID}country/FR` });
    const declaration = rows.filter((r) => short(r.madeIn) === 'id/document/paris-declaration');
    expect(declaration).toHaveLength(26);
    // 001: "18. France" in the numbered list; the report's six named signatories do not include France.
    const signed = declaration.filter((r) => r.roles === 'signatory');
    expect(signed).toHaveLength(24);
    expect(signed.every((r) => graphs(r.roleSources).join() === 'declaration')).toBe(true);
    // 60 other parties: the list's 59 others, and the report's "African Union", which the list does not name.
    expect(new Set(signed.map((r) => r.otherParties))).toEqual(new Set(['60']));
    expect(list(signed[0]?.withWhom, ', ')).toContain('African Union');
    expect(list(signed[0]?.withWhom, ', ')).toContain('African Union Commission');
    // 001: "Les membres fondateurs(2) ont lancé une grande plateforme et un incubateur de l'IA d'intérêt
    // général"; footnote 2: "Kenya, Allemagne, Chili, Finlande, Slovaquie, France, Nigeria, Maroc, Inde."
    expect(
      declaration
        .filter((r) => r.roles !== 'signatory')
        .map((r) => [slug(r.commitment), r.roles, r.otherParties, list(r.withWhom, ', ').length]),
    ).toEqual([
      ['declaration-3-public-interest-ai-platform', 'named on the commitment', '8', 8],
      ['declaration-3-public-interest-ai-support', 'named on the commitment', '8', 8],
    ]);
    // 001 §6: "notamment le Sommet de Kigali, le 3e Forum mondial sur l'éthique de l'IA [...], la Conférence
    // mondiale sur l'IA en 2025 et le Sommet mondial de 2025 sur l'IA au service du bien social, afin
    // d'assurer le suivi de nos engagements"; the reports date them April, June and July 2025.
    expect(
      declaration
        .find((r) => slug(r.commitment) === 'declaration-6-follow-up')
        ?.milestones?.split(' | ')
        .sort(),
    ).toEqual([
      'AI for Good Global Summit (2025-07)',
      'Global AI Summit on Africa (2025-04)',
      'UNESCO Global Forum on the Ethics of Artificial Intelligence (2025-06)',
      'World AI Conference (2025)',
    ]);
  });

  it('should name the French texts and deadlines on request', async () => {
    const rows = await runSaved(server, 'party-commitments', { party: `${ID}organization/impact-ai`, lang: 'fr' });
    // 000: "L'Engagement pour une IA digne de confiance dans le monde du travail vise à progresser vers six
    // objectifs d'ici au G7 de 2026, dont ..."; "Près de 60 entreprises multinationales et celles
    // appartenant à de grands réseaux (IMPACT AI, Global Deal France, Les entreprises s'engagent, Positive AI,
    // AEDIPE) ont signé l'engagement."
    expect(rows.map(pick('text', 'roles', 'deadlineWording', 'milestones', 'otherParties'))).toEqual([
      [
        'la garantie de la sécurité et de la santé au travail',
        'network whose companies signed',
        "d'ici au G7 de 2026",
        'G7 de 2026 (2026)',
        '4',
      ],
      [
        "la promotion de la productivité et de l'inclusivité tout au long des chaînes de valeur",
        'network whose companies signed',
        "d'ici au G7 de 2026",
        'G7 de 2026 (2026)',
        '4',
      ],
      [
        'la promotion du dialogue social',
        'network whose companies signed',
        "d'ici au G7 de 2026",
        'G7 de 2026 (2026)',
        '4',
      ],
    ]);
  });

  it('should give the commitments a source names an organisation for, and those of an investor', async () => {
    // 004: "INESIA aims to analyse systemic risks [...]. It will represent France within the network of AI
    // safety institutes."
    expect(
      (await runSaved(server, 'party-commitments', { party: `${ID}organization/inesia` })).map(
        pick('commitment', 'roles', 'otherParties'),
      ),
    ).toEqual([
      [`${C}inesia-aims`, 'named on the commitment', '0'],
      [`${C}inesia-represent-france`, 'named on the commitment', '0'],
    ]);
    // 004: "€20 billion in European Commission's investment in AI giga factories"
    expect(
      (await runSaved(server, 'party-commitments', { party: `${ID}organization/european-commission` })).map(
        pick('commitment', 'roles'),
      ),
    ).toEqual([[`${C}ai-gigafactories-20bn`, 'investor']]);
    // 003: the funds promised come "en premier lieu des Émirats arabes unis": a main source, not an investor
    const uae = await runSaved(server, 'party-commitments', { party: `${ID}country/AE` });
    expect(uae.filter((r) => r.roles !== 'signatory').map(pick('commitment', 'roles'))).toEqual([
      [`${C}blog-france-invest-109bn`, 'main source of the funds'],
    ]);
  });

  it('should need the party', async () => {
    const response = await server.get('/api/queries/party-commitments');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Missing required parameter 'party'");
  });
});

describe('commitment-parties: the parties to a commitment', () => {
  it("should give the coalition's launchers: France, UNEP and the ITU, in both editions", async () => {
    const rows = await runSaved(server, 'commitment-parties', { commitment: `${C}coalition-sustainable-ai-aim` });
    // 004: "launched by France, the United Nations Environment Programme (UNEP) and the International
    // Telecommunications Union (ITU)"
    expect(rows.map((r) => [short(r.party), r.kinds, r.role, graphs(r.sources).join(' ')])).toEqual([
      ['id/country/FR', 'Country', 'launched', 'report-en report-fr'],
      ['id/organization/itu', 'InternationalOrganization', 'launched', 'report-en report-fr'],
      ['id/organization/unep', 'InternationalOrganization', 'launched', 'report-en report-fr'],
    ]);
  });

  it("should give a declaration commitment's 61 parties, each source's signatories with their graphs", async () => {
    const rows = await runSaved(server, 'commitment-parties', { commitment: `${C}declaration-5-trust-and-safety` });
    expect(rows).toHaveLength(61);
    expect(rows.every((r) => r.role === 'signatory')).toBe(true);
    const sourcesOf = (party: string) => graphs(rows.find((r) => short(r.party) === `id/${party}`)?.sources);
    // 001: "60. Commission de l'Union africaine"; 004: "and the African Union"; both: Australia ("2.
    // Australie"; "including India, China, Canada, Australia").
    expect(sourcesOf('organization/african-union-commission')).toEqual(['declaration']);
    expect(sourcesOf('organization/african-union')).toEqual(['report-en', 'report-fr']);
    expect(sourcesOf('country/AU')).toEqual(['declaration', 'report-en', 'report-fr']);
    expect(rows.filter((r) => graphs(r.sources).includes('declaration'))).toHaveLength(60);
  });

  it('should give the nine founding members the declaration names for its platform, in French on request', async () => {
    const rows = await runSaved(server, 'commitment-parties', {
      commitment: `${C}declaration-3-public-interest-ai-platform`,
      lang: 'fr',
    });
    expect(rows.map((r) => short(r.party)?.replace('id/', '')).sort()).toEqual(FOUNDERS);
    expect(rows.every((r) => r.role === 'named on the commitment' && graphs(r.sources).join() === 'declaration')).toBe(
      true,
    );
    expect(rows.map((r) => r.name)).toContain('Nigéria');
  });

  it('should give no party for the commitments on weapons, which no source attributes', async () => {
    // 004: "The Summit generated commitments regarding maintaining human control in AI-enabled weapon systems"
    expect(await runSaved(server, 'commitment-parties', { commitment: `${C}human-control-ai-weapons` })).toEqual([]);
  });
});

describe('topic-parties: who is committed on a topic', () => {
  it('should give the parties of the labour commitments, the pledge networks first', async () => {
    const rows = await runSaved(server, 'topic-parties', { topic: `${AAS}Labour` });
    expect(rows).toHaveLength(5 + 61 + 2);
    // 004: "Close to 60 multinationals members of large networks (IMPACT AI, Global Deal France, Les
    // Entreprises S'Engagent, Positive AI, AEDIPE) signed the pledge": its three named objectives.
    expect(rows.slice(0, 5).map(pick('name', 'commitments', 'roles'))).toEqual([
      ['AEDIPE', '3', 'network whose companies signed'],
      ['Global Deal France', '3', 'network whose companies signed'],
      ['IMPACT AI', '3', 'network whose companies signed'],
      ["Les Entreprises S'Engagent", '3', 'network whose companies signed'],
      ['Positive AI', '3', 'network whose companies signed'],
    ]);
    // The declaration's two labour commitments (priority 4 and the observatories), for each signatory.
    const france = rows.find((r) => short(r.party) === 'id/country/FR')!;
    expect([france.commitments, france.roles, list(france.commitmentNames, ' | ')]).toEqual([
      '2',
      'signatory',
      [
        "Create a network of observatories on AI's effects on the labour market",
        'Encourage AI deployment that positively shapes the future of work',
      ],
    ]);
    // 004: "a network for sharing knowledge on AI's impact on labour, coordinated by the ILO and the OECD"
    expect(rows.slice(-2).map(pick('name', 'commitments', 'roles'))).toEqual([
      ['International Labour Organization', '1', 'coordinates'],
      ['Organisation for Economic Co-operation and Development', '1', 'coordinates'],
    ]);
  });
});

describe('committed-to-both: states committed to two things', () => {
  it('should give the seven named supporters of Current AI committed on sustainability through the declaration', async () => {
    const rows = await runSaved(server, 'committed-to-both', {
      first: `${ID}initiative/current-ai`,
      second: `${AAS}SustainabilityAndEnergy`,
    });
    // 004: Current AI "is supported by ten countries including Chile, Finland, France, Germany, India, Kenya
    // and Nigeria"; all seven signed the declaration (001), whose sustainability commitments they share.
    expect(rows.map((r) => short(r.state))).toEqual(
      ['CL', 'FI', 'FR', 'DE', 'IN', 'KE', 'NG'].map((code) => `id/country/${code}`),
    );
    expect(new Set(rows.map((r) => r.firstRoles))).toEqual(new Set(['supports']));
    // France also launched the Coalition for Sustainable AI (004).
    expect(list(rows.find((r) => short(r.state) === 'id/country/FR')?.secondRoles, ', ')).toEqual([
      'launched',
      'signatory',
    ]);
  });

  it('should give France and Germany for the declaration and their agreement (003)', async () => {
    const rows = await runSaved(server, 'committed-to-both', {
      first: `${ID}document/paris-declaration`,
      second: `${ID}document/france-germany-ai-agreement`,
    });
    // 003: "un accord a été signé entre la France et l'Allemagne"; 001: "18. France", "19. Allemagne"
    expect(rows.map(pick('name', 'viaSecond', 'secondSources'))).toEqual([
      [
        'France',
        'Create a common Franco-German framework for the use of AI in the automotive sector and cybersecurity',
        `${GRAPH}post-summit-blog`,
      ],
      [
        'Germany',
        'Create a common Franco-German framework for the use of AI in the automotive sector and cybersecurity',
        `${GRAPH}post-summit-blog`,
      ],
    ]);
  });

  it('should give France alone for the coalition and Current AI', async () => {
    const rows = await runSaved(server, 'committed-to-both', {
      first: `${ID}initiative/coalition-for-sustainable-ai`,
      second: `${ID}initiative/current-ai`,
    });
    expect(rows.map(pick('name', 'firstRoles', 'secondRoles'))).toEqual([['France', 'launched', 'supports']]);
  });
});

describe('commitment-deadlines: commitments with a deadline or milestones', () => {
  it("should give the declaration's follow-up meetings and the pledge's G7 of 2026, earliest first", async () => {
    const rows = await runSaved(server, 'commitment-deadlines');
    expect(rows.map((r) => [slug(r.commitment), r.deadlineWording, r.milestoneName, r.date])).toEqual([
      // 001 §6: "la Conférence mondiale sur l'IA en 2025"
      ['declaration-6-follow-up', undefined, 'World AI Conference', '2025'],
      // 004: "April 2025 / Global AI Summit on Africa in Kigali" (001: "le Sommet de Kigali")
      ['declaration-6-follow-up', undefined, 'Global AI Summit on Africa', '2025-04'],
      // 004: "June 2025 / UNESCO Global Forum on the Ethics of Artificial Intelligence in Bangkok"
      ['declaration-6-follow-up', undefined, 'UNESCO Global Forum on the Ethics of Artificial Intelligence', '2025-06'],
      // 004: "July 2025 / ITU's AI for Good Global Summit in Geneva"
      ['declaration-6-follow-up', undefined, 'AI for Good Global Summit', '2025-07'],
      // 004: "six objectives by the G7 in 2026, including promoting social dialogue, ensuring occupational
      // safety and health in the workplace, and promoting productivity and inclusiveness across value chains"
      ['pledge-occupational-safety-health', 'by the G7 in 2026', 'G7 in 2026', '2026'],
      ['pledge-productivity-inclusiveness', 'by the G7 in 2026', 'G7 in 2026', '2026'],
      ['pledge-social-dialogue', 'by the G7 in 2026', 'G7 in 2026', '2026'],
    ]);
    expect(rows.slice(0, 4).every((r) => graphs(r.sources).join() === 'declaration')).toBe(true);
    expect(rows.slice(4).every((r) => graphs(r.sources).join(' ') === 'report-en report-fr')).toBe(true);
  });
});

describe('single-source-commitments: commitments only one source reports', () => {
  it('should give 48: 21 of the declaration alone, 22 of the report (both editions), 5 of the blog', async () => {
    const rows = await runSaved(server, 'single-source-commitments');
    const count = (source: string) => rows.filter((r) => short(r.source) === source).length;
    expect([count('graph/declaration'), count('id/source/summit-report'), count('graph/post-summit-blog')]).toEqual([
      21, 22, 5,
    ]);
    expect(rows).toHaveLength(48);
    // The two editions of the report are one source.
    expect(
      rows
        .filter((r) => short(r.source) === 'id/source/summit-report')
        .every((r) => graphs(r.graphs).join(' ') === 'report-en report-fr'),
    ).toBe(true);
    // Stated by two sources or more, so left out: 001's principles (also 004/000), its priorities 2, 5 and 6
    // and its global dialogue (also 003).
    const ids = rows.map((r) => slug(r.commitment));
    for (const shared of [
      'declaration-1-principles',
      'declaration-3-priority-open-trustworthy',
      'declaration-3-priority-sustainable-ai',
      'declaration-3-priority-international-cooperation',
      'declaration-4-global-dialogue-scientific-panel',
    ])
      expect(ids).not.toContain(shared);
  });
});
