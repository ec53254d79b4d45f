// The shapes themselves, and the mutation cases read as data (not what ran): every constraint
// declared in shapes/ is the expectation of at least one case, and each case sits in the module of
// the shapes file that defines its shape. Being static, it passes or fails the same whatever -t
// filter the mutation tests are run with.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { expectedConstraint } from './cases/case.ts';
import { CASE_MODULES } from './cases/index.ts';
import { declaredShapes, realShapes, SHAPES_NS } from './mutate.ts';

const SHAPES_DIR = fileURLToPath(new URL('../../shapes/', import.meta.url));
const NODE_SHAPE = 'http://www.w3.org/ns/shacl#NodeShape';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

const declared = () => declaredShapes(realShapes().dataset);
const allCases = CASE_MODULES.flatMap(({ file, cases }) => cases.map((c) => ({ file, ...c })));

/** The node shapes (local names under shapes:) that each shapes file defines. */
function shapesByFile(): Map<string, Set<string>> {
  const files = readdirSync(SHAPES_DIR).filter((name) => name.endsWith('.ttl'));
  return new Map(
    files.map((name) => {
      const quads = new Parser().parse(readFileSync(SHAPES_DIR + name, 'utf8'));
      const defined = quads
        .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === NODE_SHAPE)
        .map((q) => q.subject.value)
        .filter((iri) => iri.startsWith(SHAPES_NS))
        .map((iri) => iri.slice(SHAPES_NS.length));
      return [name.replace(/\.ttl$/, ''), new Set(defined)];
    }),
  );
}

describe('the shapes themselves', () => {
  it('should give every shape an IRI under shapes:, an English label and a message, and use SHACL Core only', () => {
    expect(declared().problems).toEqual([]);
    expect(declared().constraints.length).toBeGreaterThan(100);
  });
});

describe('the mutation cases', () => {
  it('should have a mutation case for every constraint in shapes/', () => {
    const covered = new Set(allCases.map((c) => expectedConstraint(c.expected)));
    expect(declared().constraints.filter((key) => !covered.has(key))).toEqual([]);
  });

  it('should expect only constraints that shapes/ declares', () => {
    const constraints = new Set(declared().constraints);
    const unknown = allCases.filter((c) => !constraints.has(expectedConstraint(c.expected)));
    expect(unknown.map((c) => `${c.file}: ${c.what} (${expectedConstraint(c.expected)})`)).toEqual([]);
  });

  it('should keep each case in the module of the shapes file that defines its shape', () => {
    const defined = shapesByFile();
    const misplaced = allCases.filter((c) => !defined.get(c.file)?.has(c.expected.shape));
    expect(misplaced.map((c) => `${c.file}: ${c.what} (shapes:${c.expected.shape})`)).toEqual([]);
  });

  it('should name every case of a module differently', () => {
    for (const { file, cases, conforming } of CASE_MODULES) {
      const names = [...cases, ...conforming].map((c) => c.what);
      expect(
        names.filter((name, i) => names.indexOf(name) !== i),
        file,
      ).toEqual([]);
    }
  });
});
