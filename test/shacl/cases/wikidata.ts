// Mutation cases for shapes/wikidata.ttl: links to Wikidata items. Neither event used here is
// linked to Wikidata in the shipped data.
import { add } from '../mutate.ts';
import type { ConformanceCase, ViolationCase } from './case.ts';

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

export const cases: ViolationCase[] = [
  {
    what: 'a Wikidata link written as a string',
    update: add('graph:wikidata-links', 'event:davos owl:sameAs "Q5002563" .'),
    expected: {
      shape: 'WikidataLinkShape',
      path: 'owl:sameAs',
      constraint: 'NodeKind',
      focusNode: 'event:davos',
    },
  },
  ...malformed.map(
    ([kind, iri]): ViolationCase => ({
      what: `a Wikidata link that is ${kind}`,
      update: add('graph:wikidata-links', `event:davos owl:sameAs <${iri}> .`),
      expected: { shape: 'WikidataLinkShape', path: 'owl:sameAs', constraint: 'Or', focusNode: 'event:davos' },
    }),
  ),
  {
    what: 'an entity linked to two Wikidata items',
    update: add('graph:wikidata-links', 'event:davos owl:sameAs wd:Q5002563 , wd:Q5002564 .'),
    expected: {
      shape: 'WikidataLinkShape',
      path: 'owl:sameAs',
      constraint: 'QualifiedMaxCount',
      focusNode: 'event:davos',
    },
  },
  {
    what: 'a link from an IRI the graph does not describe',
    update: add('graph:wikidata-links', '<https://w3id.org/aiactionsummit/id/event/davoss> owl:sameAs wd:Q5002563 .'),
    expected: {
      shape: 'WikidataLinkShape',
      path: 'rdf:type',
      constraint: 'MinCount',
      focusNode: 'event:davoss',
    },
  },
  {
    what: 'two entities linked to the same Wikidata item',
    update: add(
      'graph:wikidata-links',
      'event:davos owl:sameAs wd:Q5002563 . event:choose-france owl:sameAs wd:Q5002563 .',
    ),
    expected: {
      shape: 'WikidataItemShape',
      path: '^owl:sameAs',
      constraint: 'MaxCount',
      focusNode: 'wd:Q5002563',
    },
  },
];

export const conforming: ConformanceCase[] = [
  {
    what: 'a link to a Wikidata entity IRI',
    update: add('graph:wikidata-links', 'event:davos owl:sameAs wd:Q5002563 .'),
  },
  {
    what: 'a Wikidata link next to a link elsewhere',
    update: add(
      'graph:wikidata-links',
      'event:davos owl:sameAs wd:Q5002563 , <http://dbpedia.org/resource/World_Economic_Forum> .',
    ),
  },
];
