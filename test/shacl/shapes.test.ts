// The SHACL shapes of shapes/ on the real graph: the shipped data conforms, and every constraint
// reports the defect it is for when a copy of the real data is broken in exactly that way.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Severity, type ValidationIssue, type ValidationResult, validateGraph } from '../../src/shacl/index.ts';
import {
  add,
  constraintKey,
  declaredShapes,
  expand,
  mutated,
  realGraph,
  realShapes,
  remove,
  removeIf,
  replace,
  SHAPES_NS,
  shorten,
  stripLanguage,
} from './mutate.ts';

// Each mutation validates the whole graph again (a few hundred ms on a busy machine).
const SLOW = { timeout: 60_000 };

let baseline: ValidationResult;
/** Constraints (shapes:X path sh:YConstraintComponent) a mutation test has seen report: checked at the end. */
const exercised = new Set<string>();

beforeAll(async () => {
  baseline = await validateGraph(realGraph(), realShapes());
}, 60_000);

const issueKey = (i: ValidationIssue) => [i.severity, i.shape, i.path, i.focusNode, i.constraint, i.value].join(' ');
const describeIssue = (i: ValidationIssue) =>
  `${i.severity} ${shorten(i.shape)} ${i.path ? shorten(i.path) : '(node)'} ${i.constraint} focus=${shorten(i.focusNode)}${i.value ? ` value=${i.value}` : ''}`;

/** The results the mutation adds to those of the shipped data. */
async function newIssues(update: string): Promise<ValidationIssue[]> {
  const result = await validateGraph(mutated(update), realShapes());
  const before = new Set(baseline.issues.map(issueKey));
  return result.issues.filter((issue) => !before.has(issueKey(issue)));
}

interface Expected {
  /** Local name of the shape under shapes:, e.g. 'SignatureShape'. */
  shape: string;
  /** The property path as a CURIE ('aas:listPosition', '^aas:signature'); absent for a node-level constraint. */
  path?: string;
  /** The constraint component without sh: and ConstraintComponent, e.g. 'MinCount'. */
  constraint: string;
  focusNode?: string;
  severity?: Severity;
  /** Other shapes that rightly report the same broken data too (any other new violation fails the test). */
  alsoReportedBy?: string[];
}

/** Applies the update to a copy of the real graph and expects the shape to report it, and nothing unrelated. */
async function shouldViolate(update: string, expected: Expected): Promise<void> {
  const shape = SHAPES_NS + expected.shape;
  const path = expected.path === undefined ? undefined : expand(expected.path);
  const constraint = `sh:${expected.constraint}ConstraintComponent`;
  const severity = expected.severity ?? 'Violation';
  const fresh = await newIssues(update);
  const sameShapeAndPath = (i: ValidationIssue) => i.shape === shape && i.path === path;
  const matching = fresh.filter(
    (i) =>
      sameShapeAndPath(i) &&
      i.constraint === constraint &&
      i.severity === severity &&
      (!expected.focusNode || i.focusNode === expand(expected.focusNode)),
  );
  expect(
    matching.length,
    `expected ${severity} ${expected.shape} ${expected.path ?? '(node)'} ${constraint}; new results were:\n${fresh.map(describeIssue).join('\n')}`,
  ).toBeGreaterThan(0);
  for (const issue of matching)
    expect(issue.message, "every result carries the shape's own message").not.toMatch(/^does not satisfy/);
  const allowed = new Set((expected.alsoReportedBy ?? []).map((name) => SHAPES_NS + name));
  const unrelated = fresh.filter((i) => i.severity === 'Violation' && !sameShapeAndPath(i) && !allowed.has(i.shape));
  expect(unrelated.map(describeIssue), 'violations from other shapes').toEqual([]);
  exercised.add(constraintKey(shape, path, constraint));
}

/** Applies the update to a copy of the real graph and expects no new result at all. */
async function shouldConform(update: string): Promise<void> {
  expect((await newIssues(update)).map(describeIssue)).toEqual([]);
}

describe('the shipped graph', SLOW, () => {
  it('should conform to the shapes, with warnings only', async () => {
    const store = realGraph();
    const started = performance.now();
    const again = await validateGraph(store, realShapes());
    const warm = performance.now() - started;
    // Measured, not asserted: these machines are shared and noisy.
    console.info(
      `validated ${store.tripleCount} triples in ${baseline.durationMs.toFixed(0)} ms (first run), ${warm.toFixed(0)} ms (second run); ` +
        `${baseline.violations} violations, ${baseline.warnings} warnings`,
    );
    expect(baseline.issues.filter((i) => i.severity === 'Violation').map(describeIssue)).toEqual([]);
    expect(again.violations).toBe(0);
  });

  it('should keep the default graph the union of the named graphs in a mutated copy', () => {
    const copy = mutated(remove('signature:paris-declaration-07 aas:listPosition ?p'));
    const ask = (q: string) =>
      copy.store.query(`PREFIX aas: <https://w3id.org/aiactionsummit/ontology#> ${q}`) as boolean;
    expect(ask('ASK { <https://w3id.org/aiactionsummit/id/signature/paris-declaration-07> aas:listPosition ?p }')).toBe(
      false,
    );
    expect(ask('ASK { <https://w3id.org/aiactionsummit/id/signature/paris-declaration-08> aas:listPosition 8 }')).toBe(
      true,
    );
    expect(copy.graphs.find((g) => g.graph.endsWith('/graph/declaration'))!.quads).toBe(
      realGraph().graphs.find((g) => g.graph.endsWith('/graph/declaration'))!.quads - 1,
    );
  });
});

describe('labels and texts', SLOW, () => {
  it('should report an entity without a label', () =>
    shouldViolate(remove('person:henri-verdier rdfs:label ?l'), {
      shape: 'LabelShape',
      path: 'rdfs:label',
      constraint: 'MinCount',
      focusNode: 'person:henri-verdier',
    }));

  it('should report a label without a language tag', () =>
    shouldViolate(stripLanguage('person:henri-verdier', 'rdfs:label'), {
      shape: 'LabelShape',
      path: 'rdfs:label',
      constraint: 'Datatype',
      focusNode: 'person:henri-verdier',
    }));

  it('should warn about a state without an English label', () =>
    shouldViolate(removeIf('country:KE rdfs:label ?l', 'lang(?l) = "en"'), {
      shape: 'EnglishLabelShape',
      path: 'rdfs:label',
      constraint: 'QualifiedMinCount',
      focusNode: 'country:KE',
      severity: 'Warning',
    }));

  it('should warn about a state without a French label', () =>
    shouldViolate(removeIf('country:KE rdfs:label ?l', 'lang(?l) = "fr"'), {
      shape: 'FrenchLabelShape',
      path: 'rdfs:label',
      constraint: 'QualifiedMinCount',
      focusNode: 'country:KE',
      severity: 'Warning',
    }));

  it('should report an entity with two preferred labels in one language', () =>
    shouldViolate(add('graph:report-fr', 'person:henri-verdier rdfs:label "H. Verdier"@fr .'), {
      shape: 'PreferredLabelShape',
      path: 'rdfs:label',
      constraint: 'UniqueLang',
      focusNode: 'person:henri-verdier',
    }));

  it('should warn about two resources that share a preferred label in one language', () =>
    shouldViolate(
      add(
        'graph:report-en',
        '<https://w3id.org/aiactionsummit/id/person/henri-verdier-2> a schema:Person ; rdfs:label "Henri Verdier"@en .',
      ),
      {
        shape: 'PreferredLabelShape',
        path: 'rdfs:label/^rdfs:label',
        constraint: 'MaxCount',
        focusNode: 'person:henri-verdier',
        severity: 'Warning',
      },
    ));

  it('should accept the same name in two languages, and as an alternative label of another resource', () =>
    shouldConform(
      add(
        'graph:report-en',
        'person:henri-verdier rdfs:label "Henri Verdier"@fr . person:guillaume-poupard skos:altLabel "Henri Verdier"@en .',
      ),
    ));

  // One real subject for each text property: its value loses its language tag.
  const texts: [property: string, subject: string][] = [
    ['schema:description', 'initiative:current-ai'],
    ['dcterms:description', 'graph:report-en'],
    ['dcterms:title', 'graph:report-en'],
    ['schema:name', 'document:summit-report-foreword'],
    ['skos:prefLabel', 'measure:participants'],
    ['skos:altLabel', 'initiative:investai'],
    ['skos:hiddenLabel', 'company:silo-ai'],
    ['skos:definition', 'measure:participants'],
    ['schema:jobTitle', 'person:anne-bouverot'],
    ['schema:audience', 'event:2025-02-08-cultural-weekend'],
    ['schema:award', 'event:ai-action-summit'],
    ['aas:objective', 'initiative:current-ai'],
    ['aas:purpose', 'investment:current-ai-400m'],
    ['aas:principle', 'document:paris-declaration'],
    ['aas:priority', 'document:paris-declaration'],
    ['aas:scope', 'document:paris-declaration'],
    ['aas:statedAs', 'figure:summit-speakers'],
    ['aas:curationNote', 'country:AM'],
  ];
  it.each(texts)('should report a %s without a language tag (on %s)', (property, subject) =>
    shouldViolate(stripLanguage(subject, property), {
      shape: 'TextShape',
      path: property,
      constraint: 'Datatype',
      focusNode: subject,
    }),
  );
});

describe('states, organisations, people and places', SLOW, () => {
  it('should report a state that is a blank node', () =>
    shouldViolate(add('graph:report-en', '[] a schema:Country ; rdfs:label "Atlantis"@en , "Atlantide"@fr .'), {
      shape: 'CountryShape',
      constraint: 'NodeKind',
    }));

  it('should report a state whose IRI is not …/country/ and an ISO 3166-1 alpha-2 code', () =>
    shouldViolate(add('graph:report-en', 'country:FRA a schema:Country ; rdfs:label "France"@en , "France"@fr .'), {
      shape: 'CountryShape',
      constraint: 'Pattern',
      focusNode: 'country:FRA',
    }));

  it('should report a parent organisation that is a place', () =>
    shouldViolate(replace('company:google', 'schema:parentOrganization', 'place:paris'), {
      shape: 'OrganisationShape',
      path: 'schema:parentOrganization',
      constraint: 'Node',
      focusNode: 'company:google',
    }));

  it('should report a site that is not an org:Site', () =>
    shouldViolate(replace('company:openai', 'org:hasSite', 'place:paris'), {
      shape: 'OrganisationShape',
      path: 'org:hasSite',
      constraint: 'Class',
      focusNode: 'company:openai',
    }));

  it('should report an organisation located at a person', () =>
    shouldViolate(replace('organization:elysee-press-service', 'schema:location', 'person:emmanuel-macron'), {
      shape: 'OrganisationShape',
      path: 'schema:location',
      constraint: 'Node',
      focusNode: 'organization:elysee-press-service',
    }));

  it('should report an organisation URL written as a string', () =>
    shouldViolate(replace('organization:le-monde', 'schema:url', '"https://www.lemonde.fr/"'), {
      shape: 'OrganisationShape',
      path: 'schema:url',
      constraint: 'NodeKind',
      focusNode: 'organization:le-monde',
    }));

  it('should report a person working for a place', () =>
    shouldViolate(replace('person:google-ceo', 'schema:worksFor', 'place:paris'), {
      shape: 'PersonShape',
      path: 'schema:worksFor',
      constraint: 'Node',
      focusNode: 'person:google-ceo',
    }));

  it('should report a person quoted at something that is not an event', () =>
    shouldViolate(replace('person:emmanuel-macron', 'aas:quotedIn', 'place:grand-palais'), {
      shape: 'PersonShape',
      path: 'aas:quotedIn',
      constraint: 'Class',
      focusNode: 'person:emmanuel-macron',
    }));

  it('should report a place contained in a person', () =>
    shouldViolate(replace('place:grand-palais', 'schema:containedInPlace', 'person:emmanuel-macron'), {
      shape: 'PlaceShape',
      path: 'schema:containedInPlace',
      constraint: 'Node',
      focusNode: 'place:grand-palais',
    }));
});

describe('events', SLOW, () => {
  const summit = 'event:2025-02-10-summit';

  it('should report a start date that is not a date', () =>
    shouldViolate(replace(summit, 'schema:startDate', '"10 février 2025"@fr'), {
      shape: 'EventShape',
      path: 'schema:startDate',
      constraint: 'Node',
      focusNode: summit,
    }));

  it('should report an event that ends before it starts', () =>
    shouldViolate(
      replace('event:2025-02-06-ai-science-society-conference', 'schema:endDate', '"2025-02-05"^^xsd:date'),
      {
        shape: 'EventShape',
        path: 'schema:startDate',
        constraint: 'LessThanOrEquals',
        focusNode: 'event:2025-02-06-ai-science-society-conference',
      },
    ));

  it('should warn about an event with two start dates', () =>
    shouldViolate(add('graph:ouest-france-preview', `${summit} schema:startDate "2025-02-09"^^xsd:date .`), {
      shape: 'EventShape',
      path: 'schema:startDate',
      constraint: 'MaxCount',
      focusNode: summit,
      severity: 'Warning',
    }));

  it('should report an end date that is a date-time', () =>
    shouldViolate(
      replace('event:2025-02-08-cultural-weekend', 'schema:endDate', '"2025-02-09T18:00:00"^^xsd:dateTime'),
      {
        shape: 'EventShape',
        path: 'schema:endDate',
        constraint: 'Node',
        focusNode: 'event:2025-02-08-cultural-weekend',
      },
    ));

  it('should warn about an event with two end dates', () =>
    shouldViolate(add('graph:ouest-france-preview', `${summit} schema:endDate "2025-02-12"^^xsd:date .`), {
      shape: 'EventShape',
      path: 'schema:endDate',
      constraint: 'MaxCount',
      focusNode: summit,
      severity: 'Warning',
    }));

  it('should report a start date that is a month (a month goes in aas:month)', () =>
    shouldViolate(replace(summit, 'schema:startDate', '"2025-02"^^xsd:gYearMonth'), {
      shape: 'EventShape',
      path: 'schema:startDate',
      constraint: 'Node',
      focusNode: summit,
      alsoReportedBy: ['EventShape'],
    }));

  it('should report an event in two months', () =>
    shouldViolate(add('graph:report-fr', 'event:rightscon-2025 aas:month "2025-03"^^xsd:gYearMonth .'), {
      shape: 'EventShape',
      path: 'aas:month',
      constraint: 'MaxCount',
      focusNode: 'event:rightscon-2025',
    }));

  it('should report a month that is a day', () =>
    shouldViolate(replace('event:rightscon-2025', 'aas:month', '"2025-02-24"^^xsd:date'), {
      shape: 'EventShape',
      path: 'aas:month',
      constraint: 'Node',
      focusNode: 'event:rightscon-2025',
    }));

  it('should report an event in two years', () =>
    shouldViolate(add('graph:declaration', 'event:world-ai-conference-2025 aas:year "2026"^^xsd:gYear .'), {
      shape: 'EventShape',
      path: 'aas:year',
      constraint: 'MaxCount',
      focusNode: 'event:world-ai-conference-2025',
    }));

  it('should report a year that is a month', () =>
    shouldViolate(replace('event:world-ai-conference-2025', 'aas:year', '"2025-07"^^xsd:gYearMonth'), {
      shape: 'EventShape',
      path: 'aas:year',
      constraint: 'Node',
      focusNode: 'event:world-ai-conference-2025',
    }));

  it('should report an event upcoming after something that is not an event', () =>
    shouldViolate(replace('event:rightscon-2025', 'aas:upcomingAfter', 'place:paris'), {
      shape: 'EventShape',
      path: 'aas:upcomingAfter',
      constraint: 'Class',
      focusNode: 'event:rightscon-2025',
    }));

  it('should report a venue that is not a place', () =>
    shouldViolate(replace(summit, 'schema:location', 'person:emmanuel-macron'), {
      shape: 'EventShape',
      path: 'schema:location',
      constraint: 'Node',
      focusNode: summit,
    }));

  it('should report a super-event that is not an event', () =>
    shouldViolate(replace('event:business-day', 'schema:superEvent', 'initiative:paris-actions'), {
      shape: 'EventShape',
      path: 'schema:superEvent',
      constraint: 'Class',
      focusNode: 'event:business-day',
    }));

  it('should report an organiser that is a place', () =>
    shouldViolate(replace('event:fourth-global-ai-summit', 'schema:organizer', 'place:paris'), {
      shape: 'EventShape',
      path: 'schema:organizer',
      constraint: 'Node',
      focusNode: 'event:fourth-global-ai-summit',
    }));

  it('should report an attendee that is a place', () =>
    shouldViolate(add('graph:post-summit-blog', `${summit} schema:attendee place:station-f .`), {
      shape: 'EventShape',
      path: 'schema:attendee',
      constraint: 'Node',
      focusNode: summit,
    }));

  it('should report a showcased thing that is a place', () =>
    shouldViolate(add('graph:report-en', 'event:ai-action-summit aas:showcased place:paris .'), {
      shape: 'EventShape',
      path: 'aas:showcased',
      constraint: 'Node',
      focusNode: 'event:ai-action-summit',
    }));

  it('should report a co-chair that is not a state', () =>
    shouldViolate(add('graph:declaration', `${summit} aas:coChair organization:european-union .`), {
      shape: 'EventShape',
      path: 'aas:coChair',
      constraint: 'Class',
      focusNode: summit,
    }));

  it('should report a special envoy that is not a person', () =>
    shouldViolate(replace('event:ai-action-summit', 'aas:specialEnvoy', 'organization:elysee'), {
      shape: 'EventShape',
      path: 'aas:specialEnvoy',
      constraint: 'Class',
      focusNode: 'event:ai-action-summit',
    }));

  it('should report an envoy that is not a person', () =>
    shouldViolate(add('graph:report-en', 'event:ai-action-summit aas:envoy organization:elysee .'), {
      shape: 'EventShape',
      path: 'aas:envoy',
      constraint: 'Class',
      focusNode: 'event:ai-action-summit',
    }));

  it('should report an invitee that is not a person', () =>
    shouldViolate(add('graph:ouest-france-preview', `${summit} aas:invitee company:openai .`), {
      shape: 'EventShape',
      path: 'aas:invitee',
      constraint: 'Class',
      focusNode: summit,
    }));

  it('should report work presented that is neither an initiative nor a document', () =>
    shouldViolate(replace('event:ai-action-summit', 'schema:workPresented', 'person:anne-bouverot'), {
      shape: 'EventShape',
      path: 'schema:workPresented',
      constraint: 'Or',
      focusNode: 'event:ai-action-summit',
    }));
});

describe('initiatives, documents and announcements', SLOW, () => {
  it('should warn about an initiative without a kind', () =>
    shouldViolate(remove('initiative:current-ai dcterms:type ?t'), {
      shape: 'InitiativeShape',
      path: 'dcterms:type',
      constraint: 'MinCount',
      focusNode: 'initiative:current-ai',
      severity: 'Warning',
    }));

  it('should report an initiative kind outside aas:InitiativeKindScheme', () =>
    shouldViolate(replace('initiative:current-ai', 'dcterms:type', 'aas:Exactly'), {
      shape: 'InitiativeShape',
      path: 'dcterms:type',
      constraint: 'Node',
      focusNode: 'initiative:current-ai',
    }));

  it('should report an initiative launched by another initiative', () =>
    shouldViolate(replace('initiative:coalition-for-sustainable-ai', 'aas:launchedBy', 'initiative:paris-actions'), {
      shape: 'InitiativeShape',
      path: 'aas:launchedBy',
      constraint: 'Node',
      focusNode: 'initiative:coalition-for-sustainable-ai',
    }));

  it('should report an initiative coordinated by a state', () =>
    shouldViolate(replace('initiative:ai-labour-impact-knowledge-network', 'aas:coordinatedBy', 'country:FR'), {
      shape: 'InitiativeShape',
      path: 'aas:coordinatedBy',
      constraint: 'Node',
      focusNode: 'initiative:ai-labour-impact-knowledge-network',
    }));

  it('should report an initiative led by a person', () =>
    shouldViolate(replace('initiative:anssi-ai-cybersecurity-analysis', 'aas:ledBy', 'person:guillaume-poupard'), {
      shape: 'InitiativeShape',
      path: 'aas:ledBy',
      constraint: 'Node',
      focusNode: 'initiative:anssi-ai-cybersecurity-analysis',
    }));

  it('should report an initiative hosted by a state', () =>
    shouldViolate(replace('initiative:ai-energy-observatory', 'aas:hostedBy', 'country:FR'), {
      shape: 'InitiativeShape',
      path: 'aas:hostedBy',
      constraint: 'Node',
      focusNode: 'initiative:ai-energy-observatory',
    }));

  it('should report an initiative supported by a person', () =>
    shouldViolate(replace('initiative:current-ai', 'aas:supportedBy', 'person:emmanuel-macron'), {
      shape: 'InitiativeShape',
      path: 'aas:supportedBy',
      constraint: 'Node',
      focusNode: 'initiative:current-ai',
    }));

  it('should report a member of an initiative that is neither an organisation nor a state', () =>
    shouldViolate(add('graph:report-en', 'initiative:eu-ai-champions schema:member person:emmanuel-macron .'), {
      shape: 'InitiativeShape',
      path: 'schema:member',
      constraint: 'Node',
      focusNode: 'initiative:eu-ai-champions',
    }));

  it('should report a future member that is a person', () =>
    shouldViolate(replace('initiative:network-of-ai-safety-institutes', 'aas:futureMember', 'person:anne-bouverot'), {
      shape: 'InitiativeShape',
      path: 'aas:futureMember',
      constraint: 'Node',
      focusNode: 'initiative:network-of-ai-safety-institutes',
    }));

  it('should report a founding member that is a person', () =>
    shouldViolate(
      add('graph:declaration', 'initiative:public-interest-ai-platform aas:foundingMember person:emmanuel-macron .'),
      {
        shape: 'InitiativeShape',
        path: 'aas:foundingMember',
        constraint: 'Node',
        focusNode: 'initiative:public-interest-ai-platform',
      },
    ));

  it('should report a signatory network that is a state', () =>
    shouldViolate(replace('initiative:pledge-trustworthy-ai-world-of-work', 'aas:signatoryNetwork', 'country:FR'), {
      shape: 'InitiativeShape',
      path: 'aas:signatoryNetwork',
      constraint: 'Node',
      focusNode: 'initiative:pledge-trustworthy-ai-world-of-work',
    }));

  it('should report an initiative that is part of a document', () =>
    shouldViolate(replace('initiative:current-ai', 'dcterms:isPartOf', 'document:global-digital-compact'), {
      shape: 'InitiativeShape',
      path: 'dcterms:isPartOf',
      constraint: 'Class',
      focusNode: 'initiative:current-ai',
    }));

  it('should report an initiative based on an organisation', () =>
    shouldViolate(
      replace('initiative:global-dialogue-ai-governance', 'schema:isBasedOn', 'organization:united-nations'),
      {
        shape: 'InitiativeShape',
        path: 'schema:isBasedOn',
        constraint: 'Class',
        focusNode: 'initiative:global-dialogue-ai-governance',
      },
    ));

  it('should report a deadline that is neither a date nor a worded milestone', () =>
    shouldViolate(replace('initiative:pledge-trustworthy-ai-world-of-work', 'aas:deadline', '"2026"'), {
      shape: 'InitiativeShape',
      path: 'aas:deadline',
      constraint: 'Or',
      focusNode: 'initiative:pledge-trustworthy-ai-world-of-work',
    }));

  it('should report a document authored by a document', () =>
    shouldViolate(replace('document:global-digital-compact', 'schema:author', 'document:paris-declaration'), {
      shape: 'DocumentShape',
      path: 'schema:author',
      constraint: 'Node',
      focusNode: 'document:global-digital-compact',
    }));

  it('should report a document adopted by a place', () =>
    shouldViolate(replace('document:global-digital-compact', 'aas:adoptedBy', 'place:paris'), {
      shape: 'DocumentShape',
      path: 'aas:adoptedBy',
      constraint: 'Node',
      focusNode: 'document:global-digital-compact',
    }));

  it('should report a document published by a place', () =>
    shouldViolate(add('graph:declaration', 'document:global-digital-compact dcterms:publisher place:paris .'), {
      shape: 'DocumentShape',
      path: 'dcterms:publisher',
      constraint: 'Node',
      focusNode: 'document:global-digital-compact',
    }));

  it('should report a document about a text instead of an entity', () =>
    shouldViolate(replace('document:summit-report-foreword', 'schema:about', '"the summit"@en'), {
      shape: 'DocumentShape',
      path: 'schema:about',
      constraint: 'NodeKind',
      focusNode: 'document:summit-report-foreword',
    }));

  it('should report an announcement at something that is not an event', () =>
    shouldViolate(replace('initiative:current-ai', 'aas:announcedAt', 'place:paris'), {
      shape: 'AnnouncementShape',
      path: 'aas:announcedAt',
      constraint: 'Class',
      focusNode: 'initiative:current-ai',
    }));

  it('should report a document signed by an international organisation', () =>
    shouldViolate(add('graph:report-en', 'document:paris-declaration aas:hasSignatory organization:oecd .'), {
      shape: 'HasSignatoryShape',
      path: 'aas:hasSignatory',
      constraint: 'Node',
      focusNode: 'document:paris-declaration',
    }));

  it('should report a non-signatory that is not a state', () =>
    shouldViolate(replace('document:paris-declaration', 'aas:notSignedBy', 'organization:oecd'), {
      shape: 'NotSignedByShape',
      path: 'aas:notSignedBy',
      constraint: 'Class',
      focusNode: 'document:paris-declaration',
    }));
});

describe('the declaration and its list of signatories', SLOW, () => {
  const declaration = 'document:paris-declaration';
  const entry = 'signature:paris-declaration-07';

  it('should report a declaration with two dates', () =>
    shouldViolate(add('graph:report-en', `${declaration} dcterms:date "2025-02-10"^^xsd:date .`), {
      shape: 'DeclarationShape',
      path: 'dcterms:date',
      constraint: 'MaxCount',
      focusNode: declaration,
    }));

  it('should report a declaration date that is not an xsd:date', () =>
    shouldViolate(replace(declaration, 'dcterms:date', '"11 février 2025"@fr'), {
      shape: 'DeclarationShape',
      path: 'dcterms:date',
      constraint: 'Datatype',
      focusNode: declaration,
    }));

  it('should report a list entry that is not an aas:Signature', () =>
    shouldViolate(add('graph:declaration', `${declaration} aas:signature country:FR .`), {
      shape: 'DeclarationShape',
      path: 'aas:signature',
      constraint: 'Class',
      focusNode: declaration,
    }));

  it('should report an action that is not an initiative', () =>
    shouldViolate(add('graph:declaration', `${declaration} aas:action document:global-digital-compact .`), {
      shape: 'DeclarationShape',
      path: 'aas:action',
      constraint: 'Class',
      focusNode: declaration,
    }));

  it('should report a declaration made at something that is not a place', () =>
    shouldViolate(replace(declaration, 'schema:locationCreated', 'organization:elysee'), {
      shape: 'DeclarationShape',
      path: 'schema:locationCreated',
      constraint: 'Node',
      focusNode: declaration,
    }));

  it('should report a declaration that is part of an event', () =>
    shouldViolate(replace(declaration, 'dcterms:isPartOf', 'event:2025-02-10-summit'), {
      shape: 'DeclarationShape',
      path: 'dcterms:isPartOf',
      constraint: 'Class',
      focusNode: declaration,
    }));

  it('should report a citation written as a text', () =>
    shouldViolate(add('graph:declaration', `${declaration} aas:cites "le Pacte numérique mondial"@fr .`), {
      shape: 'DeclarationShape',
      path: 'aas:cites',
      constraint: 'NodeKind',
      focusNode: declaration,
    }));

  it('should report a signature without a signatory', () =>
    shouldViolate(remove(`${entry} aas:signatory ?s`), {
      shape: 'SignatureShape',
      path: 'aas:signatory',
      constraint: 'MinCount',
      focusNode: entry,
    }));

  it('should report a signature with two signatories', () =>
    shouldViolate(add('graph:declaration', `${entry} aas:signatory country:FR .`), {
      shape: 'SignatureShape',
      path: 'aas:signatory',
      constraint: 'MaxCount',
      focusNode: entry,
    }));

  it('should report a signatory that is an international organisation', () =>
    shouldViolate(replace(entry, 'aas:signatory', 'organization:oecd'), {
      shape: 'SignatureShape',
      path: 'aas:signatory',
      constraint: 'Node',
      focusNode: entry,
    }));

  it('should report a signature without a position', () =>
    shouldViolate(remove(`${entry} aas:listPosition ?p`), {
      shape: 'SignatureShape',
      path: 'aas:listPosition',
      constraint: 'MinCount',
      focusNode: entry,
    }));

  it('should report a signature with two positions', () =>
    shouldViolate(add('graph:declaration', `${entry} aas:listPosition 70 .`), {
      shape: 'SignatureShape',
      path: 'aas:listPosition',
      constraint: 'MaxCount',
      focusNode: entry,
    }));

  it('should report a position written as a string', () =>
    shouldViolate(replace(entry, 'aas:listPosition', '"7"'), {
      shape: 'SignatureShape',
      path: 'aas:listPosition',
      constraint: 'Datatype',
      focusNode: entry,
    }));

  it('should report a position that is not positive', () =>
    shouldViolate(replace(entry, 'aas:listPosition', '0'), {
      shape: 'SignatureShape',
      path: 'aas:listPosition',
      constraint: 'MinInclusive',
      focusNode: entry,
    }));

  it('should report a signature that belongs to no declaration', () =>
    shouldViolate(remove(`?d aas:signature ${entry}`), {
      shape: 'SignatureShape',
      path: '^aas:signature',
      constraint: 'MinCount',
      focusNode: entry,
    }));

  it('should report a signature listed by two documents', () =>
    shouldViolate(add('graph:post-summit-blog', `document:france-germany-ai-agreement aas:signature ${entry} .`), {
      shape: 'SignatureShape',
      path: '^aas:signature',
      constraint: 'MaxCount',
      focusNode: entry,
    }));

  it('should report a signature listed by something that is not a declaration', () =>
    shouldViolate(
      `${remove(`${declaration} aas:signature ${entry}`)} ; ${add('graph:post-summit-blog', `document:france-germany-ai-agreement aas:signature ${entry} .`)}`,
      {
        shape: 'SignatureShape',
        path: '^aas:signature',
        constraint: 'Class',
        focusNode: entry,
      },
    ));

  it("should warn about a signature without the list's wording", () =>
    shouldViolate(remove(`${entry} aas:statedAs ?w`), {
      shape: 'SignatureShape',
      path: 'aas:statedAs',
      constraint: 'MinCount',
      focusNode: entry,
      severity: 'Warning',
    }));

  it('should report two signatures of the declaration at the same position', () =>
    shouldViolate(replace('signature:paris-declaration-08', 'aas:listPosition', '7'), {
      shape: 'ParisDeclarationPositionShape',
      path: 'aas:listPosition/^aas:listPosition',
      constraint: 'QualifiedMaxCount',
      focusNode: 'signature:paris-declaration-08',
    }));

  it('should accept a position written as xsd:positiveInteger', () =>
    shouldConform(replace(entry, 'aas:listPosition', '"7"^^xsd:positiveInteger')));

  it('should accept a supranational body as signatory', () =>
    shouldConform(add('graph:report-en', `${declaration} aas:hasSignatory organization:european-commission .`)));

  it('should accept another declaration whose list reuses the same positions', () =>
    shouldConform(
      add(
        'graph:curated',
        `
      document:other-declaration a aas:Declaration ; rdfs:label "Another declaration"@en , "Une autre déclaration"@fr ;
        aas:signature signature:other-declaration-07 .
      signature:other-declaration-07 a aas:Signature ; rdfs:label "7. France"@fr ; aas:signatory country:FR ;
        aas:listPosition 7 ; aas:statedAs "France"@fr .`,
      ),
    ));
});

describe('figures', SLOW, () => {
  const figure = 'figure:summit-speakers';
  const share = 'figure:summit-speakers-women-share';
  const period = 'figure:preparation-labelled-events';

  it('should report a figure about nothing', () =>
    shouldViolate(remove(`${figure} aas:about ?a`), {
      shape: 'FigureShape',
      path: 'aas:about',
      constraint: 'MinCount',
      focusNode: figure,
    }));

  it('should report a figure about two things', () =>
    shouldViolate(add('graph:report-en', `${figure} aas:about event:ai-action-summit .`), {
      shape: 'FigureShape',
      path: 'aas:about',
      constraint: 'MaxCount',
      focusNode: figure,
    }));

  it('should report a figure about a text', () =>
    shouldViolate(replace(figure, 'aas:about', '"the summit"@en'), {
      shape: 'FigureShape',
      path: 'aas:about',
      constraint: 'NodeKind',
      focusNode: figure,
    }));

  it('should report a figure without a measure', () =>
    shouldViolate(remove(`${figure} aas:measure ?m`), {
      shape: 'FigureShape',
      path: 'aas:measure',
      constraint: 'MinCount',
      focusNode: figure,
    }));

  it('should report a figure with two measures', () =>
    shouldViolate(add('graph:report-en', `${figure} aas:measure measure:participants .`), {
      shape: 'FigureShape',
      path: 'aas:measure',
      constraint: 'MaxCount',
      focusNode: figure,
    }));

  it('should report a measure outside aas:MeasureScheme', () =>
    shouldViolate(replace(figure, 'aas:measure', 'aas:Exactly'), {
      shape: 'FigureShape',
      path: 'aas:measure',
      constraint: 'Node',
      focusNode: figure,
    }));

  it('should report a figure without a value', () =>
    shouldViolate(remove(`${figure} schema:value ?v`), {
      shape: 'FigureShape',
      path: 'schema:value',
      constraint: 'MinCount',
      focusNode: figure,
    }));

  it('should report a figure with two values', () =>
    shouldViolate(add('graph:report-fr', `${figure} schema:value 149 .`), {
      shape: 'FigureShape',
      path: 'schema:value',
      constraint: 'MaxCount',
      focusNode: figure,
    }));

  it('should report a count written as a string', () =>
    shouldViolate(replace(figure, 'schema:value', '"148"'), {
      shape: 'FigureShape',
      path: 'schema:value',
      constraint: 'Datatype',
      focusNode: figure,
    }));

  it('should report a negative count', () =>
    shouldViolate(replace(figure, 'schema:value', '-148'), {
      shape: 'FigureShape',
      path: 'schema:value',
      constraint: 'MinInclusive',
      focusNode: figure,
    }));

  it('should report a figure without a qualifier', () =>
    shouldViolate(remove(`${figure} aas:qualifier ?q`), {
      shape: 'FigureShape',
      path: 'aas:qualifier',
      constraint: 'MinCount',
      focusNode: figure,
    }));

  it('should report a figure with two qualifiers', () =>
    shouldViolate(add('graph:report-en', `${figure} aas:qualifier aas:MoreThan .`), {
      shape: 'FigureShape',
      path: 'aas:qualifier',
      constraint: 'MaxCount',
      focusNode: figure,
    }));

  it('should report a qualifier outside aas:QualifierScheme', () =>
    shouldViolate(replace(figure, 'aas:qualifier', 'measure:speakers'), {
      shape: 'FigureShape',
      path: 'aas:qualifier',
      constraint: 'Node',
      focusNode: figure,
    }));

  it("should warn about a figure without the source's wording", () =>
    shouldViolate(remove(`${figure} aas:statedAs ?w`), {
      shape: 'FigureShape',
      path: 'aas:statedAs',
      constraint: 'MinCount',
      focusNode: figure,
      severity: 'Warning',
    }));

  it('should report a percentage of two figures', () =>
    shouldViolate(add('graph:report-en', `${share} aas:percentageOf figure:summit-participants .`), {
      shape: 'FigureShape',
      path: 'aas:percentageOf',
      constraint: 'MaxCount',
      focusNode: share,
    }));

  it('should report a percentage of something that is not a figure', () =>
    shouldViolate(replace(share, 'aas:percentageOf', 'event:2025-02-10-summit'), {
      shape: 'FigureShape',
      path: 'aas:percentageOf',
      constraint: 'Class',
      focusNode: share,
    }));

  it('should report a figure that is part of an initiative', () =>
    shouldViolate(
      replace('figure:coalition-partner-companies', 'aas:partOf', 'initiative:coalition-for-sustainable-ai'),
      {
        shape: 'FigureShape',
        path: 'aas:partOf',
        constraint: 'Class',
        focusNode: 'figure:coalition-partner-companies',
      },
    ));

  it('should report a counted entity written as a text', () =>
    shouldViolate(add('graph:report-en', 'figure:current-ai-supporting-countries aas:includes "Kenya"@en .'), {
      shape: 'FigureShape',
      path: 'aas:includes',
      constraint: 'NodeKind',
      focusNode: 'figure:current-ai-supporting-countries',
    }));

  it('should report a figure with two units', () =>
    shouldViolate(add('graph:report-en', `${share} schema:unitText "per cent" .`), {
      shape: 'FigureShape',
      path: 'schema:unitText',
      constraint: 'MaxCount',
      focusNode: share,
    }));

  it('should report a unit other than "percent"', () =>
    shouldViolate(replace(share, 'schema:unitText', '"%"'), {
      shape: 'FigureShape',
      path: 'schema:unitText',
      constraint: 'In',
      focusNode: share,
      alsoReportedBy: ['PercentageShape'],
    }));

  it('should report a figure whose period starts twice', () =>
    shouldViolate(add('graph:report-en', `${period} schema:startDate "2024-08"^^xsd:gYearMonth .`), {
      shape: 'FigureShape',
      path: 'schema:startDate',
      constraint: 'MaxCount',
      focusNode: period,
    }));

  it('should report a figure whose period starts at a text', () =>
    shouldViolate(replace(period, 'schema:startDate', '"July 2024"@en'), {
      shape: 'FigureShape',
      path: 'schema:startDate',
      constraint: 'Node',
      focusNode: period,
    }));

  it('should report a figure whose period ends twice', () =>
    shouldViolate(add('graph:report-en', `${period} schema:endDate "2025-03"^^xsd:gYearMonth .`), {
      shape: 'FigureShape',
      path: 'schema:endDate',
      constraint: 'MaxCount',
      focusNode: period,
    }));

  it('should report a figure whose period ends at a text', () =>
    shouldViolate(replace(period, 'schema:endDate', '"February 2025"@en'), {
      shape: 'FigureShape',
      path: 'schema:endDate',
      constraint: 'Node',
      focusNode: period,
    }));

  it('should report a percentage without its unit', () =>
    shouldViolate(remove(`${share} schema:unitText ?u`), {
      shape: 'PercentageShape',
      path: 'schema:unitText',
      constraint: 'HasValue',
      focusNode: share,
    }));

  it('should report a percentage over 100', () =>
    shouldViolate(replace(share, 'schema:value', '148'), {
      shape: 'PercentageShape',
      path: 'schema:value',
      constraint: 'MaxInclusive',
      focusNode: share,
    }));
});

describe('amounts and investments', SLOW, () => {
  const amount = 'amount:current-ai-400m-eur';
  const investment = 'investment:current-ai-400m';

  it('should report an amount without a value', () =>
    shouldViolate(remove(`${amount} schema:value ?v`), {
      shape: 'MonetaryAmountShape',
      path: 'schema:value',
      constraint: 'MinCount',
      focusNode: amount,
    }));

  it('should report an amount with two values', () =>
    shouldViolate(add('graph:report-fr', `${amount} schema:value "400000001"^^xsd:decimal .`), {
      shape: 'MonetaryAmountShape',
      path: 'schema:value',
      constraint: 'MaxCount',
      focusNode: amount,
    }));

  it('should report an amount written as text', () =>
    shouldViolate(replace(amount, 'schema:value', '"400 millions"@fr'), {
      shape: 'MonetaryAmountShape',
      path: 'schema:value',
      constraint: 'Datatype',
      focusNode: amount,
    }));

  it('should report a negative amount', () =>
    shouldViolate(replace(amount, 'schema:value', '"-400000000"^^xsd:decimal'), {
      shape: 'MonetaryAmountShape',
      path: 'schema:value',
      constraint: 'MinInclusive',
      focusNode: amount,
    }));

  it('should report an amount without a currency', () =>
    shouldViolate(remove(`${amount} schema:currency ?c`), {
      shape: 'MonetaryAmountShape',
      path: 'schema:currency',
      constraint: 'MinCount',
      focusNode: amount,
    }));

  it('should report an amount in two currencies', () =>
    shouldViolate(add('graph:report-en', `${amount} schema:currency "USD" .`), {
      shape: 'MonetaryAmountShape',
      path: 'schema:currency',
      constraint: 'MaxCount',
      focusNode: amount,
    }));

  it('should report a currency with a language tag', () =>
    shouldViolate(replace(amount, 'schema:currency', '"EUR"@en'), {
      shape: 'MonetaryAmountShape',
      path: 'schema:currency',
      constraint: 'Datatype',
      focusNode: amount,
    }));

  it('should report a currency that is not a three-letter ISO 4217 code', () =>
    shouldViolate(replace(amount, 'schema:currency', '"€"'), {
      shape: 'MonetaryAmountShape',
      path: 'schema:currency',
      constraint: 'Pattern',
      focusNode: amount,
    }));

  it('should report an amount without a qualifier', () =>
    shouldViolate(remove(`${amount} aas:qualifier ?q`), {
      shape: 'MonetaryAmountShape',
      path: 'aas:qualifier',
      constraint: 'MinCount',
      focusNode: amount,
    }));

  it('should report an amount with two qualifiers', () =>
    shouldViolate(add('graph:report-en', `${amount} aas:qualifier aas:AtLeast .`), {
      shape: 'MonetaryAmountShape',
      path: 'aas:qualifier',
      constraint: 'MaxCount',
      focusNode: amount,
    }));

  it('should report an amount qualifier outside aas:QualifierScheme', () =>
    shouldViolate(replace(amount, 'aas:qualifier', 'aas:Curated'), {
      shape: 'MonetaryAmountShape',
      path: 'aas:qualifier',
      constraint: 'Node',
      focusNode: amount,
    }));

  it("should warn about an amount without the source's wording", () =>
    shouldViolate(remove(`${amount} aas:statedAs ?w`), {
      shape: 'MonetaryAmountShape',
      path: 'aas:statedAs',
      constraint: 'MinCount',
      focusNode: amount,
      severity: 'Warning',
    }));

  it('should report an amount that belongs to no investment', () =>
    shouldViolate(remove(`?i schema:amount ${amount}`), {
      shape: 'MonetaryAmountShape',
      path: '^schema:amount',
      constraint: 'MinCount',
      focusNode: amount,
    }));

  it('should report an amount that is the amount of a figure', () =>
    shouldViolate(add('graph:report-en', `figure:current-ai-key-areas schema:amount ${amount} .`), {
      shape: 'MonetaryAmountShape',
      path: '^schema:amount',
      constraint: 'Class',
      focusNode: amount,
    }));

  it('should report an investment with two amounts', () =>
    shouldViolate(add('graph:report-en', `${investment} schema:amount amount:ai-gigafactories-20bn-eur .`), {
      shape: 'InvestmentShape',
      path: 'schema:amount',
      constraint: 'MaxCount',
      focusNode: investment,
    }));

  it('should report an investment amount that is not a schema:MonetaryAmount', () =>
    shouldViolate(
      add('graph:post-summit-blog', 'investment:french-groups-pledges schema:amount figure:current-ai-key-areas .'),
      {
        shape: 'InvestmentShape',
        path: 'schema:amount',
        constraint: 'Class',
        focusNode: 'investment:french-groups-pledges',
      },
    ));

  it('should report an investor that is not an agent', () =>
    shouldViolate(add('graph:post-summit-blog', 'investment:french-groups-pledges aas:investor place:paris .'), {
      shape: 'InvestmentShape',
      path: 'aas:investor',
      constraint: 'Node',
      focusNode: 'investment:french-groups-pledges',
    }));

  it('should report a main source of the funds that is not an agent', () =>
    shouldViolate(replace('investment:france-ai-109bn-post-summit-blog', 'aas:mainFundingSource', 'place:paris'), {
      shape: 'InvestmentShape',
      path: 'aas:mainFundingSource',
      constraint: 'Node',
      focusNode: 'investment:france-ai-109bn-post-summit-blog',
    }));

  it('should report a kind of investment outside aas:InvestmentTypeScheme', () =>
    shouldViolate(replace('investment:france-ai-public-rd-40bn', 'aas:investmentType', 'aas:Exactly'), {
      shape: 'InvestmentShape',
      path: 'aas:investmentType',
      constraint: 'Node',
      focusNode: 'investment:france-ai-public-rd-40bn',
    }));

  it('should report an investment in something that is not a place', () =>
    shouldViolate(replace('investment:investai-200bn', 'aas:investmentIn', 'initiative:investai'), {
      shape: 'InvestmentShape',
      path: 'aas:investmentIn',
      constraint: 'Node',
      focusNode: 'investment:investai-200bn',
    }));

  it('should report an investment announced by a place', () =>
    shouldViolate(replace('investment:eu-ai-200bn-post-summit-blog', 'aas:announcedBy', 'place:paris'), {
      shape: 'InvestmentShape',
      path: 'aas:announcedBy',
      constraint: 'Node',
      focusNode: 'investment:eu-ai-200bn-post-summit-blog',
    }));

  it('should report an investment funding something that is not an initiative', () =>
    shouldViolate(replace(investment, 'aas:fundsInitiative', 'organization:oecd'), {
      shape: 'InvestmentShape',
      path: 'aas:fundsInitiative',
      constraint: 'Class',
      focusNode: investment,
    }));

  it('should report an investment made via something that is not an initiative', () =>
    shouldViolate(replace('investment:investai-200bn', 'aas:via', 'organization:european-commission'), {
      shape: 'InvestmentShape',
      path: 'aas:via',
      constraint: 'Class',
      focusNode: 'investment:investai-200bn',
    }));

  it('should report a tranche of something that is not an investment', () =>
    shouldViolate(replace('investment:stargate-first-tranche-100bn', 'aas:partOf', 'initiative:stargate'), {
      shape: 'InvestmentShape',
      path: 'aas:partOf',
      constraint: 'Class',
      focusNode: 'investment:stargate-first-tranche-100bn',
    }));

  it('should report another version of an announcement that is not an investment', () =>
    shouldViolate(
      replace('investment:france-ai-109bn-post-summit-blog', 'prov:alternateOf', 'figure:current-ai-key-areas'),
      {
        shape: 'InvestmentShape',
        path: 'prov:alternateOf',
        constraint: 'Class',
        focusNode: 'investment:france-ai-109bn-post-summit-blog',
      },
    ));

  it('should report an investment over two periods', () =>
    shouldViolate(add('graph:report-en', `${investment} aas:period "P4Y"^^xsd:duration .`), {
      shape: 'InvestmentShape',
      path: 'aas:period',
      constraint: 'MaxCount',
      focusNode: investment,
    }));

  it('should report a period that is not an xsd:duration', () =>
    shouldViolate(replace(investment, 'aas:period', '"five years"@en'), {
      shape: 'InvestmentShape',
      path: 'aas:period',
      constraint: 'Datatype',
      focusNode: investment,
    }));

  it('should report an investment with two start dates', () =>
    shouldViolate(
      add('graph:ouest-france-preview', 'investment:france-ai-since-2018-2-5bn schema:startDate "2019"^^xsd:gYear .'),
      {
        shape: 'InvestmentShape',
        path: 'schema:startDate',
        constraint: 'MaxCount',
        focusNode: 'investment:france-ai-since-2018-2-5bn',
      },
    ));

  it('should report an investment start date that is a text', () =>
    shouldViolate(replace('investment:france-ai-since-2018-2-5bn', 'schema:startDate', '"depuis 2018"@fr'), {
      shape: 'InvestmentShape',
      path: 'schema:startDate',
      constraint: 'Node',
      focusNode: 'investment:france-ai-since-2018-2-5bn',
    }));

  it('should report an investment time that is a text', () =>
    shouldViolate(replace('investment:french-ai-start-ups-2024-2bn', 'dcterms:temporal', '"en 2024"@fr'), {
      shape: 'InvestmentShape',
      path: 'dcterms:temporal',
      constraint: 'Node',
      focusNode: 'investment:french-ai-start-ups-2024-2bn',
    }));

  it('should accept a person as investor and a year as start date', () =>
    shouldConform(
      add(
        'graph:post-summit-blog',
        'investment:french-groups-pledges aas:investor person:donald-trump ; schema:startDate "2025"^^xsd:gYear .',
      ),
    ));
});

describe('sources', SLOW, () => {
  it('should report a named graph whose description was removed', () =>
    shouldViolate(remove('graph:report-en ?p ?o'), {
      shape: 'SourceGraphShape',
      constraint: 'Class',
      focusNode: 'graph:report-en',
      alsoReportedBy: ['SourceGraphShape', 'SourceShape'],
    }));

  it('should report a described graph that is not typed aas:SourceGraph', () =>
    shouldViolate(remove('graph:report-en a aas:SourceGraph'), {
      shape: 'SourceGraphShape',
      constraint: 'Class',
      focusNode: 'graph:report-en',
    }));

  it('should report a named graph that holds facts but is described nowhere', () =>
    shouldViolate(
      add('<https://w3id.org/aiactionsummit/graph/rumours>', 'country:FR schema:description "Un pays."@fr .'),
      {
        shape: 'SourceGraphShape',
        constraint: 'Class',
        focusNode: 'graph:rumours',
        alsoReportedBy: ['SourceGraphShape'],
      },
    ));

  it('should report a source graph without a title', () =>
    shouldViolate(remove('graph:report-en dcterms:title ?t'), {
      shape: 'SourceGraphShape',
      path: 'dcterms:title',
      constraint: 'MinCount',
      focusNode: 'graph:report-en',
    }));

  it('should report a source graph without a language', () =>
    shouldViolate(remove('graph:report-en dcterms:language ?l'), {
      shape: 'SourceGraphShape',
      path: 'dcterms:language',
      constraint: 'MinCount',
      focusNode: 'graph:report-en',
    }));

  it('should report a source language with a language tag', () =>
    shouldViolate(replace('graph:report-en', 'dcterms:language', '"en"@en'), {
      shape: 'SourceGraphShape',
      path: 'dcterms:language',
      constraint: 'Datatype',
      focusNode: 'graph:report-en',
    }));

  it('should report a source language that is not a language code', () =>
    shouldViolate(replace('graph:report-en', 'dcterms:language', '"English"'), {
      shape: 'SourceGraphShape',
      path: 'dcterms:language',
      constraint: 'Pattern',
      focusNode: 'graph:report-en',
    }));

  it('should report a source graph without a kind', () =>
    shouldViolate(remove('graph:report-en aas:sourceKind ?k'), {
      shape: 'SourceGraphShape',
      path: 'aas:sourceKind',
      constraint: 'MinCount',
      focusNode: 'graph:report-en',
    }));

  it('should report a source graph of two kinds', () =>
    shouldViolate(add('graph:sources', 'graph:report-en aas:sourceKind aas:SecondaryPress .'), {
      shape: 'SourceGraphShape',
      path: 'aas:sourceKind',
      constraint: 'MaxCount',
      focusNode: 'graph:report-en',
    }));

  it('should report a source kind outside aas:SourceKindScheme', () =>
    shouldViolate(replace('graph:report-en', 'aas:sourceKind', 'aas:Report'), {
      shape: 'SourceGraphShape',
      path: 'aas:sourceKind',
      constraint: 'Node',
      focusNode: 'graph:report-en',
    }));

  it('should report a source graph with two dates', () =>
    shouldViolate(add('graph:sources', 'graph:declaration dcterms:date "2025-02-12"^^xsd:date .'), {
      shape: 'SourceGraphShape',
      path: 'dcterms:date',
      constraint: 'MaxCount',
      focusNode: 'graph:declaration',
    }));

  it('should report a source graph date that is a text', () =>
    shouldViolate(replace('graph:declaration', 'dcterms:date', '"mardi 11 février 2025"@fr'), {
      shape: 'SourceGraphShape',
      path: 'dcterms:date',
      constraint: 'Datatype',
      focusNode: 'graph:declaration',
    }));

  it('should report a source graph created twice', () =>
    shouldViolate(
      add('graph:sources', 'graph:curated dcterms:created "2025-02-01"^^xsd:date , "2025-03-01"^^xsd:date .'),
      {
        shape: 'SourceGraphShape',
        path: 'dcterms:created',
        constraint: 'MaxCount',
        focusNode: 'graph:curated',
      },
    ));

  it('should report a creation date that is not an xsd:date', () =>
    shouldViolate(add('graph:sources', 'graph:curated dcterms:created "February 2025" .'), {
      shape: 'SourceGraphShape',
      path: 'dcterms:created',
      constraint: 'Datatype',
      focusNode: 'graph:curated',
    }));

  it('should report a source published by a place', () =>
    shouldViolate(replace('source:le-monde-2025-02-11', 'dcterms:publisher', 'place:paris'), {
      shape: 'SourceShape',
      path: 'dcterms:publisher',
      constraint: 'Node',
      focusNode: 'source:le-monde-2025-02-11',
    }));

  it('should report a source attributed to a place', () =>
    shouldViolate(replace('graph:ouest-france-preview', 'prov:wasAttributedTo', 'place:paris'), {
      shape: 'SourceShape',
      path: 'prov:wasAttributedTo',
      constraint: 'Node',
      focusNode: 'graph:ouest-france-preview',
    }));

  it('should report a source derived from something that is not a source', () =>
    shouldViolate(add('graph:sources', 'graph:post-summit-blog prov:wasDerivedFrom place:paris .'), {
      shape: 'SourceShape',
      path: 'prov:wasDerivedFrom',
      constraint: 'Class',
      focusNode: 'graph:post-summit-blog',
    }));

  it('should report an edition of something that is not a source', () =>
    shouldViolate(replace('graph:report-en', 'dcterms:isVersionOf', 'event:ai-action-summit'), {
      shape: 'SourceShape',
      path: 'dcterms:isVersionOf',
      constraint: 'Class',
      focusNode: 'graph:report-en',
    }));

  it('should report a source whose edition is not a source', () =>
    shouldViolate(add('graph:sources', 'source:summit-report dcterms:hasVersion document:summit-report-foreword .'), {
      shape: 'SourceShape',
      path: 'dcterms:hasVersion',
      constraint: 'Class',
      focusNode: 'source:summit-report',
    }));

  it('should report a source issued from something that is not a place', () =>
    shouldViolate(replace('graph:declaration', 'schema:locationCreated', 'organization:elysee'), {
      shape: 'SourceShape',
      path: 'schema:locationCreated',
      constraint: 'Node',
      focusNode: 'graph:declaration',
    }));

  it('should report a source URL written as a string', () =>
    shouldViolate(replace('source:le-monde-2025-02-11', 'schema:url', '"https://www.lemonde.fr/pixels/"'), {
      shape: 'SourceShape',
      path: 'schema:url',
      constraint: 'NodeKind',
      focusNode: 'source:le-monde-2025-02-11',
    }));

  it('should accept a new graph once graph:sources describes it', () =>
    shouldConform(
      add('<https://w3id.org/aiactionsummit/graph/rumours>', 'country:FR schema:description "Un pays."@fr .') +
        ' ; ' +
        add(
          'graph:sources',
          `<https://w3id.org/aiactionsummit/graph/rumours> a aas:SourceGraph , prov:Entity ;
        rdfs:label "Rumeurs"@fr ; dcterms:title "Rumeurs"@fr ; dcterms:language "fr" ; aas:sourceKind aas:SecondaryPress .`,
        ),
    ));
});

describe('links to Wikidata', SLOW, () => {
  // Neither event is linked to Wikidata in the shipped data.
  it('should report a Wikidata link written as a string', () =>
    shouldViolate(add('graph:wikidata-links', 'event:davos owl:sameAs "Q5002563" .'), {
      shape: 'WikidataLinkShape',
      path: 'owl:sameAs',
      constraint: 'NodeKind',
      focusNode: 'event:davos',
    }));

  const malformed: [kind: string, iri: string][] = [
    ['an https entity IRI', 'https://www.wikidata.org/entity/Q5002563'],
    ['a /wiki/ page', 'http://www.wikidata.org/wiki/Q5002563'],
    ['an https /wiki/ page', 'https://www.wikidata.org/wiki/Q5002563'],
    ['a property', 'http://www.wikidata.org/entity/P31'],
    ['a QID with a leading zero', 'http://www.wikidata.org/entity/Q05002563'],
    ['a data URL', 'https://www.wikidata.org/wiki/Special:EntityData/Q5002563.json'],
    ['a mobile page', 'https://m.wikidata.org/wiki/Q5002563'],
    ['a lower-case qid', 'http://www.wikidata.org/entity/q5002563'],
  ];
  it.each(malformed)('should report a Wikidata link that is %s', (_kind, iri) =>
    shouldViolate(add('graph:wikidata-links', `event:davos owl:sameAs <${iri}> .`), {
      shape: 'WikidataLinkShape',
      path: 'owl:sameAs',
      constraint: 'Or',
      focusNode: 'event:davos',
    }),
  );

  it('should report an entity linked to two Wikidata items', () =>
    shouldViolate(add('graph:wikidata-links', 'event:davos owl:sameAs wd:Q5002563 , wd:Q5002564 .'), {
      shape: 'WikidataLinkShape',
      path: 'owl:sameAs',
      constraint: 'QualifiedMaxCount',
      focusNode: 'event:davos',
    }));

  it('should report a link from an IRI the graph does not describe', () =>
    shouldViolate(
      add('graph:wikidata-links', '<https://w3id.org/aiactionsummit/id/event/davoss> owl:sameAs wd:Q5002563 .'),
      {
        shape: 'WikidataLinkShape',
        path: 'rdf:type',
        constraint: 'MinCount',
        focusNode: 'event:davoss',
      },
    ));

  it('should report two entities linked to the same Wikidata item', () =>
    shouldViolate(
      add('graph:wikidata-links', 'event:davos owl:sameAs wd:Q5002563 . event:choose-france owl:sameAs wd:Q5002563 .'),
      {
        shape: 'WikidataItemShape',
        path: '^owl:sameAs',
        constraint: 'MaxCount',
        focusNode: 'wd:Q5002563',
      },
    ));

  it('should accept a link to a Wikidata entity IRI', () =>
    shouldConform(add('graph:wikidata-links', 'event:davos owl:sameAs wd:Q5002563 .')));

  it('should accept a Wikidata link next to a link elsewhere', () =>
    shouldConform(
      add(
        'graph:wikidata-links',
        'event:davos owl:sameAs wd:Q5002563 , <http://dbpedia.org/resource/World_Economic_Forum> .',
      ),
    ));
});

describe('commitments', SLOW, () => {
  /** A commitment's IRI (the commitment: prefix is not one of the project's compaction prefixes). */
  const C = (slug: string) => `https://w3id.org/aiactionsummit/id/commitment/${slug}`;
  const trust = C('declaration-5-trust-and-safety');

  it('should report a commitment made in nothing and naming no party', () =>
    shouldViolate(remove(`<${C('current-ai-key-areas')}> aas:madeIn ?m`), {
      shape: 'CommitmentShape',
      constraint: 'Or',
      focusNode: C('current-ai-key-areas'),
    }));

  it("should report a commitment without the source's wording", () =>
    shouldViolate(remove(`<${C('declaration-2-reduce-inequalities')}> aas:statedAs ?s`), {
      shape: 'CommitmentShape',
      path: 'aas:statedAs',
      constraint: 'MinCount',
      focusNode: C('declaration-2-reduce-inequalities'),
    }));

  it('should report a commitment made in two things', () =>
    shouldViolate(add('graph:report-en', `<${C('current-ai-key-areas')}> aas:madeIn initiative:paris-actions .`), {
      shape: 'CommitmentShape',
      path: 'aas:madeIn',
      constraint: 'MaxCount',
      focusNode: C('current-ai-key-areas'),
    }));

  it('should report a commitment made in a place', () =>
    shouldViolate(replace(`<${C('current-ai-key-areas')}>`, 'aas:madeIn', 'place:paris'), {
      shape: 'CommitmentShape',
      path: 'aas:madeIn',
      constraint: 'Node',
      focusNode: C('current-ai-key-areas'),
    }));

  it('should report a commitment made by a place', () =>
    shouldViolate(replace(`<${C('inesia-aims')}>`, 'aas:committedBy', 'place:paris'), {
      shape: 'CommitmentShape',
      path: 'aas:committedBy',
      constraint: 'Node',
      focusNode: C('inesia-aims'),
    }));

  it('should report a commitment in two paragraphs', () =>
    shouldViolate(add('graph:declaration', `<${trust}> aas:paragraph 6 .`), {
      shape: 'CommitmentShape',
      path: 'aas:paragraph',
      constraint: 'MaxCount',
      focusNode: trust,
    }));

  it('should report a paragraph number written as a string', () =>
    shouldViolate(replace(`<${trust}>`, 'aas:paragraph', '"5"'), {
      shape: 'CommitmentShape',
      path: 'aas:paragraph',
      constraint: 'Datatype',
      focusNode: trust,
    }));

  it('should report a paragraph number that is not positive', () =>
    shouldViolate(replace(`<${trust}>`, 'aas:paragraph', '0'), {
      shape: 'CommitmentShape',
      path: 'aas:paragraph',
      constraint: 'MinInclusive',
      focusNode: trust,
    }));

  it('should report a commitment at two positions', () =>
    shouldViolate(add('graph:declaration', `<${trust}> schema:position 99 .`), {
      shape: 'CommitmentShape',
      path: 'schema:position',
      constraint: 'MaxCount',
      focusNode: trust,
    }));

  it('should report a position written as a string', () =>
    shouldViolate(replace(`<${trust}>`, 'schema:position', '"24"'), {
      shape: 'CommitmentShape',
      path: 'schema:position',
      constraint: 'Datatype',
      focusNode: trust,
    }));

  it('should report a position that is not positive', () =>
    shouldViolate(replace(`<${trust}>`, 'schema:position', '-1'), {
      shape: 'CommitmentShape',
      path: 'schema:position',
      constraint: 'MinInclusive',
      focusNode: trust,
    }));

  it('should report a commitment without a topic', () =>
    shouldViolate(remove(`<${trust}> aas:topic ?t`), {
      shape: 'CommitmentShape',
      path: 'aas:topic',
      constraint: 'MinCount',
      focusNode: trust,
    }));

  it('should report a topic outside aas:TopicScheme', () =>
    shouldViolate(replace(`<${trust}>`, 'aas:topic', 'aas:Exactly'), {
      shape: 'CommitmentShape',
      path: 'aas:topic',
      constraint: 'Node',
      focusNode: trust,
    }));

  it('should report a milestone that is not an event', () =>
    shouldViolate(replace(`<${C('declaration-6-follow-up')}>`, 'aas:milestone', 'place:kigali'), {
      shape: 'CommitmentShape',
      path: 'aas:milestone',
      constraint: 'Class',
      focusNode: C('declaration-6-follow-up'),
    }));

  it('should report a deadline that is not worded with its language', () =>
    shouldViolate(replace(`<${C('pledge-social-dialogue')}>`, 'aas:deadline', '"2026"^^xsd:gYear'), {
      shape: 'CommitmentShape',
      path: 'aas:deadline',
      constraint: 'Datatype',
      focusNode: C('pledge-social-dialogue'),
    }));

  it("should report a curators' translation without its language tag", () =>
    shouldViolate(stripLanguage(`<${trust}>`, 'aas:translation'), {
      shape: 'TextShape',
      path: 'aas:translation',
      constraint: 'Datatype',
      focusNode: trust,
    }));

  it('should accept a commitment that names its party and is made in nothing', () =>
    shouldConform(
      add(
        'graph:report-en',
        `<${C('test-commitment')}> a aas:Commitment ; rdfs:label "Test commitment"@en , "Engagement de test"@fr ;
           aas:statedAs "It will test."@en ; aas:committedBy organization:inesia ; aas:topic aas:SafetyAndTrust .`,
      ),
    ));
});

describe('licences and rights', SLOW, () => {
  it('should report a source with two licences', () =>
    shouldViolate(add('graph:sources', 'graph:curated dcterms:license <https://opensource.org/licenses/MIT> .'), {
      shape: 'SourceShape',
      path: 'dcterms:license',
      constraint: 'MaxCount',
      focusNode: 'graph:curated',
    }));

  it('should report a licence written as a text', () =>
    shouldViolate(replace('graph:curated', 'dcterms:license', '"CC BY 4.0"'), {
      shape: 'SourceShape',
      path: 'dcterms:license',
      constraint: 'NodeKind',
      focusNode: 'graph:curated',
    }));

  it('should report rights stated without a language tag', () =>
    shouldViolate(stripLanguage('graph:post-summit-blog', 'dcterms:rights'), {
      shape: 'SourceShape',
      path: 'dcterms:rights',
      constraint: 'Datatype',
      focusNode: 'graph:post-summit-blog',
    }));
});

describe("the sources' other statements: claims, quotations, memberships, valuations", SLOW, () => {
  /** IRIs under …/id/ whose prefixes are not the project's compaction prefixes. */
  const I = (path: string) => `https://w3id.org/aiactionsummit/id/${path}`;
  const claim = I('claim/declaration-5-bletchley-seoul');
  const lesson = I('claim/summit-legacy-1');
  const quotation = I('quotation/elysee-china-will-be-there');
  const membership = I('membership/public-interest-ai-platform-1');
  const valuation = I('valuation/french-unicorns-over-1bn-eur');

  // [what, update, shape, path (undefined: node), constraint, focus, severity]
  const cases: [string, string, string, string | undefined, string, string, Severity?][] = [
    [
      "a claim without the source's wording",
      remove(`<${I('claim/blog-technology-war')}> aas:statedAs ?s`),
      'ClaimShape',
      'aas:statedAs',
      'MinCount',
      I('claim/blog-technology-war'),
    ],
    [
      'a claim about a text',
      replace(`<${claim}>`, 'schema:about', '"Bletchey Park"@fr'),
      'ClaimShape',
      'schema:about',
      'NodeKind',
      claim,
    ],
    [
      'a claim at two positions',
      add('graph:report-en', `<${lesson}> schema:position 7 .`),
      'ClaimShape',
      'schema:position',
      'MaxCount',
      lesson,
    ],
    [
      'a claim position written as a string',
      replace(`<${lesson}>`, 'schema:position', '"1"'),
      'ClaimShape',
      'schema:position',
      'Datatype',
      lesson,
    ],
    [
      'a claim position that is not positive',
      replace(`<${lesson}>`, 'schema:position', '0'),
      'ClaimShape',
      'schema:position',
      'MinInclusive',
      lesson,
    ],
    [
      'a claim in two paragraphs',
      add('graph:declaration', `<${claim}> aas:paragraph 6 .`),
      'ClaimShape',
      'aas:paragraph',
      'MaxCount',
      claim,
    ],
    [
      'a claim paragraph written as a string',
      replace(`<${claim}>`, 'aas:paragraph', '"5"'),
      'ClaimShape',
      'aas:paragraph',
      'Datatype',
      claim,
    ],
    [
      'a claim paragraph that is not positive',
      replace(`<${claim}>`, 'aas:paragraph', '-5'),
      'ClaimShape',
      'aas:paragraph',
      'MinInclusive',
      claim,
    ],
    [
      'a quotation without its text',
      remove(`<${quotation}> schema:text ?t`),
      'QuotationShape',
      'schema:text',
      'MinCount',
      quotation,
    ],
    [
      'a quotation with two texts',
      add('graph:ouest-france-preview', `<${quotation}> schema:text "La Chine sera là."@fr .`),
      'QuotationShape',
      'schema:text',
      'MaxCount',
      quotation,
    ],
    [
      'a quotation attributed to no one',
      remove(`<${quotation}> schema:author ?a`),
      'QuotationShape',
      'schema:author',
      'MinCount',
      quotation,
    ],
    [
      'a quotation attributed to a place',
      replace(`<${quotation}>`, 'schema:author', 'place:paris'),
      'QuotationShape',
      'schema:author',
      'Node',
      quotation,
    ],
    [
      'a quotation about a text',
      replace(`<${quotation}>`, 'schema:about', '"la Chine"@fr'),
      'QuotationShape',
      'schema:about',
      'NodeKind',
      quotation,
    ],
    [
      'a membership without a member',
      remove(`<${membership}> org:member ?m`),
      'MembershipShape',
      'org:member',
      'MinCount',
      membership,
    ],
    [
      'a membership with two members',
      add('graph:declaration', `<${membership}> org:member country:FR .`),
      'MembershipShape',
      'org:member',
      'MaxCount',
      membership,
    ],
    [
      'a membership of a place',
      replace(`<${membership}>`, 'org:member', 'place:paris'),
      'MembershipShape',
      'org:member',
      'Node',
      membership,
    ],
    [
      'a membership of nothing',
      remove(`<${membership}> org:organization ?o`),
      'MembershipShape',
      'org:organization',
      'MinCount',
      membership,
    ],
    [
      'a membership of two initiatives',
      add('graph:declaration', `<${membership}> org:organization initiative:current-ai .`),
      'MembershipShape',
      'org:organization',
      'MaxCount',
      membership,
    ],
    [
      'a membership of a document',
      replace(`<${membership}>`, 'org:organization', 'document:paris-declaration'),
      'MembershipShape',
      'org:organization',
      'Class',
      membership,
    ],
    [
      'a membership at two positions',
      add('graph:declaration', `<${membership}> schema:position 10 .`),
      'MembershipShape',
      'schema:position',
      'MaxCount',
      membership,
    ],
    [
      'a membership position written as a string',
      replace(`<${membership}>`, 'schema:position', '"1"'),
      'MembershipShape',
      'schema:position',
      'Datatype',
      membership,
    ],
    [
      'a membership position that is not positive',
      replace(`<${membership}>`, 'schema:position', '0'),
      'MembershipShape',
      'schema:position',
      'MinInclusive',
      membership,
    ],
    [
      'a membership without the name as printed',
      remove(`<${membership}> aas:statedAs ?s`),
      'MembershipShape',
      'aas:statedAs',
      'MinCount',
      membership,
      'Warning',
    ],
    [
      'a valuation without a value',
      remove(`<${valuation}> schema:value ?v`),
      'ValuationShape',
      'schema:value',
      'MinCount',
      valuation,
    ],
    [
      'a valuation with two values',
      add('graph:ouest-france-preview', `<${valuation}> schema:value "2000000000"^^xsd:decimal .`),
      'ValuationShape',
      'schema:value',
      'MaxCount',
      valuation,
    ],
    [
      'a valuation written as text',
      replace(`<${valuation}>`, 'schema:value', '"un milliard"@fr'),
      'ValuationShape',
      'schema:value',
      'Datatype',
      valuation,
    ],
    [
      'a negative valuation',
      replace(`<${valuation}>`, 'schema:value', '"-1"^^xsd:decimal'),
      'ValuationShape',
      'schema:value',
      'MinInclusive',
      valuation,
    ],
    [
      'a valuation without a currency',
      remove(`<${valuation}> schema:currency ?c`),
      'ValuationShape',
      'schema:currency',
      'MinCount',
      valuation,
    ],
    [
      'a valuation in two currencies',
      add('graph:ouest-france-preview', `<${valuation}> schema:currency "USD" .`),
      'ValuationShape',
      'schema:currency',
      'MaxCount',
      valuation,
    ],
    [
      'a valuation currency that is not an ISO 4217 code',
      replace(`<${valuation}>`, 'schema:currency', '"€"'),
      'ValuationShape',
      'schema:currency',
      'Pattern',
      valuation,
    ],
    [
      'a valuation without a qualifier',
      remove(`<${valuation}> aas:qualifier ?q`),
      'ValuationShape',
      'aas:qualifier',
      'MinCount',
      valuation,
    ],
    [
      'a valuation with two qualifiers',
      add('graph:ouest-france-preview', `<${valuation}> aas:qualifier aas:Exactly .`),
      'ValuationShape',
      'aas:qualifier',
      'MaxCount',
      valuation,
    ],
    [
      'a valuation qualifier outside aas:QualifierScheme',
      replace(`<${valuation}>`, 'aas:qualifier', 'aas:PrivateInvestment'),
      'ValuationShape',
      'aas:qualifier',
      'Node',
      valuation,
    ],
    [
      'a valuation of nothing',
      remove(`?valued aas:valuation <${valuation}>`),
      'ValuationShape',
      '^aas:valuation',
      'MinCount',
      valuation,
    ],
    [
      'a valuation that is a monetary amount',
      add('graph:ouest-france-preview', 'company:qonto aas:valuation amount:current-ai-400m-eur .'),
      'ValuedShape',
      'aas:valuation',
      'Class',
      'company:qonto',
    ],
    [
      'an expected attendee that is a place',
      replace('event:2025-02-10-summit', 'aas:expectedAttendee', 'place:paris'),
      'ExpectedAttendeeShape',
      'aas:expectedAttendee',
      'Node',
      'event:2025-02-10-summit',
    ],
    [
      'member states of an international organisation',
      replace('document:paris-declaration', 'aas:hasSignatoryMemberStatesOf', 'organization:unesco'),
      'MemberStatesSignatoryShape',
      'aas:hasSignatoryMemberStatesOf',
      'Class',
      'document:paris-declaration',
    ],
    [
      'a category without its language tag',
      stripLanguage('figure:preparation-contributors', 'aas:category'),
      'TextShape',
      'aas:category',
      'Datatype',
      'figure:preparation-contributors',
    ],
    [
      "a quotation's text without its language tag",
      stripLanguage(`<${quotation}>`, 'schema:text'),
      'TextShape',
      'schema:text',
      'Datatype',
      quotation,
    ],
  ];
  it.each(cases)('should report %s', (_what, update, shape, path, constraint, focusNode, severity) =>
    shouldViolate(update, { shape, path, constraint, focusNode, severity }),
  );
});

describe('the shapes themselves', () => {
  const declared = () => declaredShapes(realShapes().dataset);

  it('should give every shape an IRI under shapes:, an English label and a message, and use SHACL Core only', () => {
    expect(declared().problems).toEqual([]);
    expect(declared().constraints.length).toBeGreaterThan(100);
  });

  // Runs last: the mutation tests above record the constraints they saw report (so it fails when
  // the file is filtered with -t; run the whole file).
  it('should have a mutation test for every constraint in shapes/', () => {
    const missing = declared().constraints.filter((key) => !exercised.has(key));
    expect(missing).toEqual([]);
  });
});
