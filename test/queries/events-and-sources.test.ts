// The saved queries about the week's events, the meetings before and after it, and the sources
// themselves, run over HTTP on the real graph, each answer checked against the source texts (001 the
// declaration, 004/000 the report in English/French, 002 the Ouest-France preview, 003 the blog).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRows } from '../helpers/parse.ts';
import type { TestServer } from '../helpers/server.ts';
import { sparqlGet } from '../helpers/server.ts';
import { GRAPH, graphs, ID, list, runSaved, startQueryServer } from './helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startQueryServer();
}, 60_000);
afterAll(async () => {
  await server?.close();
});

describe('week-programme: the summit week as a timeline', () => {
  it('should give the events of 6-11 February in date order, with every venue and who gives it', async () => {
    const rows = await runSaved(server, 'week-programme');
    expect(
      rows.map((r) => [
        r.event.replace(`${ID}event/`, ''),
        r.name,
        r.start,
        r.end,
        r.venueName,
        graphs(r.venueSources).join(' '),
      ]),
    ).toEqual([
      // 004: "6 and 7 February 2025 / The AI, Science and Society Conference at the Institut Polytechnique de
      // Paris"; 002: "6-7 février : Les sommités de la recherche en IA se réuniront à Paris-Saclay"
      [
        '2025-02-06-ai-science-society-conference',
        'AI, Science and Society Conference',
        '2025-02-06',
        '2025-02-07',
        'Institut Polytechnique de Paris',
        'report-en report-fr',
      ],
      [
        '2025-02-06-ai-science-society-conference',
        'AI, Science and Society Conference',
        '2025-02-06',
        '2025-02-07',
        'Paris-Saclay',
        'ouest-france-preview',
      ],
      // 004: "8 and 9 February 2025 / A cultural weekend for the general public at the Bibliothèque Nationale
      // de France and the Conciergerie"; 002: "8-9 février : La Bibliothèque Nationale de France et la Conciergerie"
      [
        '2025-02-08-cultural-weekend',
        'Cultural weekend',
        '2025-02-08',
        '2025-02-09',
        // (the library's name, as 000 prints it; 004 and 002 capitalise "Nationale": hidden labels)
        'Bibliothèque nationale de France',
        'ouest-france-preview report-en report-fr',
      ],
      [
        '2025-02-08-cultural-weekend',
        'Cultural weekend',
        '2025-02-08',
        '2025-02-09',
        'Conciergerie',
        'ouest-france-preview report-en report-fr',
      ],
      // 004: "10 and 11 February 2025 / A two-day Summit at the Grand Palais"; 002: "Les 10 et 11 février 2025,
      // le Grand Palais de Paris accueillera le Sommet"; 001: "10-11 février 2025, Paris"; 003: "Le sommet
      // pour l'IA s'est tenu le 10 et 11 février 2025 à Paris."
      [
        '2025-02-10-summit',
        'Two-day Summit at the Grand Palais',
        '2025-02-10',
        '2025-02-11',
        'Grand Palais',
        'ouest-france-preview report-en report-fr',
      ],
      [
        '2025-02-10-summit',
        'Two-day Summit at the Grand Palais',
        '2025-02-10',
        '2025-02-11',
        'Paris',
        'declaration post-summit-blog',
      ],
      // 004: "Summit closing ceremony, 11 February 2025" (Macron: "Today at the Grand Palais")
      [
        '2025-02-11-closing-ceremony',
        'Summit closing ceremony',
        '2025-02-11',
        undefined,
        'Grand Palais',
        'report-en report-fr',
      ],
      // 002: "11 février : Un "Business Day" sera organisé à Station F"; 004: "A Business Day at Station F"
      [
        'business-day',
        'Business Day',
        '2025-02-11',
        '2025-02-11',
        'Station F',
        'ouest-france-preview report-en report-fr',
      ],
      // 004: "11 February 2025 / More than 100 events organized by governments, companies, ..."
      ['2025-02-11-events', 'Events of 11 February 2025', '2025-02-11', '2025-02-11', undefined, ''],
      // 004: "AI in the City at École Normale Supérieure" (the curated label: "École normale supérieure",
      // as the institution writes itself); "The Forum for Sustainable AI at the Ministry for
      // the Ecological Transition" (no dates given)
      ['ai-in-the-city', 'AI in the City', undefined, undefined, 'École normale supérieure', 'report-en report-fr'],
      [
        'forum-for-sustainable-ai',
        'Forum for Sustainable AI',
        undefined,
        undefined,
        'Ministry for the Ecological Transition',
        'report-en report-fr',
      ],
    ]);
    // The Business Day's date is only in the preview (002); the two-day summit's in every source.
    expect(graphs(rows.find((r) => r.event.endsWith('business-day'))!.dateSources)).toEqual(['ouest-france-preview']);
    expect(graphs(rows.find((r) => r.event.endsWith('2025-02-10-summit'))!.dateSources)).toEqual([
      'declaration',
      'ouest-france-preview',
      'post-summit-blog',
      'report-en',
      'report-fr',
    ]);
    expect(rows.find((r) => r.event.endsWith('closing-ceremony'))!.partOf).toBe(`${ID}event/2025-02-10-summit`);
  });

  it('should give the French names on request', async () => {
    const rows = await runSaved(server, 'week-programme', { lang: 'fr' });
    // 000: "Des journées scientifiques à l'Institut Polytechnique de Paris"; "Un week-end culturel grand
    // public à la Bibliothèque nationale de France et à la Conciergerie"; "Le Forum pour l'IA durable au
    // Ministère de la Transition écologique"
    expect([...new Set(rows.map((r) => r.name))]).toEqual([
      'Journées scientifiques',
      'Week-end culturel',
      'Sommet de deux jours au Grand Palais',
      'Cérémonie de clôture du Sommet',
      'Business Day',
      'Évènements du 11 février 2025',
      'AI in the City',
      "Forum pour l'IA durable",
    ]);
    expect(rows.map((r) => r.venueName)).toContain('Ministère de la Transition écologique');
    expect(rows.map((r) => r.venueName)).toContain('Bibliothèque nationale de France');
  });
});

describe('upcoming-events: the meetings after the summit', () => {
  it('should give the coming meetings in date order, with venue, organisers and sources', async () => {
    const rows = await runSaved(server, 'upcoming-events');
    expect(
      rows.map((r) => [
        r.event.replace(`${ID}event/`, ''),
        r.name,
        r.start,
        r.venues,
        list(r.organizers, ', ').join(', '),
        graphs(r.sources).join(' '),
      ]),
    ).toEqual([
      // 001 §6: "la Conférence mondiale sur l'IA en 2025"
      ['world-ai-conference-2025', 'World AI Conference', '2025', undefined, '', 'declaration'],
      // 004: "February 2025 / RightsCon, in Taipei"
      ['rightscon-2025', 'RightsCon', '2025-02', 'Taipei', '', 'report-en report-fr'],
      // 004: "April 2025 / Global AI Summit on Africa in Kigali"; 001: "le Sommet de Kigali"
      [
        'global-ai-summit-on-africa-2025',
        'Global AI Summit on Africa',
        '2025-04',
        'Kigali',
        '',
        'declaration report-en report-fr',
      ],
      // 004: "June 2025 / UNESCO Global Forum on the Ethics of Artificial Intelligence in Bangkok"; 001: "le
      // 3e Forum mondial sur l'éthique de l'IA qui sera organisé par la Thaïlande et l'UNESCO"
      [
        'unesco-global-forum-ethics-ai-2025',
        'UNESCO Global Forum on the Ethics of Artificial Intelligence',
        '2025-06',
        'Bangkok',
        'Thailand, UNESCO',
        'declaration report-en report-fr',
      ],
      // 004: "July 2025 / ITU's AI for Good Global Summit in Geneva"
      [
        'ai-for-good-global-summit-2025',
        'AI for Good Global Summit',
        '2025-07',
        'Geneva',
        'International Telecommunication Union',
        'declaration report-en report-fr',
      ],
      // 004: "Upcoming / Fourth Global AI Summit to be held by India"
      ['fourth-global-ai-summit', 'Fourth Global AI Summit', undefined, undefined, 'India', 'report-en report-fr'],
    ]);
    // Each is listed as upcoming by the graphs that name it (aas:upcomingAfter).
    expect(rows.every((r) => graphs(r.listedAsUpcomingBy).join(' ') === graphs(r.sources).join(' '))).toBe(true);
  });

  it("should use the French edition's names on request", async () => {
    const rows = await runSaved(server, 'upcoming-events', { lang: 'fr' });
    // 000: "Forum de l'UNESCO pour une IA éthique à Bangkok"; "Sommet AI for Good de l'IUT à Genève"; "4e
    // Sommet international dédié à l'IA organisé par l'Inde"
    expect(rows.map((r) => [r.name, r.venues])).toEqual([
      ["Conférence mondiale sur l'IA", undefined],
      ['RightsCon', 'Taipei'],
      ['Global AI Summit on Africa', 'Kigali'],
      ["Forum de l'UNESCO pour une IA éthique", 'Bangkok'],
      ['Sommet AI for Good', 'Genève'],
      ["4e Sommet international dédié à l'IA", undefined],
    ]);
  });
});

describe('past-summits: the earlier summits the sources recall', () => {
  it('should give Bletchley Park, Seoul and the World Summit on the Information Society', async () => {
    const rows = await runSaved(server, 'past-summits');
    expect(
      rows.map((r) => [
        r.event.replace(`${ID}event/`, ''),
        r.name,
        r.venues,
        r.sourceSpellings,
        graphs(r.sources).join(' '),
      ]),
    ).toEqual([
      // 004: "fifteen months after the first AI Summit held at Bletchley Park, in the United Kingdom"; 001 §5:
      // "le rôle du sommet de Bletchey [sic] Park sur la sécurité de l'IA"
      [
        'bletchley-park-ai-summit',
        'AI Summit at Bletchley Park',
        'Bletchley Park',
        "sommet de Bletchey Park sur la sécurité de l'IA",
        'declaration report-en report-fr',
      ],
      // 001 §5: "et des sommets de Séoul"
      ['seoul-ai-summits', 'Seoul AI summits', 'Seoul', undefined, 'declaration'],
      // 001, footnote 3: "Dans le prolongement des travaux du Sommet mondial sur la société de l'information."
      [
        'world-summit-information-society',
        'World Summit on the Information Society',
        undefined,
        undefined,
        'declaration',
      ],
    ]);
    expect(rows[0].whatTheSourcesSay).toBe(
      'The first AI Summit, held at Bletchley Park, in the United Kingdom, fifteen months before the AI Action Summit.',
    );
  });
});

describe('sources: the sources and named graphs', () => {
  it('should describe the five sources and the four curated graphs, primary sources first', async () => {
    const rows = await runSaved(server, 'sources');
    expect(
      rows.map((r) => [
        r.graph.replace(GRAPH, ''),
        r.kind,
        list(r.languages, ', ').join(', '),
        r.date,
        r.file,
        r.editionOf?.replace(ID, ''),
      ]),
    ).toEqual([
      // 001: "Palais de l'Élysée, le mardi 11 février 2025" (French, translated from English)
      ['declaration', 'primary official source', 'fr', '2025-02-11', '001_1a389439d4f9db67.txt', undefined],
      // 004 and 000: the two editions of the official report
      ['report-en', 'primary official source', 'en', undefined, '004_08c0f69728d15c66.txt', 'source/summit-report'],
      ['report-fr', 'primary official source', 'fr', undefined, '000_a9530cf23f0a6631.txt', 'source/summit-report'],
      // 002: "SOURCE : OUESTFRANCE"; 003: a blog post signed "Mahira"
      ['ouest-france-preview', 'secondary source: press', 'fr', undefined, '002_bd912bae02dbce48.txt', undefined],
      ['post-summit-blog', 'secondary source: commentary', 'fr', undefined, '003_0a02ed50bcb18e56.txt', undefined],
      ['curated', 'curated', 'en, fr', undefined, 'data/curated.trig', undefined],
      ['ontology', 'curated', 'en, fr', undefined, 'ontology/ontology.ttl', undefined],
      ['sources', 'curated', 'en', undefined, 'data/sources.trig', undefined],
      ['wikidata-links', 'curated', 'en', undefined, list(rows[8].file, ', ').join(', '), undefined],
    ]);
    const byGraph = Object.fromEntries(rows.map((r) => [r.graph.replace(GRAPH, ''), r]));
    expect(byGraph['ouest-france-preview'].attributedTo).toBe('Ouest-France');
    expect(byGraph['post-summit-blog'].author).toBe('Mahira');
    expect(byGraph['report-en'].publisher).toBe('Élysée');
    // 001: "SERVICE DE PRESSE"
    expect(byGraph.declaration.publisher).toBe('Press service of the Presidency of the Republic');
    // Each count is the number of statements in the graph.
    for (const row of rows) {
      const count = jsonRows(
        await (
          await server.get(sparqlGet(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${row.graph}> { ?s ?p ?o } }`))
        ).text(),
      )[0].n;
      expect(row.statements, row.graph).toBe(count);
    }
  });
});

describe('source-facts: all the facts one source states', () => {
  const facts = async (source: string) => runSaved(server, 'source-facts', { source: `${GRAPH}${source}` });
  const has = (rows: Record<string, string>[], s: string, p: string, o: string) =>
    rows.some((r) => r.subject === s && r.predicate === p && r.object === o);

  it("should give the Ouest-France preview's statements, all of them and nothing more", async () => {
    const rows = await facts('ouest-france-preview');
    const count = jsonRows(
      await (
        await server.get(
          sparqlGet(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${GRAPH}ouest-france-preview> { ?s ?p ?o } }`),
        )
      ).text(),
    )[0].n;
    expect(String(rows.length)).toBe(count);
    // 002: "Si Elon Musk et Donald Trump font partie des invités"
    expect(
      has(
        rows,
        `${ID}event/2025-02-10-summit`,
        'https://w3id.org/aiactionsummit/ontology#invitee',
        `${ID}person/elon-musk`,
      ),
    ).toBe(true);
    expect(
      has(
        rows,
        `${ID}event/2025-02-10-summit`,
        'https://w3id.org/aiactionsummit/ontology#invitee',
        `${ID}person/donald-trump`,
      ),
    ).toBe(true);
    // 002: "se réuniront à Paris-Saclay"
    expect(
      has(
        rows,
        `${ID}event/2025-02-06-ai-science-society-conference`,
        'https://schema.org/location',
        `${ID}place/paris-saclay`,
      ),
    ).toBe(true);
    // 002: "16 licornes françaises"
    expect(has(rows, `${ID}figure/french-unicorns`, 'https://schema.org/value', '16')).toBe(true);
    // Written before the summit, 002 says nothing of who did not sign (003 does).
    expect(rows.some((r) => r.predicate.endsWith('#notSignedBy'))).toBe(false);
  });

  it("should give the declaration's numbered list and the blog's non-signers in their own graphs", async () => {
    const declaration = await facts('declaration');
    // 001: sixty numbered entries
    expect(
      declaration
        .filter((r) => r.predicate.endsWith('#listPosition'))
        .map((r) => Number(r.object))
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const blog = await facts('post-summit-blog');
    // 003: "l'absence des États-Unis et du Royaume-Uni dans la signature de cet accord"
    expect(
      blog
        .filter((r) => r.predicate.endsWith('#notSignedBy'))
        .map((r) => r.object.replace(ID, ''))
        .sort(),
    ).toEqual(['country/GB', 'country/US']);
  });

  it('should take only the graphs of the enumeration', async () => {
    const response = await server.get(`/api/queries/source-facts?source=${encodeURIComponent(`${GRAPH}ontology`)}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(
      "Parameter 'source' must be one of: https://w3id.org/aiactionsummit/graph/report-en,",
    );
  });
});

describe('curated-statements: what the curators added, and why', () => {
  it('should give each curated resource with its note, what the curators state and which sources mention it', async () => {
    const rows = await runSaved(server, 'curated-statements');
    expect(rows.every((r) => r.note)).toBe(true);
    const of = (resource: string) => rows.filter((r) => r.resource === `${ID}${resource}`);
    // 003: "des promesses de groupes français tels qu'Illiad et Thalès"
    expect(
      of('company/iliad').map((r) => [r.note, r.curatedProperties, r.curatedStatements, graphs(r.alsoIn).join(' ')]),
    ).toEqual([["003 writes 'Illiad'; the French group's name is 'Iliad'.", 'label', '2', 'post-summit-blog']]);
    // 000: "Martin Tisé"; 004: "Martin Tisné"
    expect(of('person/martin-tisne').map((r) => [r.note, graphs(r.alsoIn).join(' ')])).toEqual([
      ["000 writes 'Martin Tisé'; 004 gives the correct spelling 'Martin Tisné'.", 'report-en report-fr'],
    ]);
    // 003 gives "109 milliards", "40 milliards", "69 milliards" without a currency.
    expect(
      of('amount/france-ai-109bn-post-summit-blog').map((r) => [r.curatedProperties, graphs(r.alsoIn).join(' ')]),
    ).toEqual([['currency', 'post-summit-blog']]);
    // 001: "55. Emirats arabes unis"
    expect(of('country/AE')[0].note).toContain("'Emirats arabes unis', sic");
    // The declaration has two notes (the curators' English title, and the identification across sources).
    expect(of('document/paris-declaration')).toHaveLength(2);
    expect(rows.some((r) => r.resource.includes('/measure/'))).toBe(false);
  });

  it("should add the measure concepts, each with the note saying they are the curators', on request", async () => {
    const without = await runSaved(server, 'curated-statements');
    const withMeasures = await runSaved(server, 'curated-statements', { measures: 'yes' });
    const measures = withMeasures.filter((r) => r.resource.includes('/measure/'));
    expect(withMeasures).toHaveLength(without.length + measures.length);
    expect(measures).toHaveLength(29);
    expect(
      measures.every(
        (r) => r.note?.startsWith('A measure defined by the curators') && Number(r.curatedStatements) >= 6,
      ),
    ).toBe(true);
    expect(measures.map((r) => r.resource.replace(`${ID}measure/`, ''))).toContain('signatories');
  });
});

describe('report-edition-differences: where the English and French editions differ', () => {
  it('should give the links one edition makes and the other does not', async () => {
    const rows = await runSaved(server, 'report-edition-differences');
    expect(
      rows.map((r) => [
        r.onlyIn.replace(GRAPH, ''),
        r.subject.replace(ID, ''),
        r.propertyName,
        r.object.replace(ID, ''),
      ]),
    ).toEqual([
      // 004: "Instigated by France and India"
      ['report-en', 'initiative/ai-governance-map', 'launched by', 'country/FR'],
      ['report-en', 'initiative/ai-governance-map', 'launched by', 'country/IN'],
      // 000: "en présence des petites européennes, qui a rassemblé Mistral, Aleph Alpha, Helsing, Cradle,
      // SiloAI, iGenius, Black Forest Labs, Tilde ou encore SwordHealth"
      ['report-fr', 'event/ai-action-summit', 'attendee', 'company/aleph-alpha'],
      ['report-fr', 'event/ai-action-summit', 'attendee', 'company/black-forest-labs'],
      ['report-fr', 'event/ai-action-summit', 'attendee', 'company/cradle'],
      ['report-fr', 'event/ai-action-summit', 'attendee', 'company/helsing'],
      ['report-fr', 'event/ai-action-summit', 'attendee', 'company/mistral-ai'],
      ['report-fr', 'event/ai-action-summit', 'attendee', 'company/silo-ai'],
      ['report-fr', 'event/ai-action-summit', 'attendee', 'company/sword-health'],
      ['report-fr', 'event/ai-action-summit', 'attendee', 'company/tilde'],
      ['report-fr', 'event/ai-action-summit', 'attendee', 'company/igenius'],
      // 000: "Des initiatives majeures ont déjà été annoncées lors du Sommet, par exemple par l'Agence
      // internationale de l'énergie" (004: "conducted ahead of the Summit")
      ['report-fr', 'initiative/iea-data-centre-energy-initiative', 'announced at', 'event/ai-action-summit'],
      // 000: "Produite sous le pilotage de la France et de l'Inde"
      ['report-fr', 'initiative/ai-governance-map', 'led by', 'country/FR'],
      ['report-fr', 'initiative/ai-governance-map', 'led by', 'country/IN'],
    ]);
  });
});
