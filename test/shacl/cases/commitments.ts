// Mutation cases for shapes/commitments.ttl: the commitments of the declaration, pledges and
// initiatives.
import { add, remove, replace } from '../mutate.ts';
import type { ConformanceCase, ViolationCase } from './case.ts';

/** A commitment's IRI (the commitment: prefix is not one of the project's compaction prefixes). */
const C = (slug: string) => `https://w3id.org/aiactionsummit/id/commitment/${slug}`;
const trust = C('declaration-5-trust-and-safety');

export const cases: ViolationCase[] = [
  {
    what: 'a commitment made in nothing and naming no party',
    update: remove(`<${C('current-ai-key-areas')}> aas:madeIn ?m`),
    expected: {
      shape: 'CommitmentShape',
      constraint: 'Or',
      focusNode: C('current-ai-key-areas'),
    },
  },
  {
    what: "a commitment without the source's wording",
    update: remove(`<${C('declaration-2-reduce-inequalities')}> aas:statedAs ?s`),
    expected: {
      shape: 'CommitmentShape',
      path: 'aas:statedAs',
      constraint: 'MinCount',
      focusNode: C('declaration-2-reduce-inequalities'),
    },
  },
  {
    what: 'a commitment made in two things',
    update: add('graph:report-en', `<${C('current-ai-key-areas')}> aas:madeIn initiative:paris-actions .`),
    expected: {
      shape: 'CommitmentShape',
      path: 'aas:madeIn',
      constraint: 'MaxCount',
      focusNode: C('current-ai-key-areas'),
    },
  },
  {
    what: 'a commitment made in a place',
    update: replace(`<${C('current-ai-key-areas')}>`, 'aas:madeIn', 'place:paris'),
    expected: {
      shape: 'CommitmentShape',
      path: 'aas:madeIn',
      constraint: 'Node',
      focusNode: C('current-ai-key-areas'),
    },
  },
  {
    what: 'a commitment made by a place',
    update: replace(`<${C('inesia-aims')}>`, 'aas:committedBy', 'place:paris'),
    expected: {
      shape: 'CommitmentShape',
      path: 'aas:committedBy',
      constraint: 'Node',
      focusNode: C('inesia-aims'),
    },
  },
  {
    what: 'a commitment in two paragraphs',
    update: add('graph:declaration', `<${trust}> aas:paragraph 6 .`),
    expected: {
      shape: 'CommitmentShape',
      path: 'aas:paragraph',
      constraint: 'MaxCount',
      focusNode: trust,
    },
  },
  {
    what: 'a paragraph number written as a string',
    update: replace(`<${trust}>`, 'aas:paragraph', '"5"'),
    expected: {
      shape: 'CommitmentShape',
      path: 'aas:paragraph',
      constraint: 'Datatype',
      focusNode: trust,
    },
  },
  {
    what: 'a paragraph number that is not positive',
    update: replace(`<${trust}>`, 'aas:paragraph', '0'),
    expected: {
      shape: 'CommitmentShape',
      path: 'aas:paragraph',
      constraint: 'MinInclusive',
      focusNode: trust,
    },
  },
  {
    what: 'a commitment at two positions',
    update: add('graph:declaration', `<${trust}> schema:position 99 .`),
    expected: {
      shape: 'CommitmentShape',
      path: 'schema:position',
      constraint: 'MaxCount',
      focusNode: trust,
    },
  },
  {
    what: 'a position written as a string',
    update: replace(`<${trust}>`, 'schema:position', '"24"'),
    expected: {
      shape: 'CommitmentShape',
      path: 'schema:position',
      constraint: 'Datatype',
      focusNode: trust,
    },
  },
  {
    what: 'a position that is not positive',
    update: replace(`<${trust}>`, 'schema:position', '-1'),
    expected: {
      shape: 'CommitmentShape',
      path: 'schema:position',
      constraint: 'MinInclusive',
      focusNode: trust,
    },
  },
  {
    what: 'a commitment without a topic',
    update: remove(`<${trust}> aas:topic ?t`),
    expected: {
      shape: 'CommitmentShape',
      path: 'aas:topic',
      constraint: 'MinCount',
      focusNode: trust,
    },
  },
  {
    what: 'a topic outside aas:TopicScheme',
    update: replace(`<${trust}>`, 'aas:topic', 'aas:Exactly'),
    expected: {
      shape: 'CommitmentShape',
      path: 'aas:topic',
      constraint: 'Node',
      focusNode: trust,
    },
  },
  {
    what: 'a milestone that is not an event',
    update: replace(`<${C('declaration-6-follow-up')}>`, 'aas:milestone', 'place:kigali'),
    expected: {
      shape: 'CommitmentShape',
      path: 'aas:milestone',
      constraint: 'Class',
      focusNode: C('declaration-6-follow-up'),
    },
  },
  {
    what: 'a deadline that is not worded with its language',
    update: replace(`<${C('pledge-social-dialogue')}>`, 'aas:deadline', '"2026"^^xsd:gYear'),
    expected: {
      shape: 'CommitmentShape',
      path: 'aas:deadline',
      constraint: 'Datatype',
      focusNode: C('pledge-social-dialogue'),
    },
  },
];

export const conforming: ConformanceCase[] = [
  {
    what: 'a commitment that names its party and is made in nothing',
    update: add(
      'graph:report-en',
      `<${C('test-commitment')}> a aas:Commitment ; rdfs:label "Test commitment"@en , "Engagement de test"@fr ;
           aas:statedAs "It will test."@en ; aas:committedBy organization:inesia ; aas:topic aas:SafetyAndTrust .`,
    ),
  },
];
