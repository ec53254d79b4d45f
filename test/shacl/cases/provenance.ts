// Mutation cases for shapes/provenance.ttl: the named graphs as described sources, their
// editions, licences and rights.
import { add, remove, replace, stripLanguage } from '../mutate.ts';
import type { ConformanceCase, ViolationCase } from './case.ts';

export const cases: ViolationCase[] = [
  {
    what: 'a named graph whose description was removed',
    update: remove('graph:report-en ?p ?o'),
    expected: {
      shape: 'SourceGraphShape',
      constraint: 'Class',
      focusNode: 'graph:report-en',
      alsoReportedBy: ['SourceGraphShape', 'SourceShape'],
    },
  },
  {
    what: 'a described graph that is not typed aas:SourceGraph',
    update: remove('graph:report-en a aas:SourceGraph'),
    expected: {
      shape: 'SourceGraphShape',
      constraint: 'Class',
      focusNode: 'graph:report-en',
    },
  },
  {
    what: 'a named graph that holds facts but is described nowhere',
    update: add('<https://w3id.org/aiactionsummit/graph/rumours>', 'country:FR schema:description "Un pays."@fr .'),
    expected: {
      shape: 'SourceGraphShape',
      constraint: 'Class',
      focusNode: 'graph:rumours',
      alsoReportedBy: ['SourceGraphShape'],
    },
  },
  {
    what: 'a source graph without a title',
    update: remove('graph:report-en dcterms:title ?t'),
    expected: {
      shape: 'SourceGraphShape',
      path: 'dcterms:title',
      constraint: 'MinCount',
      focusNode: 'graph:report-en',
    },
  },
  {
    what: 'a source graph without a language',
    update: remove('graph:report-en dcterms:language ?l'),
    expected: {
      shape: 'SourceGraphShape',
      path: 'dcterms:language',
      constraint: 'MinCount',
      focusNode: 'graph:report-en',
    },
  },
  {
    what: 'a source language with a language tag',
    update: replace('graph:report-en', 'dcterms:language', '"en"@en'),
    expected: {
      shape: 'SourceGraphShape',
      path: 'dcterms:language',
      constraint: 'Datatype',
      focusNode: 'graph:report-en',
    },
  },
  {
    what: 'a source language that is not a language code',
    update: replace('graph:report-en', 'dcterms:language', '"English"'),
    expected: {
      shape: 'SourceGraphShape',
      path: 'dcterms:language',
      constraint: 'Pattern',
      focusNode: 'graph:report-en',
    },
  },
  {
    what: 'a source graph without a kind',
    update: remove('graph:report-en aas:sourceKind ?k'),
    expected: {
      shape: 'SourceGraphShape',
      path: 'aas:sourceKind',
      constraint: 'MinCount',
      focusNode: 'graph:report-en',
    },
  },
  {
    what: 'a source graph of two kinds',
    update: add('graph:sources', 'graph:report-en aas:sourceKind aas:SecondaryPress .'),
    expected: {
      shape: 'SourceGraphShape',
      path: 'aas:sourceKind',
      constraint: 'MaxCount',
      focusNode: 'graph:report-en',
    },
  },
  {
    what: 'a source kind outside aas:SourceKindScheme',
    update: replace('graph:report-en', 'aas:sourceKind', 'aas:Report'),
    expected: {
      shape: 'SourceGraphShape',
      path: 'aas:sourceKind',
      constraint: 'Node',
      focusNode: 'graph:report-en',
    },
  },
  {
    what: 'a source graph with two dates',
    update: add('graph:sources', 'graph:declaration dcterms:date "2025-02-12"^^xsd:date .'),
    expected: {
      shape: 'SourceGraphShape',
      path: 'dcterms:date',
      constraint: 'MaxCount',
      focusNode: 'graph:declaration',
    },
  },
  {
    what: 'a source graph date that is a text',
    update: replace('graph:declaration', 'dcterms:date', '"mardi 11 février 2025"@fr'),
    expected: {
      shape: 'SourceGraphShape',
      path: 'dcterms:date',
      constraint: 'Datatype',
      focusNode: 'graph:declaration',
    },
  },
  {
    what: 'a source graph created twice',
    update: add('graph:sources', 'graph:curated dcterms:created "2025-02-01"^^xsd:date , "2025-03-01"^^xsd:date .'),
    expected: {
      shape: 'SourceGraphShape',
      path: 'dcterms:created',
      constraint: 'MaxCount',
      focusNode: 'graph:curated',
    },
  },
  {
    what: 'a creation date that is not an xsd:date',
    update: add('graph:sources', 'graph:curated dcterms:created "February 2025" .'),
    expected: {
      shape: 'SourceGraphShape',
      path: 'dcterms:created',
      constraint: 'Datatype',
      focusNode: 'graph:curated',
    },
  },
  {
    what: 'a source published by a place',
    update: replace('source:le-monde-2025-02-11', 'dcterms:publisher', 'place:paris'),
    expected: {
      shape: 'SourceShape',
      path: 'dcterms:publisher',
      constraint: 'Node',
      focusNode: 'source:le-monde-2025-02-11',
    },
  },
  {
    what: 'a source attributed to a place',
    update: replace('graph:ouest-france-preview', 'prov:wasAttributedTo', 'place:paris'),
    expected: {
      shape: 'SourceShape',
      path: 'prov:wasAttributedTo',
      constraint: 'Node',
      focusNode: 'graph:ouest-france-preview',
    },
  },
  {
    what: 'a source derived from something that is not a source',
    update: add('graph:sources', 'graph:post-summit-blog prov:wasDerivedFrom place:paris .'),
    expected: {
      shape: 'SourceShape',
      path: 'prov:wasDerivedFrom',
      constraint: 'Class',
      focusNode: 'graph:post-summit-blog',
    },
  },
  {
    what: 'an edition of something that is not a source',
    update: replace('graph:report-en', 'dcterms:isVersionOf', 'event:ai-action-summit'),
    expected: {
      shape: 'SourceShape',
      path: 'dcterms:isVersionOf',
      constraint: 'Class',
      focusNode: 'graph:report-en',
    },
  },
  {
    what: 'a source whose edition is not a source',
    update: add('graph:sources', 'source:summit-report dcterms:hasVersion document:summit-report-foreword .'),
    expected: {
      shape: 'SourceShape',
      path: 'dcterms:hasVersion',
      constraint: 'Class',
      focusNode: 'source:summit-report',
    },
  },
  {
    what: 'a source issued from something that is not a place',
    update: replace('graph:declaration', 'schema:locationCreated', 'organization:elysee'),
    expected: {
      shape: 'SourceShape',
      path: 'schema:locationCreated',
      constraint: 'Node',
      focusNode: 'graph:declaration',
    },
  },
  {
    what: 'a source URL written as a string',
    update: replace('source:le-monde-2025-02-11', 'schema:url', '"https://www.lemonde.fr/pixels/"'),
    expected: {
      shape: 'SourceShape',
      path: 'schema:url',
      constraint: 'NodeKind',
      focusNode: 'source:le-monde-2025-02-11',
    },
  },
  {
    what: 'a source with two licences',
    update: add('graph:sources', 'graph:curated dcterms:license <https://opensource.org/licenses/MIT> .'),
    expected: {
      shape: 'SourceShape',
      path: 'dcterms:license',
      constraint: 'MaxCount',
      focusNode: 'graph:curated',
    },
  },
  {
    what: 'a licence written as a text',
    update: replace('graph:curated', 'dcterms:license', '"CC BY 4.0"'),
    expected: {
      shape: 'SourceShape',
      path: 'dcterms:license',
      constraint: 'NodeKind',
      focusNode: 'graph:curated',
    },
  },
  {
    what: 'rights stated without a language tag',
    update: stripLanguage('graph:post-summit-blog', 'dcterms:rights'),
    expected: {
      shape: 'SourceShape',
      path: 'dcterms:rights',
      constraint: 'Datatype',
      focusNode: 'graph:post-summit-blog',
    },
  },
];

export const conforming: ConformanceCase[] = [
  {
    what: 'a new graph once graph:sources describes it',
    update:
      add('<https://w3id.org/aiactionsummit/graph/rumours>', 'country:FR schema:description "Un pays."@fr .') +
      ' ; ' +
      add(
        'graph:sources',
        `<https://w3id.org/aiactionsummit/graph/rumours> a aas:SourceGraph , prov:Entity ;
        rdfs:label "Rumeurs"@fr ; dcterms:title "Rumeurs"@fr ; dcterms:language "fr" ; aas:sourceKind aas:SecondaryPress .`,
      ),
  },
];
