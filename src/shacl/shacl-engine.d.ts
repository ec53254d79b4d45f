// shacl-engine ships no type declarations; this is the little of it this project calls.
declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, Quad } from '@rdfjs/types';
  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: DataFactory & { dataset(quads?: Quad[]): DatasetCore } });
    validate(data: { dataset: DatasetCore }): Promise<unknown>;
  }
}
