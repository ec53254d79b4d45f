// Mutation cases for shapes/statements.ttl: the sources' other statements (claims, quotations,
// memberships, valuations) and the properties that point at them.
import { add, remove, replace } from '../mutate.ts';
import type { ViolationCase } from './case.ts';

/** IRIs under …/id/ whose prefixes are not the project's compaction prefixes. */
const I = (path: string) => `https://w3id.org/aiactionsummit/id/${path}`;
const claim = I('claim/declaration-5-bletchley-seoul');
const lesson = I('claim/summit-legacy-1');
const quotation = I('quotation/elysee-china-will-be-there');
const membership = I('membership/public-interest-ai-platform-1');
const valuation = I('valuation/french-unicorns-over-1bn-eur');

export const cases: ViolationCase[] = [
  {
    what: "a claim without the source's wording",
    update: remove(`<${I('claim/blog-technology-war')}> aas:statedAs ?s`),
    expected: {
      shape: 'ClaimShape',
      path: 'aas:statedAs',
      constraint: 'MinCount',
      focusNode: I('claim/blog-technology-war'),
    },
  },
  {
    what: 'a claim about a text',
    update: replace(`<${claim}>`, 'schema:about', '"Bletchey Park"@fr'),
    expected: { shape: 'ClaimShape', path: 'schema:about', constraint: 'NodeKind', focusNode: claim },
  },
  {
    what: 'a claim at two positions',
    update: add('graph:report-en', `<${lesson}> schema:position 7 .`),
    expected: { shape: 'ClaimShape', path: 'schema:position', constraint: 'MaxCount', focusNode: lesson },
  },
  {
    what: 'a claim position written as a string',
    update: replace(`<${lesson}>`, 'schema:position', '"1"'),
    expected: { shape: 'ClaimShape', path: 'schema:position', constraint: 'Datatype', focusNode: lesson },
  },
  {
    what: 'a claim position that is not positive',
    update: replace(`<${lesson}>`, 'schema:position', '0'),
    expected: { shape: 'ClaimShape', path: 'schema:position', constraint: 'MinInclusive', focusNode: lesson },
  },
  {
    what: 'a claim in two paragraphs',
    update: add('graph:declaration', `<${claim}> aas:paragraph 6 .`),
    expected: { shape: 'ClaimShape', path: 'aas:paragraph', constraint: 'MaxCount', focusNode: claim },
  },
  {
    what: 'a claim paragraph written as a string',
    update: replace(`<${claim}>`, 'aas:paragraph', '"5"'),
    expected: { shape: 'ClaimShape', path: 'aas:paragraph', constraint: 'Datatype', focusNode: claim },
  },
  {
    what: 'a claim paragraph that is not positive',
    update: replace(`<${claim}>`, 'aas:paragraph', '-5'),
    expected: { shape: 'ClaimShape', path: 'aas:paragraph', constraint: 'MinInclusive', focusNode: claim },
  },
  {
    what: 'a quotation without its text',
    update: remove(`<${quotation}> schema:text ?t`),
    expected: { shape: 'QuotationShape', path: 'schema:text', constraint: 'MinCount', focusNode: quotation },
  },
  {
    what: 'a quotation with two texts',
    update: add('graph:ouest-france-preview', `<${quotation}> schema:text "La Chine sera là."@fr .`),
    expected: { shape: 'QuotationShape', path: 'schema:text', constraint: 'MaxCount', focusNode: quotation },
  },
  {
    what: 'a quotation attributed to no one',
    update: remove(`<${quotation}> schema:author ?a`),
    expected: { shape: 'QuotationShape', path: 'schema:author', constraint: 'MinCount', focusNode: quotation },
  },
  {
    what: 'a quotation attributed to a place',
    update: replace(`<${quotation}>`, 'schema:author', 'place:paris'),
    expected: { shape: 'QuotationShape', path: 'schema:author', constraint: 'Node', focusNode: quotation },
  },
  {
    what: 'a quotation about a text',
    update: replace(`<${quotation}>`, 'schema:about', '"la Chine"@fr'),
    expected: { shape: 'QuotationShape', path: 'schema:about', constraint: 'NodeKind', focusNode: quotation },
  },
  {
    what: 'a membership without a member',
    update: remove(`<${membership}> org:member ?m`),
    expected: { shape: 'MembershipShape', path: 'org:member', constraint: 'MinCount', focusNode: membership },
  },
  {
    what: 'a membership with two members',
    update: add('graph:declaration', `<${membership}> org:member country:FR .`),
    expected: { shape: 'MembershipShape', path: 'org:member', constraint: 'MaxCount', focusNode: membership },
  },
  {
    what: 'a membership of a place',
    update: replace(`<${membership}>`, 'org:member', 'place:paris'),
    expected: { shape: 'MembershipShape', path: 'org:member', constraint: 'Node', focusNode: membership },
  },
  {
    what: 'a membership of nothing',
    update: remove(`<${membership}> org:organization ?o`),
    expected: { shape: 'MembershipShape', path: 'org:organization', constraint: 'MinCount', focusNode: membership },
  },
  {
    what: 'a membership of two initiatives',
    update: add('graph:declaration', `<${membership}> org:organization initiative:current-ai .`),
    expected: { shape: 'MembershipShape', path: 'org:organization', constraint: 'MaxCount', focusNode: membership },
  },
  {
    what: 'a membership of a document',
    update: replace(`<${membership}>`, 'org:organization', 'document:paris-declaration'),
    expected: { shape: 'MembershipShape', path: 'org:organization', constraint: 'Class', focusNode: membership },
  },
  {
    what: 'a membership at two positions',
    update: add('graph:declaration', `<${membership}> schema:position 10 .`),
    expected: { shape: 'MembershipShape', path: 'schema:position', constraint: 'MaxCount', focusNode: membership },
  },
  {
    what: 'a membership position written as a string',
    update: replace(`<${membership}>`, 'schema:position', '"1"'),
    expected: { shape: 'MembershipShape', path: 'schema:position', constraint: 'Datatype', focusNode: membership },
  },
  {
    what: 'a membership position that is not positive',
    update: replace(`<${membership}>`, 'schema:position', '0'),
    expected: { shape: 'MembershipShape', path: 'schema:position', constraint: 'MinInclusive', focusNode: membership },
  },
  {
    what: 'a membership without the name as printed',
    update: remove(`<${membership}> aas:statedAs ?s`),
    expected: {
      shape: 'MembershipShape',
      path: 'aas:statedAs',
      constraint: 'MinCount',
      focusNode: membership,
      severity: 'Warning',
    },
  },
  {
    what: 'a valuation without a value',
    update: remove(`<${valuation}> schema:value ?v`),
    expected: { shape: 'ValuationShape', path: 'schema:value', constraint: 'MinCount', focusNode: valuation },
  },
  {
    what: 'a valuation with two values',
    update: add('graph:ouest-france-preview', `<${valuation}> schema:value "2000000000"^^xsd:decimal .`),
    expected: { shape: 'ValuationShape', path: 'schema:value', constraint: 'MaxCount', focusNode: valuation },
  },
  {
    what: 'a valuation written as text',
    update: replace(`<${valuation}>`, 'schema:value', '"un milliard"@fr'),
    expected: { shape: 'ValuationShape', path: 'schema:value', constraint: 'Datatype', focusNode: valuation },
  },
  {
    what: 'a negative valuation',
    update: replace(`<${valuation}>`, 'schema:value', '"-1"^^xsd:decimal'),
    expected: { shape: 'ValuationShape', path: 'schema:value', constraint: 'MinInclusive', focusNode: valuation },
  },
  {
    what: 'a valuation without a currency',
    update: remove(`<${valuation}> schema:currency ?c`),
    expected: { shape: 'ValuationShape', path: 'schema:currency', constraint: 'MinCount', focusNode: valuation },
  },
  {
    what: 'a valuation in two currencies',
    update: add('graph:ouest-france-preview', `<${valuation}> schema:currency "USD" .`),
    expected: { shape: 'ValuationShape', path: 'schema:currency', constraint: 'MaxCount', focusNode: valuation },
  },
  {
    what: 'a valuation currency that is not an ISO 4217 code',
    update: replace(`<${valuation}>`, 'schema:currency', '"€"'),
    expected: { shape: 'ValuationShape', path: 'schema:currency', constraint: 'Pattern', focusNode: valuation },
  },
  {
    what: 'a valuation without a qualifier',
    update: remove(`<${valuation}> aas:qualifier ?q`),
    expected: { shape: 'ValuationShape', path: 'aas:qualifier', constraint: 'MinCount', focusNode: valuation },
  },
  {
    what: 'a valuation with two qualifiers',
    update: add('graph:ouest-france-preview', `<${valuation}> aas:qualifier aas:Exactly .`),
    expected: { shape: 'ValuationShape', path: 'aas:qualifier', constraint: 'MaxCount', focusNode: valuation },
  },
  {
    what: 'a valuation qualifier outside aas:QualifierScheme',
    update: replace(`<${valuation}>`, 'aas:qualifier', 'aas:PrivateInvestment'),
    expected: { shape: 'ValuationShape', path: 'aas:qualifier', constraint: 'Node', focusNode: valuation },
  },
  {
    what: 'a valuation of nothing',
    update: remove(`?valued aas:valuation <${valuation}>`),
    expected: { shape: 'ValuationShape', path: '^aas:valuation', constraint: 'MinCount', focusNode: valuation },
  },
  {
    what: 'a valuation that is a monetary amount',
    update: add('graph:ouest-france-preview', 'company:qonto aas:valuation amount:current-ai-400m-eur .'),
    expected: { shape: 'ValuedShape', path: 'aas:valuation', constraint: 'Class', focusNode: 'company:qonto' },
  },
  {
    what: 'an expected attendee that is a place',
    update: replace('event:2025-02-10-summit', 'aas:expectedAttendee', 'place:paris'),
    expected: {
      shape: 'ExpectedAttendeeShape',
      path: 'aas:expectedAttendee',
      constraint: 'Node',
      focusNode: 'event:2025-02-10-summit',
    },
  },
  {
    what: 'member states of an international organisation',
    update: replace('document:paris-declaration', 'aas:hasSignatoryMemberStatesOf', 'organization:unesco'),
    expected: {
      shape: 'MemberStatesSignatoryShape',
      path: 'aas:hasSignatoryMemberStatesOf',
      constraint: 'Class',
      focusNode: 'document:paris-declaration',
    },
  },
];
