// Mutation cases for shapes/entities.ttl: states, organisations, people, places, events,
// initiatives, documents and announcements.
import { add, remove, replace } from '../mutate.ts';
import type { ConformanceCase, ViolationCase } from './case.ts';

const summit = 'event:2025-02-10-summit';
const declaration = 'document:paris-declaration';

export const cases: ViolationCase[] = [
  {
    what: 'a state that is a blank node',
    update: add('graph:report-en', '[] a schema:Country ; rdfs:label "Atlantis"@en , "Atlantide"@fr .'),
    expected: {
      shape: 'CountryShape',
      constraint: 'NodeKind',
    },
  },
  {
    what: 'a state whose IRI is not …/country/ and an ISO 3166-1 alpha-2 code',
    update: add('graph:report-en', 'country:FRA a schema:Country ; rdfs:label "France"@en , "France"@fr .'),
    expected: {
      shape: 'CountryShape',
      constraint: 'Pattern',
      focusNode: 'country:FRA',
    },
  },
  {
    what: 'a parent organisation that is a place',
    update: replace('company:google', 'schema:parentOrganization', 'place:paris'),
    expected: {
      shape: 'OrganisationShape',
      path: 'schema:parentOrganization',
      constraint: 'Node',
      focusNode: 'company:google',
    },
  },
  {
    what: 'a site that is not an org:Site',
    update: replace('company:openai', 'org:hasSite', 'place:paris'),
    expected: {
      shape: 'OrganisationShape',
      path: 'org:hasSite',
      constraint: 'Class',
      focusNode: 'company:openai',
    },
  },
  {
    what: 'an organisation located at a person',
    update: replace('organization:elysee-press-service', 'schema:location', 'person:emmanuel-macron'),
    expected: {
      shape: 'OrganisationShape',
      path: 'schema:location',
      constraint: 'Node',
      focusNode: 'organization:elysee-press-service',
    },
  },
  {
    what: 'an organisation URL written as a string',
    update: replace('organization:le-monde', 'schema:url', '"https://www.lemonde.fr/"'),
    expected: {
      shape: 'OrganisationShape',
      path: 'schema:url',
      constraint: 'NodeKind',
      focusNode: 'organization:le-monde',
    },
  },
  {
    what: 'a person working for a place',
    update: replace('person:google-ceo', 'schema:worksFor', 'place:paris'),
    expected: {
      shape: 'PersonShape',
      path: 'schema:worksFor',
      constraint: 'Node',
      focusNode: 'person:google-ceo',
    },
  },
  {
    what: 'a person quoted at something that is not an event',
    update: replace('person:emmanuel-macron', 'aas:quotedIn', 'place:grand-palais'),
    expected: {
      shape: 'PersonShape',
      path: 'aas:quotedIn',
      constraint: 'Class',
      focusNode: 'person:emmanuel-macron',
    },
  },
  {
    what: 'a place contained in a person',
    update: replace('place:grand-palais', 'schema:containedInPlace', 'person:emmanuel-macron'),
    expected: {
      shape: 'PlaceShape',
      path: 'schema:containedInPlace',
      constraint: 'Node',
      focusNode: 'place:grand-palais',
    },
  },
  {
    what: 'a start date that is not a date',
    update: replace(summit, 'schema:startDate', '"10 février 2025"@fr'),
    expected: {
      shape: 'EventShape',
      path: 'schema:startDate',
      constraint: 'Node',
      focusNode: summit,
    },
  },
  {
    what: 'an event that ends before it starts',
    update: replace('event:2025-02-06-ai-science-society-conference', 'schema:endDate', '"2025-02-05"^^xsd:date'),
    expected: {
      shape: 'EventShape',
      path: 'schema:startDate',
      constraint: 'LessThanOrEquals',
      focusNode: 'event:2025-02-06-ai-science-society-conference',
    },
  },
  {
    what: 'an event with two start dates',
    update: add('graph:ouest-france-preview', `${summit} schema:startDate "2025-02-09"^^xsd:date .`),
    expected: {
      shape: 'EventShape',
      path: 'schema:startDate',
      constraint: 'MaxCount',
      focusNode: summit,
      severity: 'Warning',
    },
  },
  {
    what: 'an end date that is a date-time',
    update: replace('event:2025-02-08-cultural-weekend', 'schema:endDate', '"2025-02-09T18:00:00"^^xsd:dateTime'),
    expected: {
      shape: 'EventShape',
      path: 'schema:endDate',
      constraint: 'Node',
      focusNode: 'event:2025-02-08-cultural-weekend',
    },
  },
  {
    what: 'an event with two end dates',
    update: add('graph:ouest-france-preview', `${summit} schema:endDate "2025-02-12"^^xsd:date .`),
    expected: {
      shape: 'EventShape',
      path: 'schema:endDate',
      constraint: 'MaxCount',
      focusNode: summit,
      severity: 'Warning',
    },
  },
  {
    what: 'a start date that is a month (a month goes in aas:month)',
    update: replace(summit, 'schema:startDate', '"2025-02"^^xsd:gYearMonth'),
    expected: {
      shape: 'EventShape',
      path: 'schema:startDate',
      constraint: 'Node',
      focusNode: summit,
      alsoReportedBy: ['EventShape'],
    },
  },
  {
    what: 'an event in two months',
    update: add('graph:report-fr', 'event:rightscon-2025 aas:month "2025-03"^^xsd:gYearMonth .'),
    expected: {
      shape: 'EventShape',
      path: 'aas:month',
      constraint: 'MaxCount',
      focusNode: 'event:rightscon-2025',
    },
  },
  {
    what: 'a month that is a day',
    update: replace('event:rightscon-2025', 'aas:month', '"2025-02-24"^^xsd:date'),
    expected: {
      shape: 'EventShape',
      path: 'aas:month',
      constraint: 'Node',
      focusNode: 'event:rightscon-2025',
    },
  },
  {
    what: 'an event in two years',
    update: add('graph:declaration', 'event:world-ai-conference-2025 aas:year "2026"^^xsd:gYear .'),
    expected: {
      shape: 'EventShape',
      path: 'aas:year',
      constraint: 'MaxCount',
      focusNode: 'event:world-ai-conference-2025',
    },
  },
  {
    what: 'a year that is a month',
    update: replace('event:world-ai-conference-2025', 'aas:year', '"2025-07"^^xsd:gYearMonth'),
    expected: {
      shape: 'EventShape',
      path: 'aas:year',
      constraint: 'Node',
      focusNode: 'event:world-ai-conference-2025',
    },
  },
  {
    what: 'an event upcoming after something that is not an event',
    update: replace('event:rightscon-2025', 'aas:upcomingAfter', 'place:paris'),
    expected: {
      shape: 'EventShape',
      path: 'aas:upcomingAfter',
      constraint: 'Class',
      focusNode: 'event:rightscon-2025',
    },
  },
  {
    what: 'a venue that is not a place',
    update: replace(summit, 'schema:location', 'person:emmanuel-macron'),
    expected: {
      shape: 'EventShape',
      path: 'schema:location',
      constraint: 'Node',
      focusNode: summit,
    },
  },
  {
    what: 'a super-event that is not an event',
    update: replace('event:business-day', 'schema:superEvent', 'initiative:paris-actions'),
    expected: {
      shape: 'EventShape',
      path: 'schema:superEvent',
      constraint: 'Class',
      focusNode: 'event:business-day',
    },
  },
  {
    what: 'an organiser that is a place',
    update: replace('event:fourth-global-ai-summit', 'schema:organizer', 'place:paris'),
    expected: {
      shape: 'EventShape',
      path: 'schema:organizer',
      constraint: 'Node',
      focusNode: 'event:fourth-global-ai-summit',
    },
  },
  {
    what: 'an attendee that is a place',
    update: add('graph:post-summit-blog', `${summit} schema:attendee place:station-f .`),
    expected: {
      shape: 'EventShape',
      path: 'schema:attendee',
      constraint: 'Node',
      focusNode: summit,
    },
  },
  {
    what: 'a showcased thing that is a place',
    update: add('graph:report-en', 'event:ai-action-summit aas:showcased place:paris .'),
    expected: {
      shape: 'EventShape',
      path: 'aas:showcased',
      constraint: 'Node',
      focusNode: 'event:ai-action-summit',
    },
  },
  {
    what: 'a co-chair that is not a state',
    update: add('graph:declaration', `${summit} aas:coChair organization:european-union .`),
    expected: {
      shape: 'EventShape',
      path: 'aas:coChair',
      constraint: 'Class',
      focusNode: summit,
    },
  },
  {
    what: 'a special envoy that is not a person',
    update: replace('event:ai-action-summit', 'aas:specialEnvoy', 'organization:elysee'),
    expected: {
      shape: 'EventShape',
      path: 'aas:specialEnvoy',
      constraint: 'Class',
      focusNode: 'event:ai-action-summit',
    },
  },
  {
    what: 'an envoy that is not a person',
    update: add('graph:report-en', 'event:ai-action-summit aas:envoy organization:elysee .'),
    expected: {
      shape: 'EventShape',
      path: 'aas:envoy',
      constraint: 'Class',
      focusNode: 'event:ai-action-summit',
    },
  },
  {
    what: 'an invitee that is not a person',
    update: add('graph:ouest-france-preview', `${summit} aas:invitee company:openai .`),
    expected: {
      shape: 'EventShape',
      path: 'aas:invitee',
      constraint: 'Class',
      focusNode: summit,
    },
  },
  {
    what: 'work presented that is neither an initiative nor a document',
    update: replace('event:ai-action-summit', 'schema:workPresented', 'person:anne-bouverot'),
    expected: {
      shape: 'EventShape',
      path: 'schema:workPresented',
      constraint: 'Or',
      focusNode: 'event:ai-action-summit',
    },
  },
  {
    what: 'an initiative without a kind',
    update: remove('initiative:current-ai dcterms:type ?t'),
    expected: {
      shape: 'InitiativeShape',
      path: 'dcterms:type',
      constraint: 'MinCount',
      focusNode: 'initiative:current-ai',
      severity: 'Warning',
    },
  },
  {
    what: 'an initiative kind outside aas:InitiativeKindScheme',
    update: replace('initiative:current-ai', 'dcterms:type', 'aas:Exactly'),
    expected: {
      shape: 'InitiativeShape',
      path: 'dcterms:type',
      constraint: 'Node',
      focusNode: 'initiative:current-ai',
    },
  },
  {
    what: 'an initiative launched by another initiative',
    update: replace('initiative:coalition-for-sustainable-ai', 'aas:launchedBy', 'initiative:paris-actions'),
    expected: {
      shape: 'InitiativeShape',
      path: 'aas:launchedBy',
      constraint: 'Node',
      focusNode: 'initiative:coalition-for-sustainable-ai',
    },
  },
  {
    what: 'an initiative coordinated by a state',
    update: replace('initiative:ai-labour-impact-knowledge-network', 'aas:coordinatedBy', 'country:FR'),
    expected: {
      shape: 'InitiativeShape',
      path: 'aas:coordinatedBy',
      constraint: 'Node',
      focusNode: 'initiative:ai-labour-impact-knowledge-network',
    },
  },
  {
    what: 'an initiative led by a person',
    update: replace('initiative:anssi-ai-cybersecurity-analysis', 'aas:ledBy', 'person:guillaume-poupard'),
    expected: {
      shape: 'InitiativeShape',
      path: 'aas:ledBy',
      constraint: 'Node',
      focusNode: 'initiative:anssi-ai-cybersecurity-analysis',
    },
  },
  {
    what: 'an initiative hosted by a state',
    update: replace('initiative:ai-energy-observatory', 'aas:hostedBy', 'country:FR'),
    expected: {
      shape: 'InitiativeShape',
      path: 'aas:hostedBy',
      constraint: 'Node',
      focusNode: 'initiative:ai-energy-observatory',
    },
  },
  {
    what: 'an initiative supported by a person',
    update: replace('initiative:current-ai', 'aas:supportedBy', 'person:emmanuel-macron'),
    expected: {
      shape: 'InitiativeShape',
      path: 'aas:supportedBy',
      constraint: 'Node',
      focusNode: 'initiative:current-ai',
    },
  },
  {
    what: 'a member of an initiative that is neither an organisation nor a state',
    update: add('graph:report-en', 'initiative:eu-ai-champions schema:member person:emmanuel-macron .'),
    expected: {
      shape: 'InitiativeShape',
      path: 'schema:member',
      constraint: 'Node',
      focusNode: 'initiative:eu-ai-champions',
    },
  },
  {
    what: 'a future member that is a person',
    update: replace('initiative:network-of-ai-safety-institutes', 'aas:futureMember', 'person:anne-bouverot'),
    expected: {
      shape: 'InitiativeShape',
      path: 'aas:futureMember',
      constraint: 'Node',
      focusNode: 'initiative:network-of-ai-safety-institutes',
    },
  },
  {
    what: 'a founding member that is a person',
    update: add(
      'graph:declaration',
      'initiative:public-interest-ai-platform aas:foundingMember person:emmanuel-macron .',
    ),
    expected: {
      shape: 'InitiativeShape',
      path: 'aas:foundingMember',
      constraint: 'Node',
      focusNode: 'initiative:public-interest-ai-platform',
    },
  },
  {
    what: 'a signatory network that is a state',
    update: replace('initiative:pledge-trustworthy-ai-world-of-work', 'aas:signatoryNetwork', 'country:FR'),
    expected: {
      shape: 'InitiativeShape',
      path: 'aas:signatoryNetwork',
      constraint: 'Node',
      focusNode: 'initiative:pledge-trustworthy-ai-world-of-work',
    },
  },
  {
    what: 'an initiative that is part of a document',
    update: replace('initiative:current-ai', 'dcterms:isPartOf', 'document:global-digital-compact'),
    expected: {
      shape: 'InitiativeShape',
      path: 'dcterms:isPartOf',
      constraint: 'Class',
      focusNode: 'initiative:current-ai',
    },
  },
  {
    what: 'an initiative based on an organisation',
    update: replace('initiative:global-dialogue-ai-governance', 'schema:isBasedOn', 'organization:united-nations'),
    expected: {
      shape: 'InitiativeShape',
      path: 'schema:isBasedOn',
      constraint: 'Class',
      focusNode: 'initiative:global-dialogue-ai-governance',
    },
  },
  {
    what: 'a deadline that is neither a date nor a worded milestone',
    update: replace('initiative:pledge-trustworthy-ai-world-of-work', 'aas:deadline', '"2026"'),
    expected: {
      shape: 'InitiativeShape',
      path: 'aas:deadline',
      constraint: 'Or',
      focusNode: 'initiative:pledge-trustworthy-ai-world-of-work',
    },
  },
  {
    what: 'a document authored by a document',
    update: replace('document:global-digital-compact', 'schema:author', 'document:paris-declaration'),
    expected: {
      shape: 'DocumentShape',
      path: 'schema:author',
      constraint: 'Node',
      focusNode: 'document:global-digital-compact',
    },
  },
  {
    what: 'a document adopted by a place',
    update: replace('document:global-digital-compact', 'aas:adoptedBy', 'place:paris'),
    expected: {
      shape: 'DocumentShape',
      path: 'aas:adoptedBy',
      constraint: 'Node',
      focusNode: 'document:global-digital-compact',
    },
  },
  {
    what: 'a document published by a place',
    update: add('graph:declaration', 'document:global-digital-compact dcterms:publisher place:paris .'),
    expected: {
      shape: 'DocumentShape',
      path: 'dcterms:publisher',
      constraint: 'Node',
      focusNode: 'document:global-digital-compact',
    },
  },
  {
    what: 'a document about a text instead of an entity',
    update: replace('document:summit-report-foreword', 'schema:about', '"the summit"@en'),
    expected: {
      shape: 'DocumentShape',
      path: 'schema:about',
      constraint: 'NodeKind',
      focusNode: 'document:summit-report-foreword',
    },
  },
  {
    what: 'an announcement at something that is not an event',
    update: replace('initiative:current-ai', 'aas:announcedAt', 'place:paris'),
    expected: {
      shape: 'AnnouncementShape',
      path: 'aas:announcedAt',
      constraint: 'Class',
      focusNode: 'initiative:current-ai',
    },
  },
  {
    what: 'a document signed by an international organisation',
    update: add('graph:report-en', 'document:paris-declaration aas:hasSignatory organization:oecd .'),
    expected: {
      shape: 'HasSignatoryShape',
      path: 'aas:hasSignatory',
      constraint: 'Node',
      focusNode: 'document:paris-declaration',
    },
  },
  {
    what: 'a non-signatory that is not a state',
    update: replace('document:paris-declaration', 'aas:notSignedBy', 'organization:oecd'),
    expected: {
      shape: 'NotSignedByShape',
      path: 'aas:notSignedBy',
      constraint: 'Class',
      focusNode: 'document:paris-declaration',
    },
  },
];

export const conforming: ConformanceCase[] = [
  {
    what: 'a supranational body as signatory',
    update: add('graph:report-en', `${declaration} aas:hasSignatory organization:european-commission .`),
  },
];
