// Mutation cases for shapes/labels.ttl: labels in English and French, one preferred label per
// language, texts that keep their language tag.
import { add, remove, removeIf, stripLanguage } from '../mutate.ts';
import type { ConformanceCase, ViolationCase } from './case.ts';

/** IRIs under …/id/ whose prefixes are not the project's compaction prefixes. */
const I = (path: string) => `https://w3id.org/aiactionsummit/id/${path}`;
const trust = I('commitment/declaration-5-trust-and-safety');
const quotation = I('quotation/elysee-china-will-be-there');

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

export const cases: ViolationCase[] = [
  {
    what: 'an entity without a label',
    update: remove('person:henri-verdier rdfs:label ?l'),
    expected: {
      shape: 'LabelShape',
      path: 'rdfs:label',
      constraint: 'MinCount',
      focusNode: 'person:henri-verdier',
    },
  },
  {
    what: 'a label without a language tag',
    update: stripLanguage('person:henri-verdier', 'rdfs:label'),
    expected: {
      shape: 'LabelShape',
      path: 'rdfs:label',
      constraint: 'Datatype',
      focusNode: 'person:henri-verdier',
    },
  },
  {
    what: 'a state without an English label',
    update: removeIf('country:KE rdfs:label ?l', 'lang(?l) = "en"'),
    expected: {
      shape: 'EnglishLabelShape',
      path: 'rdfs:label',
      constraint: 'QualifiedMinCount',
      focusNode: 'country:KE',
      severity: 'Warning',
    },
  },
  {
    what: 'a state without a French label',
    update: removeIf('country:KE rdfs:label ?l', 'lang(?l) = "fr"'),
    expected: {
      shape: 'FrenchLabelShape',
      path: 'rdfs:label',
      constraint: 'QualifiedMinCount',
      focusNode: 'country:KE',
      severity: 'Warning',
    },
  },
  {
    what: 'an entity with two preferred labels in one language',
    update: add('graph:report-fr', 'person:henri-verdier rdfs:label "H. Verdier"@fr .'),
    expected: {
      shape: 'PreferredLabelShape',
      path: 'rdfs:label',
      constraint: 'UniqueLang',
      focusNode: 'person:henri-verdier',
    },
  },
  {
    what: 'two resources that share a preferred label in one language',
    update: add(
      'graph:report-en',
      '<https://w3id.org/aiactionsummit/id/person/henri-verdier-2> a schema:Person ; rdfs:label "Henri Verdier"@en .',
    ),
    expected: {
      shape: 'PreferredLabelShape',
      path: 'rdfs:label/^rdfs:label',
      constraint: 'MaxCount',
      focusNode: 'person:henri-verdier',
      severity: 'Warning',
    },
  },
  ...texts.map(
    ([property, subject]): ViolationCase => ({
      what: `a ${property} without a language tag (on ${subject})`,
      update: stripLanguage(subject, property),
      expected: { shape: 'TextShape', path: property, constraint: 'Datatype', focusNode: subject },
    }),
  ),
  {
    what: "a curators' translation without its language tag",
    update: stripLanguage(`<${trust}>`, 'aas:translation'),
    expected: {
      shape: 'TextShape',
      path: 'aas:translation',
      constraint: 'Datatype',
      focusNode: trust,
    },
  },
  {
    what: 'a category without its language tag',
    update: stripLanguage('figure:preparation-contributors', 'aas:category'),
    expected: {
      shape: 'TextShape',
      path: 'aas:category',
      constraint: 'Datatype',
      focusNode: 'figure:preparation-contributors',
    },
  },
  {
    what: "a quotation's text without its language tag",
    update: stripLanguage(`<${quotation}>`, 'schema:text'),
    expected: { shape: 'TextShape', path: 'schema:text', constraint: 'Datatype', focusNode: quotation },
  },
];

export const conforming: ConformanceCase[] = [
  {
    what: 'the same name in two languages, and as an alternative label of another resource',
    update: add(
      'graph:report-en',
      'person:henri-verdier rdfs:label "Henri Verdier"@fr . person:guillaume-poupard skos:altLabel "Henri Verdier"@en .',
    ),
  },
];
