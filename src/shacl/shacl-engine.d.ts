// shacl-engine and grapoi ship no type declarations; this is the little of them this project calls and reads.
declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, Literal, NamedNode, Quad, Term } from '@rdfjs/types';

  /** One step of a result's property path: `p`, `^p`, `(p|q)`, with a quantifier. */
  export interface EnginePathStep {
    quantifier: 'one' | 'zeroOrMore' | 'oneOrMore' | 'zeroOrOne';
    start: 'subject' | 'object';
    predicates: NamedNode[];
  }

  export interface EngineResult {
    severity: NamedNode;
    focusNode: { term: Term };
    path?: EnginePathStep[];
    value?: { term?: Term };
    shape: { ptr: { term: Term } };
    constraintComponent: NamedNode;
    message: Literal[];
  }

  export interface EngineReport {
    conforms: boolean;
    dataset: DatasetCore & Iterable<Quad>;
    results: EngineResult[];
  }

  export type EngineFactory = DataFactory & { dataset(quads?: Quad[]): DatasetCore };

  /** A node shape or property shape, as the validator holds it. */
  export interface EngineShape {
    ptr: { term: Term };
    /** Its focus nodes in the data (sh:targetClass, sh:targetSubjectsOf…): the engine's own resolution. */
    resolveTargets(context: { focusNode: unknown }): Promise<{ terms: Term[] }>;
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: EngineFactory });
    options: object;
    /** Every shape, by its term: those with targets are there from the start. */
    shapes: Map<Term, EngineShape>;
    /** With terms, validates those nodes against the shapes given (each by its terms), whatever their targets. */
    validate(data: { dataset: DatasetCore; terms?: Term[] }, shapes?: { terms: Term[] }[]): Promise<EngineReport>;
  }
}

declare module 'shacl-engine/lib/Report.js' {
  import type { EngineFactory, EngineReport, EngineResult } from 'shacl-engine';

  /** The sh:ValidationReport of a list of results. */
  export default class Report implements EngineReport {
    constructor(args: { factory: EngineFactory; options: object; results: EngineResult[] });
    conforms: boolean;
    dataset: EngineReport['dataset'];
    results: EngineResult[];
  }
}

declare module 'grapoi' {
  import type { DataFactory, DatasetCore } from '@rdfjs/types';

  /** A pointer into a dataset, as shacl-engine walks it. */
  export class PathList {
    constructor(args: { dataset: DatasetCore; factory: DataFactory });
  }
}
