// Mutation cases for shapes/figures.ttl: figures, percentages, amounts and investments.
import { add, remove, replace } from '../mutate.ts';
import type { ConformanceCase, ViolationCase } from './case.ts';

const figure = 'figure:summit-speakers';
const share = 'figure:summit-speakers-women-share';
const period = 'figure:preparation-labelled-events';
const amount = 'amount:current-ai-400m-eur';
const investment = 'investment:current-ai-400m';

export const cases: ViolationCase[] = [
  {
    what: 'a figure about nothing',
    update: remove(`${figure} aas:about ?a`),
    expected: {
      shape: 'FigureShape',
      path: 'aas:about',
      constraint: 'MinCount',
      focusNode: figure,
    },
  },
  {
    what: 'a figure about two things',
    update: add('graph:report-en', `${figure} aas:about event:ai-action-summit .`),
    expected: {
      shape: 'FigureShape',
      path: 'aas:about',
      constraint: 'MaxCount',
      focusNode: figure,
    },
  },
  {
    what: 'a figure about a text',
    update: replace(figure, 'aas:about', '"the summit"@en'),
    expected: {
      shape: 'FigureShape',
      path: 'aas:about',
      constraint: 'NodeKind',
      focusNode: figure,
    },
  },
  {
    what: 'a figure without a measure',
    update: remove(`${figure} aas:measure ?m`),
    expected: {
      shape: 'FigureShape',
      path: 'aas:measure',
      constraint: 'MinCount',
      focusNode: figure,
    },
  },
  {
    what: 'a figure with two measures',
    update: add('graph:report-en', `${figure} aas:measure measure:participants .`),
    expected: {
      shape: 'FigureShape',
      path: 'aas:measure',
      constraint: 'MaxCount',
      focusNode: figure,
    },
  },
  {
    what: 'a measure outside aas:MeasureScheme',
    update: replace(figure, 'aas:measure', 'aas:Exactly'),
    expected: {
      shape: 'FigureShape',
      path: 'aas:measure',
      constraint: 'Node',
      focusNode: figure,
    },
  },
  {
    what: 'a figure without a value',
    update: remove(`${figure} schema:value ?v`),
    expected: {
      shape: 'FigureShape',
      path: 'schema:value',
      constraint: 'MinCount',
      focusNode: figure,
    },
  },
  {
    what: 'a figure with two values',
    update: add('graph:report-fr', `${figure} schema:value 149 .`),
    expected: {
      shape: 'FigureShape',
      path: 'schema:value',
      constraint: 'MaxCount',
      focusNode: figure,
    },
  },
  {
    what: 'a count written as a string',
    update: replace(figure, 'schema:value', '"148"'),
    expected: {
      shape: 'FigureShape',
      path: 'schema:value',
      constraint: 'Datatype',
      focusNode: figure,
    },
  },
  {
    what: 'a negative count',
    update: replace(figure, 'schema:value', '-148'),
    expected: {
      shape: 'FigureShape',
      path: 'schema:value',
      constraint: 'MinInclusive',
      focusNode: figure,
    },
  },
  {
    what: 'a figure without a qualifier',
    update: remove(`${figure} aas:qualifier ?q`),
    expected: {
      shape: 'FigureShape',
      path: 'aas:qualifier',
      constraint: 'MinCount',
      focusNode: figure,
    },
  },
  {
    what: 'a figure with two qualifiers',
    update: add('graph:report-en', `${figure} aas:qualifier aas:MoreThan .`),
    expected: {
      shape: 'FigureShape',
      path: 'aas:qualifier',
      constraint: 'MaxCount',
      focusNode: figure,
    },
  },
  {
    what: 'a qualifier outside aas:QualifierScheme',
    update: replace(figure, 'aas:qualifier', 'measure:speakers'),
    expected: {
      shape: 'FigureShape',
      path: 'aas:qualifier',
      constraint: 'Node',
      focusNode: figure,
    },
  },
  {
    what: "a figure without the source's wording",
    update: remove(`${figure} aas:statedAs ?w`),
    expected: {
      shape: 'FigureShape',
      path: 'aas:statedAs',
      constraint: 'MinCount',
      focusNode: figure,
      severity: 'Warning',
    },
  },
  {
    what: 'a percentage of two figures',
    update: add('graph:report-en', `${share} aas:percentageOf figure:summit-participants .`),
    expected: {
      shape: 'FigureShape',
      path: 'aas:percentageOf',
      constraint: 'MaxCount',
      focusNode: share,
    },
  },
  {
    what: 'a percentage of something that is not a figure',
    update: replace(share, 'aas:percentageOf', 'event:2025-02-10-summit'),
    expected: {
      shape: 'FigureShape',
      path: 'aas:percentageOf',
      constraint: 'Class',
      focusNode: share,
    },
  },
  {
    what: 'a figure that is part of an initiative',
    update: replace('figure:coalition-partner-companies', 'aas:partOf', 'initiative:coalition-for-sustainable-ai'),
    expected: {
      shape: 'FigureShape',
      path: 'aas:partOf',
      constraint: 'Class',
      focusNode: 'figure:coalition-partner-companies',
    },
  },
  {
    what: 'a counted entity written as a text',
    update: add('graph:report-en', 'figure:current-ai-supporting-countries aas:includes "Kenya"@en .'),
    expected: {
      shape: 'FigureShape',
      path: 'aas:includes',
      constraint: 'NodeKind',
      focusNode: 'figure:current-ai-supporting-countries',
    },
  },
  {
    what: 'a figure with two units',
    update: add('graph:report-en', `${share} schema:unitText "per cent" .`),
    expected: {
      shape: 'FigureShape',
      path: 'schema:unitText',
      constraint: 'MaxCount',
      focusNode: share,
    },
  },
  {
    what: 'a unit other than "percent"',
    update: replace(share, 'schema:unitText', '"%"'),
    expected: {
      shape: 'FigureShape',
      path: 'schema:unitText',
      constraint: 'In',
      focusNode: share,
      alsoReportedBy: ['PercentageShape'],
    },
  },
  {
    what: 'a figure whose period starts twice',
    update: add('graph:report-en', `${period} schema:startDate "2024-08"^^xsd:gYearMonth .`),
    expected: {
      shape: 'FigureShape',
      path: 'schema:startDate',
      constraint: 'MaxCount',
      focusNode: period,
    },
  },
  {
    what: 'a figure whose period starts at a text',
    update: replace(period, 'schema:startDate', '"July 2024"@en'),
    expected: {
      shape: 'FigureShape',
      path: 'schema:startDate',
      constraint: 'Node',
      focusNode: period,
    },
  },
  {
    what: 'a figure whose period ends twice',
    update: add('graph:report-en', `${period} schema:endDate "2025-03"^^xsd:gYearMonth .`),
    expected: {
      shape: 'FigureShape',
      path: 'schema:endDate',
      constraint: 'MaxCount',
      focusNode: period,
    },
  },
  {
    what: 'a figure whose period ends at a text',
    update: replace(period, 'schema:endDate', '"February 2025"@en'),
    expected: {
      shape: 'FigureShape',
      path: 'schema:endDate',
      constraint: 'Node',
      focusNode: period,
    },
  },
  {
    what: 'a percentage without its unit',
    update: remove(`${share} schema:unitText ?u`),
    expected: {
      shape: 'PercentageShape',
      path: 'schema:unitText',
      constraint: 'HasValue',
      focusNode: share,
    },
  },
  {
    what: 'a percentage over 100',
    update: replace(share, 'schema:value', '148'),
    expected: {
      shape: 'PercentageShape',
      path: 'schema:value',
      constraint: 'MaxInclusive',
      focusNode: share,
    },
  },
  {
    what: 'an amount without a value',
    update: remove(`${amount} schema:value ?v`),
    expected: {
      shape: 'MonetaryAmountShape',
      path: 'schema:value',
      constraint: 'MinCount',
      focusNode: amount,
    },
  },
  {
    what: 'an amount with two values',
    update: add('graph:report-fr', `${amount} schema:value "400000001"^^xsd:decimal .`),
    expected: {
      shape: 'MonetaryAmountShape',
      path: 'schema:value',
      constraint: 'MaxCount',
      focusNode: amount,
    },
  },
  {
    what: 'an amount written as text',
    update: replace(amount, 'schema:value', '"400 millions"@fr'),
    expected: {
      shape: 'MonetaryAmountShape',
      path: 'schema:value',
      constraint: 'Datatype',
      focusNode: amount,
    },
  },
  {
    what: 'a negative amount',
    update: replace(amount, 'schema:value', '"-400000000"^^xsd:decimal'),
    expected: {
      shape: 'MonetaryAmountShape',
      path: 'schema:value',
      constraint: 'MinInclusive',
      focusNode: amount,
    },
  },
  {
    what: 'an amount without a currency',
    update: remove(`${amount} schema:currency ?c`),
    expected: {
      shape: 'MonetaryAmountShape',
      path: 'schema:currency',
      constraint: 'MinCount',
      focusNode: amount,
    },
  },
  {
    what: 'an amount in two currencies',
    update: add('graph:report-en', `${amount} schema:currency "USD" .`),
    expected: {
      shape: 'MonetaryAmountShape',
      path: 'schema:currency',
      constraint: 'MaxCount',
      focusNode: amount,
    },
  },
  {
    what: 'a currency with a language tag',
    update: replace(amount, 'schema:currency', '"EUR"@en'),
    expected: {
      shape: 'MonetaryAmountShape',
      path: 'schema:currency',
      constraint: 'Datatype',
      focusNode: amount,
    },
  },
  {
    what: 'a currency that is not a three-letter ISO 4217 code',
    update: replace(amount, 'schema:currency', '"€"'),
    expected: {
      shape: 'MonetaryAmountShape',
      path: 'schema:currency',
      constraint: 'Pattern',
      focusNode: amount,
    },
  },
  {
    what: 'an amount without a qualifier',
    update: remove(`${amount} aas:qualifier ?q`),
    expected: {
      shape: 'MonetaryAmountShape',
      path: 'aas:qualifier',
      constraint: 'MinCount',
      focusNode: amount,
    },
  },
  {
    what: 'an amount with two qualifiers',
    update: add('graph:report-en', `${amount} aas:qualifier aas:AtLeast .`),
    expected: {
      shape: 'MonetaryAmountShape',
      path: 'aas:qualifier',
      constraint: 'MaxCount',
      focusNode: amount,
    },
  },
  {
    what: 'an amount qualifier outside aas:QualifierScheme',
    update: replace(amount, 'aas:qualifier', 'aas:Curated'),
    expected: {
      shape: 'MonetaryAmountShape',
      path: 'aas:qualifier',
      constraint: 'Node',
      focusNode: amount,
    },
  },
  {
    what: "an amount without the source's wording",
    update: remove(`${amount} aas:statedAs ?w`),
    expected: {
      shape: 'MonetaryAmountShape',
      path: 'aas:statedAs',
      constraint: 'MinCount',
      focusNode: amount,
      severity: 'Warning',
    },
  },
  {
    what: 'an amount that belongs to no investment',
    update: remove(`?i schema:amount ${amount}`),
    expected: {
      shape: 'MonetaryAmountShape',
      path: '^schema:amount',
      constraint: 'MinCount',
      focusNode: amount,
    },
  },
  {
    what: 'an amount that is the amount of a figure',
    update: add('graph:report-en', `figure:current-ai-key-areas schema:amount ${amount} .`),
    expected: {
      shape: 'MonetaryAmountShape',
      path: '^schema:amount',
      constraint: 'Class',
      focusNode: amount,
    },
  },
  {
    what: 'an investment with two amounts',
    update: add('graph:report-en', `${investment} schema:amount amount:ai-gigafactories-20bn-eur .`),
    expected: {
      shape: 'InvestmentShape',
      path: 'schema:amount',
      constraint: 'MaxCount',
      focusNode: investment,
    },
  },
  {
    what: 'an investment amount that is not a schema:MonetaryAmount',
    update: add(
      'graph:post-summit-blog',
      'investment:french-groups-pledges schema:amount figure:current-ai-key-areas .',
    ),
    expected: {
      shape: 'InvestmentShape',
      path: 'schema:amount',
      constraint: 'Class',
      focusNode: 'investment:french-groups-pledges',
    },
  },
  {
    what: 'an investor that is not an agent',
    update: add('graph:post-summit-blog', 'investment:french-groups-pledges aas:investor place:paris .'),
    expected: {
      shape: 'InvestmentShape',
      path: 'aas:investor',
      constraint: 'Node',
      focusNode: 'investment:french-groups-pledges',
    },
  },
  {
    what: 'a main source of the funds that is not an agent',
    update: replace('investment:france-ai-109bn-post-summit-blog', 'aas:mainFundingSource', 'place:paris'),
    expected: {
      shape: 'InvestmentShape',
      path: 'aas:mainFundingSource',
      constraint: 'Node',
      focusNode: 'investment:france-ai-109bn-post-summit-blog',
    },
  },
  {
    what: 'a kind of investment outside aas:InvestmentTypeScheme',
    update: replace('investment:france-ai-public-rd-40bn', 'aas:investmentType', 'aas:Exactly'),
    expected: {
      shape: 'InvestmentShape',
      path: 'aas:investmentType',
      constraint: 'Node',
      focusNode: 'investment:france-ai-public-rd-40bn',
    },
  },
  {
    what: 'an investment in something that is not a place',
    update: replace('investment:investai-200bn', 'aas:investmentIn', 'initiative:investai'),
    expected: {
      shape: 'InvestmentShape',
      path: 'aas:investmentIn',
      constraint: 'Node',
      focusNode: 'investment:investai-200bn',
    },
  },
  {
    what: 'an investment announced by a place',
    update: replace('investment:eu-ai-200bn-post-summit-blog', 'aas:announcedBy', 'place:paris'),
    expected: {
      shape: 'InvestmentShape',
      path: 'aas:announcedBy',
      constraint: 'Node',
      focusNode: 'investment:eu-ai-200bn-post-summit-blog',
    },
  },
  {
    what: 'an investment funding something that is not an initiative',
    update: replace(investment, 'aas:fundsInitiative', 'organization:oecd'),
    expected: {
      shape: 'InvestmentShape',
      path: 'aas:fundsInitiative',
      constraint: 'Class',
      focusNode: investment,
    },
  },
  {
    what: 'an investment made via something that is not an initiative',
    update: replace('investment:investai-200bn', 'aas:via', 'organization:european-commission'),
    expected: {
      shape: 'InvestmentShape',
      path: 'aas:via',
      constraint: 'Class',
      focusNode: 'investment:investai-200bn',
    },
  },
  {
    what: 'a tranche of something that is not an investment',
    update: replace('investment:stargate-first-tranche-100bn', 'aas:partOf', 'initiative:stargate'),
    expected: {
      shape: 'InvestmentShape',
      path: 'aas:partOf',
      constraint: 'Class',
      focusNode: 'investment:stargate-first-tranche-100bn',
    },
  },
  {
    what: 'another version of an announcement that is not an investment',
    update: replace('investment:france-ai-109bn-post-summit-blog', 'prov:alternateOf', 'figure:current-ai-key-areas'),
    expected: {
      shape: 'InvestmentShape',
      path: 'prov:alternateOf',
      constraint: 'Class',
      focusNode: 'investment:france-ai-109bn-post-summit-blog',
    },
  },
  {
    what: 'an investment over two periods',
    update: add('graph:report-en', `${investment} aas:period "P4Y"^^xsd:duration .`),
    expected: {
      shape: 'InvestmentShape',
      path: 'aas:period',
      constraint: 'MaxCount',
      focusNode: investment,
    },
  },
  {
    what: 'a period that is not an xsd:duration',
    update: replace(investment, 'aas:period', '"five years"@en'),
    expected: {
      shape: 'InvestmentShape',
      path: 'aas:period',
      constraint: 'Datatype',
      focusNode: investment,
    },
  },
  {
    what: 'an investment with two start dates',
    update: add(
      'graph:ouest-france-preview',
      'investment:france-ai-since-2018-2-5bn schema:startDate "2019"^^xsd:gYear .',
    ),
    expected: {
      shape: 'InvestmentShape',
      path: 'schema:startDate',
      constraint: 'MaxCount',
      focusNode: 'investment:france-ai-since-2018-2-5bn',
    },
  },
  {
    what: 'an investment start date that is a text',
    update: replace('investment:france-ai-since-2018-2-5bn', 'schema:startDate', '"depuis 2018"@fr'),
    expected: {
      shape: 'InvestmentShape',
      path: 'schema:startDate',
      constraint: 'Node',
      focusNode: 'investment:france-ai-since-2018-2-5bn',
    },
  },
  {
    what: 'an investment time that is a text',
    update: replace('investment:french-ai-start-ups-2024-2bn', 'dcterms:temporal', '"en 2024"@fr'),
    expected: {
      shape: 'InvestmentShape',
      path: 'dcterms:temporal',
      constraint: 'Node',
      focusNode: 'investment:french-ai-start-ups-2024-2bn',
    },
  },
];

export const conforming: ConformanceCase[] = [
  {
    what: 'a person as investor and a year as start date',
    update: add(
      'graph:post-summit-blog',
      'investment:french-groups-pledges aas:investor person:donald-trump ; schema:startDate "2025"^^xsd:gYear .',
    ),
  },
];
