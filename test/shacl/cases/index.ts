// The mutation cases of every shapes file: one module per file of shapes/, holding the cases whose
// expected shape that file defines. shapes/values.ttl has none of its own: its value shapes have no
// target, and are reached (and reported) through the shapes of the other files.
import type { ConformanceCase, ViolationCase } from './case.ts';
import * as commitments from './commitments.ts';
import * as declaration from './declaration.ts';
import * as entities from './entities.ts';
import * as figures from './figures.ts';
import * as labels from './labels.ts';
import * as provenance from './provenance.ts';
import * as statements from './statements.ts';
import * as wikidata from './wikidata.ts';

export interface CaseModule {
  /** The shapes file, under shapes/, without .ttl. */
  file: string;
  cases: ViolationCase[];
  conforming: ConformanceCase[];
}

export const CASE_MODULES: CaseModule[] = [
  { file: 'labels', cases: labels.cases, conforming: labels.conforming },
  { file: 'entities', cases: entities.cases, conforming: entities.conforming },
  { file: 'declaration', cases: declaration.cases, conforming: declaration.conforming },
  { file: 'figures', cases: figures.cases, conforming: figures.conforming },
  { file: 'provenance', cases: provenance.cases, conforming: provenance.conforming },
  { file: 'wikidata', cases: wikidata.cases, conforming: wikidata.conforming },
  { file: 'commitments', cases: commitments.cases, conforming: commitments.conforming },
  { file: 'statements', cases: statements.cases, conforming: [] },
];
