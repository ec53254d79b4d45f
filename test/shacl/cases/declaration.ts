// Mutation cases for shapes/declaration.ttl: the Paris declaration and its numbered list of
// signatories.
import { add, remove, replace } from '../mutate.ts';
import type { ConformanceCase, ViolationCase } from './case.ts';

const declaration = 'document:paris-declaration';
const entry = 'signature:paris-declaration-07';

export const cases: ViolationCase[] = [
  {
    what: 'a declaration with two dates',
    update: add('graph:report-en', `${declaration} dcterms:date "2025-02-10"^^xsd:date .`),
    expected: {
      shape: 'DeclarationShape',
      path: 'dcterms:date',
      constraint: 'MaxCount',
      focusNode: declaration,
    },
  },
  {
    what: 'a declaration date that is not an xsd:date',
    update: replace(declaration, 'dcterms:date', '"11 février 2025"@fr'),
    expected: {
      shape: 'DeclarationShape',
      path: 'dcterms:date',
      constraint: 'Datatype',
      focusNode: declaration,
    },
  },
  {
    what: 'a list entry that is not an aas:Signature',
    update: add('graph:declaration', `${declaration} aas:signature country:FR .`),
    expected: {
      shape: 'DeclarationShape',
      path: 'aas:signature',
      constraint: 'Class',
      focusNode: declaration,
    },
  },
  {
    what: 'an action that is not an initiative',
    update: add('graph:declaration', `${declaration} aas:action document:global-digital-compact .`),
    expected: {
      shape: 'DeclarationShape',
      path: 'aas:action',
      constraint: 'Class',
      focusNode: declaration,
    },
  },
  {
    what: 'a declaration made at something that is not a place',
    update: replace(declaration, 'schema:locationCreated', 'organization:elysee'),
    expected: {
      shape: 'DeclarationShape',
      path: 'schema:locationCreated',
      constraint: 'Node',
      focusNode: declaration,
    },
  },
  {
    what: 'a declaration that is part of an event',
    update: replace(declaration, 'dcterms:isPartOf', 'event:2025-02-10-summit'),
    expected: {
      shape: 'DeclarationShape',
      path: 'dcterms:isPartOf',
      constraint: 'Class',
      focusNode: declaration,
    },
  },
  {
    what: 'a citation written as a text',
    update: add('graph:declaration', `${declaration} aas:cites "le Pacte numérique mondial"@fr .`),
    expected: {
      shape: 'DeclarationShape',
      path: 'aas:cites',
      constraint: 'NodeKind',
      focusNode: declaration,
    },
  },
  {
    what: 'a signature without a signatory',
    update: remove(`${entry} aas:signatory ?s`),
    expected: {
      shape: 'SignatureShape',
      path: 'aas:signatory',
      constraint: 'MinCount',
      focusNode: entry,
    },
  },
  {
    what: 'a signature with two signatories',
    update: add('graph:declaration', `${entry} aas:signatory country:FR .`),
    expected: {
      shape: 'SignatureShape',
      path: 'aas:signatory',
      constraint: 'MaxCount',
      focusNode: entry,
    },
  },
  {
    what: 'a signatory that is an international organisation',
    update: replace(entry, 'aas:signatory', 'organization:oecd'),
    expected: {
      shape: 'SignatureShape',
      path: 'aas:signatory',
      constraint: 'Node',
      focusNode: entry,
    },
  },
  {
    what: 'a signature without a position',
    update: remove(`${entry} aas:listPosition ?p`),
    expected: {
      shape: 'SignatureShape',
      path: 'aas:listPosition',
      constraint: 'MinCount',
      focusNode: entry,
    },
  },
  {
    what: 'a signature with two positions',
    update: add('graph:declaration', `${entry} aas:listPosition 70 .`),
    expected: {
      shape: 'SignatureShape',
      path: 'aas:listPosition',
      constraint: 'MaxCount',
      focusNode: entry,
    },
  },
  {
    what: 'a position written as a string',
    update: replace(entry, 'aas:listPosition', '"7"'),
    expected: {
      shape: 'SignatureShape',
      path: 'aas:listPosition',
      constraint: 'Datatype',
      focusNode: entry,
    },
  },
  {
    what: 'a position that is not positive',
    update: replace(entry, 'aas:listPosition', '0'),
    expected: {
      shape: 'SignatureShape',
      path: 'aas:listPosition',
      constraint: 'MinInclusive',
      focusNode: entry,
    },
  },
  {
    what: 'a signature that belongs to no declaration',
    update: remove(`?d aas:signature ${entry}`),
    expected: {
      shape: 'SignatureShape',
      path: '^aas:signature',
      constraint: 'MinCount',
      focusNode: entry,
    },
  },
  {
    what: 'a signature listed by two documents',
    update: add('graph:post-summit-blog', `document:france-germany-ai-agreement aas:signature ${entry} .`),
    expected: {
      shape: 'SignatureShape',
      path: '^aas:signature',
      constraint: 'MaxCount',
      focusNode: entry,
    },
  },
  {
    what: 'a signature listed by something that is not a declaration',
    update: `${remove(`${declaration} aas:signature ${entry}`)} ; ${add('graph:post-summit-blog', `document:france-germany-ai-agreement aas:signature ${entry} .`)}`,
    expected: {
      shape: 'SignatureShape',
      path: '^aas:signature',
      constraint: 'Class',
      focusNode: entry,
    },
  },
  {
    what: "a signature without the list's wording",
    update: remove(`${entry} aas:statedAs ?w`),
    expected: {
      shape: 'SignatureShape',
      path: 'aas:statedAs',
      constraint: 'MinCount',
      focusNode: entry,
      severity: 'Warning',
    },
  },
  {
    what: 'two signatures of the declaration at the same position',
    update: replace('signature:paris-declaration-08', 'aas:listPosition', '7'),
    expected: {
      shape: 'ParisDeclarationPositionShape',
      path: 'aas:listPosition/^aas:listPosition',
      constraint: 'QualifiedMaxCount',
      focusNode: 'signature:paris-declaration-08',
    },
  },
];

export const conforming: ConformanceCase[] = [
  {
    what: 'a position written as xsd:positiveInteger',
    update: replace(entry, 'aas:listPosition', '"7"^^xsd:positiveInteger'),
  },
  {
    what: 'another declaration whose list reuses the same positions',
    update: add(
      'graph:curated',
      `
      document:other-declaration a aas:Declaration ; rdfs:label "Another declaration"@en , "Une autre déclaration"@fr ;
        aas:signature signature:other-declaration-07 .
      signature:other-declaration-07 a aas:Signature ; rdfs:label "7. France"@fr ; aas:signatory country:FR ;
        aas:listPosition 7 ; aas:statedAs "France"@fr .`,
    ),
  },
];
