// The saved queries about countries, organisations, people and finding entities, run over HTTP on the real
// graph, each answer checked against the source texts (001 the declaration, 004/000 the report in
// English/French, 002 the Ouest-France preview, 003 the post-summit blog).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server.ts';
import { graphs, ID, type Row, runSaved, startQueryServer, WD } from './helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startQueryServer();
}, 60_000);
afterAll(async () => {
  await server?.close();
});

const involvement = (rows: Row[]) =>
  rows.map((r) => `${r.relationName}: ${r.thing.replace(ID, '')} @ ${graphs(r.sources).join(' ')}`).sort();

describe('country-involvement: everything one country is involved in', () => {
  it('should give everything France is involved in, each with its sources', async () => {
    const rows = await runSaved(server, 'country-involvement', { country: `${ID}country/FR` });
    expect(involvement(rows)).toEqual([
      // 003: "la France et l'UE ont dû se rendre à l'évidence ; il faut rattraper le retard face aux géants
      // Chinois et Américains"; 002: "Ces efforts ont permis de positionner le pays comme un acteur clé"
      'about: claim/blog-catch-up @ post-summit-blog',
      'about: claim/ouest-france-key-player @ ouest-france-preview',
      // 002: "16 licornes françaises, dont Mistral AI et Qonto"; "Un vivier de 1 000 start-ups IA"
      'about: figure/french-ai-start-ups @ ouest-france-preview',
      'about: figure/french-unicorns @ ouest-france-preview',
      // 004/000: "co-chaired by France and India"; 001: "Co-présidé par la France et l'Inde"
      'co-chair: event/2025-02-10-summit @ declaration',
      'co-chair: event/ai-action-summit @ report-en report-fr',
      // 001: "Les membres fondateurs(2) ont lancé une grande plateforme et un incubateur de l'IA d'intérêt général
      // [...] L'initiative sur l'IA d'intérêt général soutiendra [...]" (footnote 2: "..., France, ...")
      'committed by: commitment/declaration-3-public-interest-ai-platform @ declaration',
      'committed by: commitment/declaration-3-public-interest-ai-support @ declaration',
      // 002: "La présence de leaders mondiaux, tels qu'OpenAI, Google (via Alphabet) et Tata, qui ont
      // installé leurs centres de recherche en France."
      'containedInPlace: place/google-research-centre-france @ ouest-france-preview',
      'containedInPlace: place/openai-research-centre-france @ ouest-france-preview',
      'containedInPlace: place/tata-research-centre-france @ ouest-france-preview',
      // 001 footnote 2: "Kenya, Allemagne, Chili, Finlande, Slovaquie, France, ..."
      'founding member: initiative/public-interest-ai-platform @ declaration',
      // 003: "un accord a été signé entre la France et l'Allemagne"
      'has signatory: document/france-germany-ai-agreement @ post-summit-blog',
      // 001: "18. France"
      'has signatory: document/paris-declaration @ declaration',
      // 004: "supported by ten countries including Chile, Finland, France, ..."
      'includes: figure/current-ai-supporting-countries @ report-en report-fr',
      // 002: "près de 2 milliards d'euros en 2024"; 004: "€109 billion ... in AI infrastructures in France"
      'investment in: investment/france-ai-infrastructure-109bn @ report-en report-fr',
      'investment in: investment/french-ai-start-ups-2024-2bn @ ouest-france-preview',
      // 002: "Depuis 2018, la France a investi 2,5 milliards d'euros dans le développement de l'IA."
      // 003: "la France va investir 109 milliards dans l'IA"
      'investor: investment/france-ai-109bn-post-summit-blog @ post-summit-blog',
      'investor: investment/france-ai-since-2018-2-5bn @ ouest-france-preview',
      // 004: the map "Instigated by France and India"; the coalition "launched by France, ..."; 001 footnote 2
      'launched by: initiative/ai-governance-map @ report-en',
      'launched by: initiative/coalition-for-sustainable-ai @ report-en report-fr',
      'launched by: initiative/public-interest-ai-platform @ declaration',
      // 000: "Produite sous le pilotage de la France et de l'Inde"
      'led by: initiative/ai-governance-map @ report-fr',
      // 001 footnote 2: "..., Slovaquie, France, Nigeria, ..." (the sixth founding member)
      'member: membership/public-interest-ai-platform-6 @ declaration',
      // 004: "Why did France host the AI Action Summit?"; 002: "En organisant ce sommet, la France"; 003:
      // "la France organise ce sommet"
      'organizer: event/2025-02-10-summit @ ouest-france-preview post-summit-blog',
      'organizer: event/ai-action-summit @ report-en report-fr',
      // 001: "18. France"
      'signatory: signature/paris-declaration-18 @ declaration',
      // 004: Current AI "supported by ten countries including Chile, Finland, France"
      'supported by: initiative/current-ai @ report-en report-fr',
    ]);
  });

  it('should give what India is involved in, with names in French on request', async () => {
    const rows = await runSaved(server, 'country-involvement', { country: `${ID}country/IN`, lang: 'fr' });
    expect(involvement(rows)).toEqual([
      // 001 "22. Inde"; 004 "64 Signatories including India"
      'a pour signataire: document/paris-declaration @ declaration report-en report-fr',
      // 004: "co-chaired by France and India"; 001: "Co-présidé par la France et l'Inde"
      'coprésident: event/2025-02-10-summit @ declaration',
      'coprésident: event/ai-action-summit @ report-en report-fr',
      // 004: "supported by ten countries including ... India"; "64 Signatories including India"
      'dont: figure/current-ai-supporting-countries @ report-en report-fr',
      'dont: figure/declaration-signatories-report-64 @ report-en report-fr',
      // 004: the map "Instigated by France and India"; 001 footnote 2 "..., Maroc, Inde."
      'lancé par: initiative/ai-governance-map @ report-en',
      'lancé par: initiative/public-interest-ai-platform @ declaration',
      // 001 footnote 2: "..., Maroc, Inde." (the ninth founding member; org:member has no French name here)
      'member: membership/public-interest-ai-platform-9 @ declaration',
      'membre fondateur: initiative/public-interest-ai-platform @ declaration',
      // 004: "Fourth Global AI Summit to be held by India" (schema:organizer has no French name here)
      'organizer: event/fourth-global-ai-summit @ report-en report-fr',
      // 000: "sous le pilotage de la France et de l'Inde"
      'piloté par: initiative/ai-governance-map @ report-fr',
      // 001 footnote 2: the founding members launched the platform and the initiative will support...
      'pris par: commitment/declaration-3-public-interest-ai-platform @ declaration',
      'pris par: commitment/declaration-3-public-interest-ai-support @ declaration',
      'signataire: signature/paris-declaration-22 @ declaration',
      'soutenu par: initiative/current-ai @ report-en report-fr',
    ]);
    expect(rows.find((r) => r.thing.endsWith('signature/paris-declaration-22'))!.thingName).toBe('22. Inde');
    expect(rows.find((r) => r.thing.endsWith('event/fourth-global-ai-summit'))!.thingName).toBe(
      "4e Sommet international dédié à l'IA",
    );
  });

  it('should need the country', async () => {
    const response = await server.get('/api/queries/country-involvement');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Missing required parameter 'country'");
  });
});

describe('organisation-involvement: everything one organisation is involved in', () => {
  const of = async (organisation: string) =>
    (await runSaved(server, 'organisation-involvement', { organisation: `${ID}${organisation}` }))
      .map((r) => `${r.direction} | ${r.relationName}: ${r.thing.replace(ID, '')} @ ${graphs(r.sources).join(' ')}`)
      .sort();

  it('should give what the OECD and the ITU are involved in', async () => {
    expect(await of('organization/oecd')).toEqual([
      // 001 §3: "les travaux de l'Organisation de coopération et de développement économiques"
      'thing → organisation | cites: document/paris-declaration @ declaration',
      // 004: "coordinated by the ILO and the OECD"
      'thing → organisation | coordinated by: initiative/ai-labour-impact-knowledge-network @ report-en report-fr',
    ]);
    expect(await of('organization/itu')).toEqual([
      // 004: "launched by France, the United Nations Environment Programme (UNEP) and the International Telecommunications Union (ITU)"
      'thing → organisation | launched by: initiative/coalition-for-sustainable-ai @ report-en report-fr',
      // 004: "ITU's AI for Good Global Summit in Geneva"
      'thing → organisation | organizer: event/ai-for-good-global-summit-2025 @ report-en report-fr',
    ]);
  });

  it('should give both directions: the UN General Assembly belongs to the UN and adopted texts the declaration cites', async () => {
    expect(await of('organization/un-general-assembly')).toEqual([
      // 001: "l'Assemblée générale des Nations Unies"
      'organisation → thing | parentOrganization: organization/united-nations @ declaration',
      // 001 §3 "les résolutions de l'Assemblée générale des Nations Unies"; §4 "le Pacte numérique mondial
      // adopté par l'Assemblée générale des Nations Unies"
      'thing → organisation | adopted by: document/global-digital-compact @ declaration',
      'thing → organisation | author: document/un-general-assembly-ai-resolutions @ declaration',
    ]);
  });

  it('should work for companies: Mistral AI and the European Commission', async () => {
    expect(await of('company/mistral-ai')).toEqual([
      // 002: "16 licornes françaises, dont Mistral AI et Qonto, valorisées à plus d'un milliard d'euros"
      'organisation → thing | valuation: valuation/french-unicorns-over-1bn-eur @ ouest-france-preview',
      // 000: "en présence des petites européennes, qui a rassemblé Mistral, ..."
      'thing → organisation | attendee: event/ai-action-summit @ report-fr',
      // 002: "16 licornes françaises, dont Mistral AI et Qonto"
      'thing → organisation | includes: figure/french-unicorns @ ouest-france-preview',
      // 004: the European AI Champions initiative "(including ... Mistral AI ...)"
      'thing → organisation | member: initiative/eu-ai-champions @ report-en report-fr',
      // 004: "starting with European champions, including Mistral, ..."; 000: "qui a rassemblé Mistral, ..."
      'thing → organisation | showcased: event/ai-action-summit @ report-en report-fr',
    ]);
    expect(await of('organization/european-commission')).toEqual([
      // 004: "€20 billion in European Commission's investment in AI giga factories"
      'thing → organisation | investor: investment/ai-gigafactories-20bn @ report-en report-fr',
      // 004: "the InvestAI Initiative of the European Commission"
      'thing → organisation | launched by: initiative/investai @ report-en report-fr',
      // 003: "La présidente de la Commission européenne a elle aussi annoncé ..."
      'thing → organisation | worksFor: person/european-commission-president @ post-summit-blog',
    ]);
  });
});

describe('summit-leadership: co-chairs, special envoy and envoys', () => {
  it('should give the co-chairs, the special envoy and the five envoys, with job titles and sources', async () => {
    const rows = await runSaved(server, 'summit-leadership');
    expect(
      rows.map((r) => [
        r.event.replace(ID, ''),
        r.role,
        r.who.replace(ID, ''),
        r.name,
        r.jobTitle,
        graphs(r.sources).join(' '),
      ]),
    ).toEqual([
      // 004: "The Summit, which was co-chaired by France and India"
      ['event/ai-action-summit', 'co-chair', 'country/FR', 'France', undefined, 'report-en report-fr'],
      ['event/ai-action-summit', 'co-chair', 'country/IN', 'India', undefined, 'report-en report-fr'],
      // 004: "By Anne Bouverot, Special Envoy of the President of the French Republic"
      [
        'event/ai-action-summit',
        'special envoy',
        'person/anne-bouverot',
        'Anne Bouverot',
        'Special Envoy of the President of the French Republic',
        'report-en report-fr',
      ],
      // 004: "the envoys who led the Summit's preparatory discussions alongside Anne Bouverot: Sana de
      // Courcelles, Guillaume Poupard, Martin Tisné, Roxanne Varza and Henri Verdier" (000: "Martin Tisé" [sic])
      [
        'event/ai-action-summit',
        'envoy',
        'person/guillaume-poupard',
        'Guillaume Poupard',
        undefined,
        'report-en report-fr',
      ],
      ['event/ai-action-summit', 'envoy', 'person/henri-verdier', 'Henri Verdier', undefined, 'report-en report-fr'],
      ['event/ai-action-summit', 'envoy', 'person/martin-tisne', 'Martin Tisné', undefined, 'report-en report-fr'],
      ['event/ai-action-summit', 'envoy', 'person/roxanne-varza', 'Roxanne Varza', undefined, 'report-en report-fr'],
      [
        'event/ai-action-summit',
        'envoy',
        'person/sana-de-courcelles',
        'Sana de Courcelles',
        undefined,
        'report-en report-fr',
      ],
      // 001: "Sommet pour l'action sur l'intelligence artificielle / Co-présidé par la France et l'Inde / 10-11 février 2025, Paris"
      ['event/2025-02-10-summit', 'co-chair', 'country/FR', 'France', undefined, 'declaration'],
      ['event/2025-02-10-summit', 'co-chair', 'country/IN', 'India', undefined, 'declaration'],
    ]);
  });

  it("should give the French edition's job title and the corrected spelling of Martin Tisné in French", async () => {
    const rows = await runSaved(server, 'summit-leadership', { lang: 'fr' });
    // 000: "Par Anne Bouverot, Envoyée spéciale du président de la République"
    expect(rows.find((r) => r.role === 'special envoy')!.jobTitle).toBe(
      'Envoyée spéciale du président de la République',
    );
    // 000 prints "Martin Tisé"; the name is Martin Tisné (004).
    expect(rows.find((r) => r.who.endsWith('martin-tisne'))!.name).toBe('Martin Tisné');
  });
});

describe('people: people and their roles', () => {
  it('should give every person with each role the sources give them', async () => {
    const rows = await runSaved(server, 'people');
    expect(
      rows
        .map(
          (r) =>
            `${r.person.replace(`${ID}person/`, '')} | ${r.role} | ${r.thing.replace(ID, '')} @ ${graphs(r.sources).join(' ')}`,
        )
        .sort(),
    ).toEqual([
      // 004: "Why did France host the AI Action Summit? —→ By Anne Bouverot, Special Envoy ..."
      'anne-bouverot | author of | document/summit-report-foreword @ report-en report-fr',
      'anne-bouverot | special envoy of | event/ai-action-summit @ report-en report-fr',
      // 003: "le projet Stargate de Donald Trump ... près de 500 milliards de dollars"; 002: "Si Elon Musk et
      // Donald Trump font partie des invités, leur présence reste à confirmer."
      'donald-trump | announced | investment/stargate-500bn @ post-summit-blog',
      'donald-trump | invited to | event/2025-02-10-summit @ ouest-france-preview',
      'donald-trump | launched | initiative/stargate @ post-summit-blog',
      'elon-musk | invited to | event/2025-02-10-summit @ ouest-france-preview',
      // 002: "« Nous voulons une intelligence artificielle innovante et éthique [...] » souligne un représentant
      // de l'Élysée"
      'elysee-representative | author of | quotation/elysee-innovative-ethical-ai @ ouest-france-preview',
      'elysee-representative | works for | organization/elysee @ ouest-france-preview',
      // 004: "Emmanuel Macron, President of the Republic, Summit closing ceremony, 11 February 2025."
      'emmanuel-macron | quoted at | event/2025-02-11-closing-ceremony @ report-en report-fr',
      // 003: "La présidente de la Commission européenne a elle aussi annoncé un investissement massif de 200 milliards d'euros"
      'european-commission-president | announced | investment/eu-ai-200bn-post-summit-blog @ post-summit-blog',
      'european-commission-president | works for | organization/european-commission @ post-summit-blog',
      // 003: "les PDG des plus grandes entreprises technologiques comme Google, Microsoft, OpenAI et Meta"
      'google-ceo | attended | event/2025-02-10-summit @ post-summit-blog',
      'google-ceo | works for | company/google @ post-summit-blog',
      // 004: the envoys "Sana de Courcelles, Guillaume Poupard, Martin Tisné, Roxanne Varza and Henri Verdier"
      'guillaume-poupard | envoy of | event/ai-action-summit @ report-en report-fr',
      'henri-verdier | envoy of | event/ai-action-summit @ report-en report-fr',
      'martin-tisne | envoy of | event/ai-action-summit @ report-en report-fr',
      'meta-ceo | attended | event/2025-02-10-summit @ post-summit-blog',
      'meta-ceo | works for | company/meta @ post-summit-blog',
      'microsoft-ceo | attended | event/2025-02-10-summit @ post-summit-blog',
      'microsoft-ceo | works for | company/microsoft @ post-summit-blog',
      // 002: "près de 100 chefs d'État, dont Narendra Modi pour l'Inde"
      'narendra-modi | counted in | figure/summit-heads-of-state-preview-around-100 @ ouest-france-preview',
      'narendra-modi | expected at | event/2025-02-10-summit @ ouest-france-preview',
      'openai-ceo | attended | event/2025-02-10-summit @ post-summit-blog',
      'openai-ceo | works for | company/openai @ post-summit-blog',
      'roxanne-varza | envoy of | event/ai-action-summit @ report-en report-fr',
      'sana-de-courcelles | envoy of | event/ai-action-summit @ report-en report-fr',
    ]);
    // 004: "Emmanuel Macron, President of the Republic"
    expect(rows.find((r) => r.person.endsWith('emmanuel-macron'))!.jobTitle).toBe('President of the Republic');
  });
});

describe('search-entities: finding entities by name in either language', () => {
  it('should find Bletchley Park under its correct name and under the spelling 001 prints ("Bletchey")', async () => {
    const rows = await runSaved(server, 'search-entities', { text: 'BLETCH' });
    expect(
      rows.map((r) => [
        r.entity.replace(ID, ''),
        r.label,
        r.language,
        r.labelKind,
        r.class.replace('https://schema.org/', 'schema:'),
      ]),
    ).toEqual([
      // 004: "the first AI Summit held at Bletchley Park"; 000: "le premier Sommet de l'IA à Bletchley Park";
      // 001: "le rôle du sommet de Bletchey Park sur la sécurité de l'IA"
      ['event/bletchley-park-ai-summit', 'AI Summit at Bletchley Park', 'en', 'name', 'schema:Event'],
      [
        'event/bletchley-park-ai-summit',
        "Sommet de Bletchley Park sur la sécurité de l'IA",
        'fr',
        'other name',
        'schema:Event',
      ],
      ['event/bletchley-park-ai-summit', "Sommet de l'IA à Bletchley Park", 'fr', 'name', 'schema:Event'],
      [
        'event/bletchley-park-ai-summit',
        "sommet de Bletchey Park sur la sécurité de l'IA",
        'fr',
        'spelling found in a source',
        'schema:Event',
      ],
      ['place/bletchley-park', 'Bletchey Park', 'fr', 'spelling found in a source', 'schema:Place'],
      ['place/bletchley-park', 'Bletchley Park', 'en', 'name', 'schema:Place'],
      ['place/bletchley-park', 'Bletchley Park', 'fr', 'name', 'schema:Place'],
    ]);
  });

  it('should search one language on request, ignoring case', async () => {
    // 004: "Mistral, Aleph Alpha, ..." and "Mistral AI"; 002: "dont Mistral AI et Qonto"
    const rows = await runSaved(server, 'search-entities', { text: 'mistral', lang: 'fr' });
    expect(rows.map((r) => [r.entity.replace(ID, ''), r.label, r.labelKind])).toEqual([
      ['company/mistral-ai', 'Mistral', 'other name'],
      ['company/mistral-ai', 'Mistral AI', 'name'],
    ]);
    // 003 writes "Illiad" and "Thalès": both find the right company.
    expect(
      (await runSaved(server, 'search-entities', { text: 'illiad' })).map((r) => r.entity.replace(ID, '')),
    ).toEqual(['company/iliad']);
    expect(
      (await runSaved(server, 'search-entities', { text: 'Thalès' })).map((r) => [
        r.entity.replace(ID, ''),
        r.labelKind,
      ]),
    ).toEqual([['company/thales', 'spelling found in a source']]);
  });

  it('should find the states by their French names', async () => {
    // 001: "49. République de Corée", "13. République tchèque"
    const rows = await runSaved(server, 'search-entities', { text: 'république', lang: 'fr' });
    const states = rows
      .filter((r) => r.class === 'https://schema.org/Country')
      .map((r) => [r.entity.replace(ID, ''), r.label]);
    expect(states).toEqual([
      ['country/CZ', 'République tchèque'],
      ['country/KR', 'République de Corée'],
    ]);
  });
});

describe('link-status: entities with and without a Wikidata link', () => {
  it('should list the 111 linked entities with their items, among them every signatory', async () => {
    const rows = await runSaved(server, 'link-status', { status: 'linked' });
    expect(new Set(rows.map((r) => r.entity)).size).toBe(111);
    const items = Object.fromEntries(rows.map((r) => [r.entity.replace(ID, ''), r.item.replace(WD, '')]));
    // shared/reference: the Netherlands as the Kingdom (Q29999), "Vatican" as the Holy See (Q159583), the
    // African Union Commission (Q2362881) and the European Union (Q458) as themselves.
    expect(items).toMatchObject({
      'country/NL': 'Q29999',
      'country/VA': 'Q159583',
      'organization/african-union-commission': 'Q2362881',
      'organization/european-union': 'Q458',
      'country/FR': 'Q142',
    });
    const signatories = await runSaved(server, 'signatories');
    expect(signatories.filter((s) => !items[s.signatory.replace(ID, '')])).toEqual([]);
  });

  it('should list the unlinked entities, those the reference could not check', async () => {
    const rows = await runSaved(server, 'link-status', { status: 'unlinked' });
    expect(rows.every((r) => r.status === 'unlinked' && r.item === undefined)).toBe(true);
    const unlinked = new Set(rows.map((r) => r.entity.replace(ID, '')));
    // shared/reference/README.md: "Not found in any public material that could be checked ...: Global
    // Partnership on AI, ANSSI, ... Aleph Alpha, Cradle, Silo AI, iGenius, Black Forest Labs, Sword Health,
    // Qonto, Tata Group, Iliad, Current AI, Jean Zay, Station F, Conciergerie, ... Anne Bouverot, ..."
    for (const entity of [
      'organization/gpai',
      'organization/anssi',
      'company/aleph-alpha',
      'company/cradle',
      'company/silo-ai',
      'company/igenius',
      'company/black-forest-labs',
      'company/sword-health',
      'company/qonto',
      'company/tata',
      'company/iliad',
      'initiative/current-ai',
      'place/jean-zay',
      'place/station-f',
      'place/conciergerie',
      'person/anne-bouverot',
      'event/ai-action-summit',
      'initiative/stargate',
    ]) {
      expect(unlinked, entity).toContain(entity);
    }
    const all = await runSaved(server, 'link-status');
    expect(all).toHaveLength(rows.length + 111);
  });
});
