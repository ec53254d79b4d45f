// The graph as the SHACL engine reads it: a read-only RDF/JS dataset of triples (the union of the
// named graphs, a set) with every term numbered once and the triples held in typed arrays, grouped by
// subject, predicate and object. N3's store holds each triple in nested objects three times over: at a
// million quads about 1.1 GB of small objects that the garbage collector walks again and again while
// the engine allocates; here they are a few arrays of numbers and one object per distinct term. Terms
// are the RDF/JS reference ones, whose fields are fields: N3's literal works out its value, language
// and datatype from its text at every read, a new string or term each time, and the engine reads them
// millions of times.
import factory from '@rdfjs/data-model';
import type * as RDF from '@rdfjs/types';
import { termToId } from 'n3';

/** The triples of one term, by position: `members[start[id]]` to `members[start[id + 1] - 1]`. */
interface Grouping {
  start: Int32Array;
  members: Int32Array;
}

/** N3's key of a term (its IRI, `"text"@lang`, `"text"^^<datatype>`, `_:label`): the same for equal terms of any factory. */
const keyOf = (term: RDF.Term) => termToId(term as Parameters<typeof termToId>[0]);

/** The same term, from the reference factory. */
function plain(term: RDF.Term): RDF.Term {
  switch (term.termType) {
    case 'NamedNode':
      return factory.namedNode(term.value);
    case 'BlankNode':
      return factory.blankNode(term.value);
    case 'Literal':
      return factory.literal(term.value, term.language || factory.namedNode(term.datatype.value));
    default:
      return term;
  }
}

/** Groups triple indexes by the term in one column (a counting sort: linear, no comparisons). */
function groupBy(column: Int32Array, terms: number): Grouping {
  // Typed arrays: every index below is in range, so `as number` only tells the type checker so.
  const start = new Int32Array(terms + 1);
  for (const id of column) start[id + 1] = (start[id + 1] as number) + 1;
  for (let id = 0; id < terms; id++) start[id + 1] = (start[id + 1] as number) + (start[id] as number);
  const next = start.slice(0, terms);
  const members = new Int32Array(column.length);
  column.forEach((id, triple) => {
    members[next[id] as number] = triple;
    next[id] = (next[id] as number) + 1;
  });
  return { start, members };
}

/** Matches as a dataset of their own, as RDF/JS match() returns them. */
class Matches implements RDF.DatasetCore {
  constructor(private readonly quads: RDF.Quad[]) {}
  get size(): number {
    return this.quads.length;
  }
  [Symbol.iterator](): Iterator<RDF.Quad> {
    return this.quads[Symbol.iterator]();
  }
  match(subject?: RDF.Term | null, predicate?: RDF.Term | null, object?: RDF.Term | null, graph?: RDF.Term | null) {
    const fits = (term: RDF.Term, pattern?: RDF.Term | null) => !pattern || term.equals(pattern);
    return new Matches(
      this.quads.filter(
        (q) =>
          fits(q.subject, subject) && fits(q.predicate, predicate) && fits(q.object, object) && fits(q.graph, graph),
      ),
    );
  }
  has(quad: RDF.Quad): boolean {
    return this.match(quad.subject, quad.predicate, quad.object, quad.graph).size > 0;
  }
  add(_quad: RDF.Quad): this {
    throw new Error('A validation dataset is read-only.');
  }
  delete(_quad: RDF.Quad): this {
    throw new Error('A validation dataset is read-only.');
  }
}

export class FrozenDataset extends Matches {
  private readonly terms: RDF.Term[] = [];
  private readonly ids = new Map<string, number>();
  private readonly columns: [Int32Array, Int32Array, Int32Array];
  private readonly bySubject: Grouping;
  private readonly byPredicate: Grouping;
  private readonly byObject: Grouping;

  /** The triples of `quads` (their graphs set aside), each once. */
  constructor(quads: Iterable<RDF.Quad>) {
    super([]);
    const s: number[] = [];
    const p: number[] = [];
    const o: number[] = [];
    const seen = new Set<string>();
    for (const quad of quads) {
      const triple = [this.idOf(quad.subject), this.idOf(quad.predicate), this.idOf(quad.object)] as const;
      const key = triple.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      s.push(triple[0]);
      p.push(triple[1]);
      o.push(triple[2]);
    }
    this.columns = [Int32Array.from(s), Int32Array.from(p), Int32Array.from(o)];
    const count = this.terms.length;
    this.bySubject = groupBy(this.columns[0], count);
    this.byPredicate = groupBy(this.columns[1], count);
    this.byObject = groupBy(this.columns[2], count);
  }

  override get size(): number {
    return this.columns[0].length;
  }

  override [Symbol.iterator](): Iterator<RDF.Quad> {
    return this.quadsOf(Array.from({ length: this.size }, (_, i) => i))[Symbol.iterator]();
  }

  override match(
    subject?: RDF.Term | null,
    predicate?: RDF.Term | null,
    object?: RDF.Term | null,
    graph?: RDF.Term | null,
  ): Matches {
    if (graph && graph.termType !== 'DefaultGraph') return new Matches([]);
    const pattern = [subject, predicate, object].map((term) => (term ? (this.ids.get(keyOf(term)) ?? -1) : undefined));
    if (pattern.includes(-1)) return new Matches([]); // a term the graph does not hold
    const [s, p, o] = pattern;
    // The smallest group a bound term gives: a subject's or an object's, else a predicate's.
    const group =
      s !== undefined
        ? this.bySubject
        : o !== undefined
          ? this.byObject
          : p !== undefined
            ? this.byPredicate
            : undefined;
    const id = s ?? o ?? p ?? 0;
    const found: number[] = [];
    const [S, P, O] = this.columns;
    const fits = (t: number) =>
      (s === undefined || S[t] === s) && (p === undefined || P[t] === p) && (o === undefined || O[t] === o);
    if (group) {
      const end = group.start[id + 1] as number;
      for (let i = group.start[id] as number; i < end; i++) {
        const triple = group.members[i] as number;
        if (fits(triple)) found.push(triple);
      }
    } else for (let t = 0; t < this.size; t++) found.push(t);
    return new Matches(this.quadsOf(found));
  }

  private quadsOf(triples: number[]): RDF.Quad[] {
    const [S, P, O] = this.columns;
    const term = (column: Int32Array, t: number) => this.terms[column[t] as number];
    return triples.map((t) =>
      factory.quad(term(S, t) as RDF.Quad_Subject, term(P, t) as RDF.Quad_Predicate, term(O, t) as RDF.Quad_Object),
    );
  }

  private idOf(term: RDF.Term): number {
    const key = keyOf(term);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(key, id);
      this.terms.push(plain(term));
    }
    return id;
  }
}
