// shacl-engine ships no type declarations; this is the little of it this project calls and reads.
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

  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: DataFactory & { dataset(quads?: Quad[]): DatasetCore } });
    validate(data: { dataset: DatasetCore }): Promise<EngineReport>;
  }
}
