// Reading the graph for the pages, in a worker (Oxigraph's calls are synchronous): the site index
// once at start, then an entity's or a source's statements per page. Everything returned is plain data.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { isAbsoluteIri, namedNode, type Store, serialise, type Term } from '../rdf/index.ts';
import type { JsonResults, JsonTerm } from '../sparql/index.ts';
import {
  AAS,
  type EntityData,
  type FigureInfo,
  LABEL_PROPERTIES,
  type Label,
  type ListEntry,
  OWL,
  type Pointer,
  RDF_TYPE,
  RDFS,
  type ResourceInfo,
  SCHEMA,
  type SiteIndex,
  SKOS,
  type SourceData,
  type SourceInfo,
  type SourceJob,
  type Statement,
  type TermData,
  type TermInfo,
  termKey,
  WIKIDATA_ENTITY,
  XSD,
} from './model.ts';

export function termData(term: Term | RDF.Term): TermData {
  if (term.termType === 'Literal') {
    const lang = term.language || undefined;
    return lang
      ? { type: 'literal', value: term.value, lang, datatype: term.datatype.value }
      : { type: 'literal', value: term.value, datatype: term.datatype.value };
  }
  return { type: 'iri', value: term.value };
}

type Row = Record<string, JsonTerm>;

/**
 * A SELECT's rows, read from its JSON results as plain data. Not the engine's term objects: each
 * carries a finaliser, and the site index's millions of them cost the collector more than the
 * queries (21 of 32 s at 300,000 quads, and past its 120 s limit at a million).
 */
function rows(store: Store, query: string): Row[] {
  const results = JSON.parse(serialise(store, query, 'application/sparql-results+json')) as JsonResults;
  return results.results?.bindings ?? [];
}
const value = (row: Row | undefined, name: string) => row?.[name]?.value ?? '';
const langOf = (term: JsonTerm) => term['xml:lang'] ?? '';

function resourceOf(map: Map<string, ResourceInfo>, iri: string): ResourceInfo {
  let info = map.get(iri);
  if (!info) {
    info = { iri, types: [], labels: [], statements: 0, sources: [] };
    map.set(iri, info);
  }
  return info;
}

/** The whole graph summarised for the pages: names, kinds, counts, figures, sources, ontology terms. */
export function buildSiteIndex(store: Store, graphs: { graph: string; quads: number }[]): SiteIndex {
  const resources = new Map<string, ResourceInfo>();
  for (const row of rows(store, 'SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?s)) } GROUP BY ?s')) {
    resourceOf(resources, value(row, 's')).statements = Number(value(row, 'n'));
  }
  for (const row of rows(
    store,
    'SELECT DISTINCT ?s ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s)) } ORDER BY ?g',
  )) {
    resourceOf(resources, value(row, 's')).sources.push(value(row, 'g'));
  }
  for (const row of rows(store, `SELECT ?s ?t WHERE { ?s <${RDF_TYPE}> ?t FILTER(isIRI(?s) && isIRI(?t)) }`)) {
    resourceOf(resources, value(row, 's')).types.push(value(row, 't'));
  }
  const labelValues = Object.keys(LABEL_PROPERTIES)
    .map((p) => `<${p}>`)
    .join(' ');
  for (const row of rows(
    store,
    `SELECT ?s ?p ?l WHERE { VALUES ?p { ${labelValues} } ?s ?p ?l FILTER(isIRI(?s) && isLiteral(?l)) }`,
  )) {
    const label = row.l;
    const kind = LABEL_PROPERTIES[value(row, 'p')];
    if (label?.type !== 'literal' || !kind) continue;
    const info = resourceOf(resources, value(row, 's'));
    const lang = langOf(label);
    if (!info.labels.some((l) => l.value === label.value && l.lang === lang && l.kind === kind)) {
      info.labels.push({ value: label.value, lang, kind } satisfies Label);
    }
  }
  for (const row of rows(
    store,
    `SELECT ?a ?v ?c WHERE { ?a a <${SCHEMA}MonetaryAmount> ; <${SCHEMA}value> ?v . OPTIONAL { ?a <${SCHEMA}currency> ?c } }`,
  )) {
    const currency = value(row, 'c');
    resourceOf(resources, value(row, 'a')).amount = { value: value(row, 'v'), ...(currency ? { currency } : {}) };
  }
  const objects = rows(store, 'SELECT DISTINCT ?o WHERE { ?s ?p ?o FILTER(isIRI(?o)) }')
    .map((row) => value(row, 'o'))
    .filter((iri) => !resources.has(iri));
  const ontologies = rows(store, `SELECT DISTINCT ?o WHERE { ?o a <${OWL}Ontology> FILTER(isIRI(?o)) }`).map((row) =>
    value(row, 'o'),
  );
  // Sorted, the index is the same whichever store it is read from (the loader's, from the files, or a worker's).
  for (const info of resources.values()) {
    info.types.sort(compareText);
    info.labels.sort((a, b) => compareText(`${a.kind} ${a.lang} ${a.value}`, `${b.kind} ${b.lang} ${b.value}`));
  }
  return {
    resources: [...resources.values()].sort((a, b) => compareText(a.iri, b.iri)),
    objects: objects.sort(compareText),
    terms: termsOf(store, ontologies),
    figures: figuresOf(store),
    sources: sourcesOf(store, graphs),
    ontologies,
    triples: Number(value(rows(store, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')[0], 'n')),
    wikidataLinks: Number(
      value(
        rows(
          store,
          `SELECT (COUNT(*) AS ?n) WHERE { ?s <${OWL}sameAs> ?o FILTER(STRSTARTS(STR(?o), "${WIKIDATA_ENTITY}")) }`,
        )[0],
        'n',
      ),
    ),
  };
}

/** Every class and property the data uses, and every term the ontologies define, with what the ontologies say of them. */
function termsOf(store: Store, ontologies: string[]): TermInfo[] {
  const terms = new Map<string, TermInfo>();
  const term = (iri: string, kind: TermInfo['kind']) => {
    let info = terms.get(iri);
    if (!info) {
      info = { iri, kind, comments: [], domain: [], range: [], parents: [], schemes: [], uses: 0 };
      terms.set(iri, info);
    }
    if (info.kind === 'other') info.kind = kind;
    return info;
  };
  for (const row of rows(
    store,
    `SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s <${RDF_TYPE}> ?c FILTER(isIRI(?c)) } GROUP BY ?c`,
  )) {
    term(value(row, 'c'), 'class').uses = Number(value(row, 'n'));
  }
  for (const row of rows(store, 'SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p')) {
    term(value(row, 'p'), 'property').uses = Number(value(row, 'n'));
  }
  const declared = [
    `${OWL}Class`,
    `${RDFS}Class`,
    `${OWL}ObjectProperty`,
    `${OWL}DatatypeProperty`,
    `${OWL}AnnotationProperty`,
    `${RDF_TYPE.replace('type', 'Property')}`,
  ];
  for (const row of rows(
    store,
    `SELECT DISTINCT ?t ?k WHERE { ?t <${RDF_TYPE}> ?k VALUES ?k { ${declared.map((k) => `<${k}>`).join(' ')} } FILTER(isIRI(?t)) }`,
  )) {
    term(value(row, 't'), value(row, 'k').endsWith('Class') ? 'class' : 'property');
  }
  // The ontologies' other hash terms (concept schemes, concepts) are documented on the ontology's page too.
  for (const ontology of ontologies) {
    for (const row of rows(
      store,
      `SELECT DISTINCT ?t WHERE { ?t ?p ?o FILTER(isIRI(?t) && STRSTARTS(STR(?t), "${ontology}#")) }`,
    )) {
      term(value(row, 't'), 'other');
    }
  }
  const facts = rows(
    store,
    `SELECT ?t ?p ?o WHERE { ?t ?p ?o VALUES ?p { <${RDFS}comment> <${SKOS}definition> <${RDFS}domain> <${RDFS}range> <${RDFS}subClassOf> <${RDFS}subPropertyOf> <${SKOS}inScheme> } }`,
  );
  for (const row of facts) {
    const info = terms.get(value(row, 't'));
    const object = row.o;
    if (!info || !object) continue;
    const p = value(row, 'p');
    if (object.type === 'literal') {
      if (p.endsWith('comment') || p.endsWith('definition'))
        info.comments.push({ value: object.value, lang: langOf(object) });
    } else if (p === `${RDFS}domain`) info.domain.push(object.value);
    else if (p === `${RDFS}range`) info.range.push(object.value);
    else if (p === `${RDFS}subClassOf` || p === `${RDFS}subPropertyOf`) info.parents.push(object.value);
    else if (p === `${SKOS}inScheme`) info.schemes.push(object.value);
  }
  return [...terms.values()].sort((a, b) => a.iri.localeCompare(b.iri));
}

function figuresOf(store: Store): FigureInfo[] {
  const figures = new Map<string, FigureInfo>();
  const figure = (iri: string) => {
    let info = figures.get(iri);
    if (!info) {
      info = { iri, about: [], graphs: [], statedAs: [] };
      figures.set(iri, info);
    }
    return info;
  };
  const iris = new Set(
    store.match(null, namedNode(RDF_TYPE), namedNode(`${AAS}Figure`), null).map((q) => q.subject.value),
  );
  const quads = [...iris].flatMap((iri) => store.match(namedNode(iri), null, null, null));
  for (const q of quads) {
    if (q.graph.termType === 'DefaultGraph') continue;
    const info = figure(q.subject.value);
    const graph = q.graph.value;
    switch (q.predicate.value) {
      case `${AAS}about`:
        if (!info.about.includes(q.object.value)) info.about.push(q.object.value);
        break;
      case `${AAS}measure`:
        info.measure = q.object.value;
        break;
      case `${SCHEMA}value`:
        info.value = q.object.value;
        if (!info.graphs.includes(graph)) info.graphs.push(graph);
        break;
      case `${AAS}qualifier`:
        info.qualifier = q.object.value;
        break;
      case `${AAS}percentageOf`:
        info.percentageOf = q.object.value;
        break;
      case `${AAS}statedAs`: {
        const lang = q.object.termType === 'Literal' ? q.object.language : '';
        const known = info.statedAs.find((w) => w.value === q.object.value && w.lang === lang);
        if (known) known.graphs.push(graph);
        else info.statedAs.push({ value: q.object.value, lang, graphs: [graph] });
        break;
      }
    }
  }
  for (const info of figures.values()) {
    info.graphs.sort();
    info.statedAs.sort((a, b) => compareText(`${a.lang} ${a.value}`, `${b.lang} ${b.value}`));
  }
  return [...figures.values()].sort((a, b) => a.iri.localeCompare(b.iri));
}

function sourcesOf(store: Store, graphs: { graph: string; quads: number }[]): SourceInfo[] {
  return graphs.map(({ graph, quads }) => {
    const about = store.match(namedNode(graph), null, null, null);
    const kind = about.find((q) => q.predicate.value === `${AAS}sourceKind`)?.object.value;
    const date = about.find((q) => /\/(date|created|issued)$/.test(q.predicate.value))?.object.value;
    const languages = [
      ...new Set(about.filter((q) => q.predicate.value.endsWith('/terms/language')).map((q) => q.object.value)),
    ].sort();
    const subjects = Number(
      value(rows(store, `SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`)[0], 'n'),
    );
    return { graph, quads, subjects, languages, ...(kind ? { kind } : {}), ...(date ? { date } : {}) };
  });
}

/** Statements grouped by predicate and value, each with the named graphs that state it. */
function statements(
  quads: RDF.Quad[],
  side: 'out' | 'in',
): Map<string, { term: RDF.Term; p: string; graphs: string[] }> {
  const grouped = new Map<string, { term: RDF.Term; p: string; graphs: string[] }>();
  for (const q of quads) {
    const term = side === 'out' ? q.object : q.subject;
    const key = `${q.predicate.value} ${termKey(termData(term))}`;
    const known = grouped.get(key);
    if (known) {
      if (!known.graphs.includes(q.graph.value)) known.graphs.push(q.graph.value);
    } else grouped.set(key, { term, p: q.predicate.value, graphs: [q.graph.value] });
  }
  for (const statement of grouped.values()) statement.graphs.sort();
  return grouped;
}

function outgoing(about: RDF.Quad[]): Statement[] {
  return [...statements(about, 'out').values()].map(({ term, p, graphs }) => ({
    p,
    o: termData(term),
    graphs,
  }));
}

function pointers(pointing: RDF.Quad[]): Pointer[] {
  return [...statements(pointing, 'in').values()]
    .filter(({ term }) => term.termType === 'NamedNode')
    .map(({ term, p, graphs }) => ({ s: term.value, p, graphs }));
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Resources asked about in one query at most, so that a query's text stays small. */
const BATCH = 1000;
const NAME_PROPERTIES = Object.keys(LABEL_PROPERTIES).filter((p) => LABEL_PROPERTIES[p] === 'pref');

function rdfTerm(term: JsonTerm): RDF.Quad_Object {
  if (term.type === 'uri') return DataFactory.namedNode(term.value);
  if (term.type === 'bnode') return DataFactory.blankNode(term.value);
  const lang = langOf(term);
  return DataFactory.literal(term.value, lang || DataFactory.namedNode(term.datatype ?? `${XSD}string`));
}

/**
 * The quads a page reads, asked of the store per page in a few small queries whose answers cross the
 * WebAssembly boundary as one JSON string each (no engine term objects, see `rows`). A worker keeps
 * none of the graph in JavaScript: a copy of the named graphs per worker took 300 MB of heap at
 * 300,000 quads, and longer than a page's time limit to build at a million.
 */
export class PageReader {
  constructor(private readonly store: Store) {}

  /** The statements about these resources, in every named graph. */
  about(iris: string[]): RDF.Quad[] {
    return this.inBatches(
      iris,
      (values) => `SELECT ?s ?p ?o ?g WHERE { VALUES ?s { ${values} } GRAPH ?g { ?s ?p ?o } }`,
    );
  }

  /** The statements whose object is one of these resources, in every named graph. */
  pointing(iris: string[]): RDF.Quad[] {
    return this.inBatches(
      iris,
      (values) => `SELECT ?s ?p ?o ?g WHERE { VALUES ?o { ${values} } GRAPH ?g { ?s ?p ?o } }`,
    );
  }

  /** The quads that name these resources (preferred labels), in the named graphs that state them. */
  namesOf(iris: string[]): RDF.Quad[] {
    return this.aboutBy(iris, NAME_PROPERTIES);
  }

  /** The positions of those resources that are list entries (aas:listPosition). */
  positionsOf(iris: string[]): Map<string, string> {
    return new Map(this.aboutBy(iris, [`${AAS}listPosition`]).map((q) => [q.subject.value, q.object.value]));
  }

  /** The statements about these resources by these properties. (A second VALUES, for the properties, made Oxigraph join the two first: 2.5 s for 332 names at 300,000 quads, against 26 ms with the FILTER.) */
  private aboutBy(iris: string[], properties: string[]): RDF.Quad[] {
    const allowed = properties.map((p) => `<${p}>`).join(', ');
    return this.inBatches(
      iris,
      (values) =>
        `SELECT ?s ?p ?o ?g WHERE { VALUES ?s { ${values} } GRAPH ?g { ?s ?p ?o } FILTER(?p IN (${allowed})) }`,
    );
  }

  /** Everything a named graph states: one dump, parsed by n3 in JavaScript. */
  inGraph(graph: string): RDF.Quad[] {
    const name = DataFactory.namedNode(graph);
    const text = this.store.dump({ format: 'application/n-triples', from_graph_name: namedNode(graph) });
    return new Parser({ format: 'N-Triples' })
      .parse(text)
      .map((t) => DataFactory.quad(t.subject, t.predicate, t.object, name));
  }

  /** One page of what a named graph states: every statement of its subjects from the `offset`th, in the order of their IRIs. */
  subjectPage(graph: string, offset: number, limit: number): RDF.Quad[] {
    if (!isAbsoluteIri(graph)) return [];
    const name = `<${graph}>`;
    const subjects = `SELECT DISTINCT ?s WHERE { GRAPH ${name} { ?s ?p ?o } } ORDER BY ?s LIMIT ${limit} OFFSET ${offset}`;
    return this.quadsOf(`SELECT ?s ?p ?o ?g WHERE { { ${subjects} } GRAPH ${name} { ?s ?p ?o } BIND(${name} AS ?g) }`);
  }

  /** The quads a query of ?s ?p ?o ?g answers, asked for up to BATCH resources at a time. */
  private inBatches(iris: string[], query: (values: string) => string): RDF.Quad[] {
    // The store's IRIs are always absolute; the check keeps any other text from rewriting the query.
    const refs = [...new Set(iris)].filter(isAbsoluteIri).map((iri) => `<${iri}>`);
    const quads: RDF.Quad[] = [];
    for (let i = 0; i < refs.length; i += BATCH) quads.push(...this.quadsOf(query(refs.slice(i, i + BATCH).join(' '))));
    // The engine's order is its own: sorted, a page's data is the same whatever the store's layout.
    return quads.sort((a, b) => compareText(quadKey(a), quadKey(b)));
  }

  private quadsOf(query: string): RDF.Quad[] {
    const quads: RDF.Quad[] = [];
    for (const row of rows(this.store, query)) {
      const [s, p, o, g] = [row.s, row.p, row.o, row.g];
      if (!s || !p || !o || !g) continue;
      quads.push(
        DataFactory.quad(
          rdfTerm(s) as RDF.Quad_Subject,
          DataFactory.namedNode(p.value),
          rdfTerm(o),
          DataFactory.namedNode(g.value),
        ),
      );
    }
    return quads;
  }
}

const quadKey = (q: RDF.Quad) =>
  `${q.subject.value}\u0000${q.predicate.value}\u0000${termKey(termData(q.object))}\u0000${q.graph.value}`;
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function groupBy(quads: RDF.Quad[], side: 'subject' | 'object'): Map<string, RDF.Quad[]> {
  const groups = new Map<string, RDF.Quad[]>();
  for (const q of quads) push(groups, q[side].value, q);
  return groups;
}

const wording = (quads: RDF.Quad[]) =>
  quads
    .filter((q) => q.predicate.value === `${AAS}statedAs`)
    .map((q) => ({ value: q.object.value, lang: q.object.termType === 'Literal' ? q.object.language : '' }));

/** An entity's statements, the statements pointing at it, the list entries that point at it and its own lists. */
export function entityData(store: Store, iri: string, reader = new PageReader(store)): EntityData {
  const incoming = pointers(reader.pointing([iri]));
  const entryPositions = reader.positionsOf(incoming.map((pointer) => pointer.s));
  const entryIris = [...entryPositions.keys()];
  const entryAbout = groupBy(reader.about(entryIris), 'subject');
  const entryPointers = groupBy(reader.pointing(entryIris), 'object');
  const entries: EntityData['entries'] = [];
  for (const pointer of incoming) {
    const position = entryPositions.get(pointer.s);
    if (position === undefined || entries.some((e) => e.iri === pointer.s)) continue;
    entries.push({
      iri: pointer.s,
      position,
      listedBy: pointers(entryPointers.get(pointer.s) ?? []),
      statedAs: wording(entryAbout.get(pointer.s) ?? []),
    });
  }
  const out = outgoing(reader.about([iri]));
  const objects = out.flatMap((statement) => (statement.o.type === 'iri' ? [statement.o.value] : []));
  const listPositions = reader.positionsOf(objects);
  const listAbout = groupBy(reader.about([...listPositions.keys()]), 'subject');
  const lists = new Map<string, ListEntry[]>();
  for (const statement of out) {
    if (statement.o.type !== 'iri') continue;
    const position = listPositions.get(statement.o.value);
    if (position === undefined) continue;
    const quads = listAbout.get(statement.o.value) ?? [];
    const members = quads
      .filter((q) => q.object.termType === 'NamedNode' && q.predicate.value !== RDF_TYPE)
      .map((q) => ({ p: q.predicate.value, o: q.object.value }))
      .filter((m, i, all) => all.findIndex((n) => n.p === m.p && n.o === m.o) === i);
    push(lists, statement.p, {
      iri: statement.o.value,
      position,
      graphs: statement.graphs,
      members,
      statedAs: wording(quads),
    });
  }
  return {
    iri,
    out,
    incoming,
    entries,
    lists: [...lists.entries()].map(([p, list]) => ({
      p,
      entries: list.sort((a, b) => Number(a.position) - Number(b.position) || a.position.localeCompare(b.position)),
    })),
  };
}

/** Everything a named graph states, by subject. */
export function sourceData(
  store: Store,
  { graph, offset, limit }: SourceJob,
  reader = new PageReader(store),
): SourceData {
  const bySubject = groupBy(reader.subjectPage(graph, offset, limit), 'subject');
  const subjects = [...bySubject.entries()]
    .sort((a, b) => compareText(a[0], b[0]))
    .map(([s, quads]) => ({
      s,
      statements: [...statements(quads, 'out').values()].map(({ term, p, graphs }) => ({
        p,
        o: termData(term),
        graphs,
      })),
    }));
  return { graph, subjects };
}
