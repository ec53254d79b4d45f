// What the workers hand the pages: plain, structured-clone-safe data about the graph. The site index
// is built once at start; an entity's or a source's data is read per page (and the page cached).
import { PREFIXES } from '../rdf/index.ts';

/** An RDF term as plain data: an IRI, or a literal with its language or datatype. */
export type TermData =
  | { type: 'iri'; value: string }
  | { type: 'literal'; value: string; lang?: string; datatype: string };

/** One statement about a resource (its subject is implied), with the named graphs that state it. */
export interface Statement {
  p: string;
  o: TermData;
  graphs: string[];
}

/** One statement pointing at a resource (its object is implied). */
export interface Pointer {
  s: string;
  p: string;
  graphs: string[];
}

export type LabelKind = 'pref' | 'alt' | 'hidden';

export interface Label {
  value: string;
  lang: string;
  kind: LabelKind;
}

/** What the index knows of each resource that is the subject of a statement. */
export interface ResourceInfo {
  iri: string;
  types: string[];
  labels: Label[];
  /** Statements about it (distinct triples). */
  statements: number;
  /** Named graphs that state something about it. */
  sources: string[];
  /** A schema:MonetaryAmount's value and currency: formatted in the page's language wherever it is named. */
  amount?: { value: string; currency?: string };
}

/** A class or property, as the ontology describes it and the data uses it. */
export interface TermInfo {
  iri: string;
  kind: 'class' | 'property' | 'other';
  comments: { value: string; lang: string }[];
  domain: string[];
  range: string[];
  /** rdfs:subClassOf or rdfs:subPropertyOf. */
  parents: string[];
  /** skos:inScheme, for the concepts an ontology defines. */
  schemes: string[];
  /** Instances of a class, statements using a property. */
  uses: number;
}

/** A figure (aas:Figure): a claim of a number by one or more sources. */
export interface FigureInfo {
  iri: string;
  about: string[];
  measure?: string;
  value?: string;
  qualifier?: string;
  percentageOf?: string;
  /** The graphs that state its value. */
  graphs: string[];
  /** The sources' own words, each with the graphs that hold it. */
  statedAs: { value: string; lang: string; graphs: string[] }[];
}

export interface SourceInfo {
  graph: string;
  quads: number;
  /** Distinct subjects: its page lists them SUMMIT_KG_PAGE_ITEMS at a time. */
  subjects: number;
  kind?: string;
  languages: string[];
  date?: string;
}

export interface SiteIndex {
  resources: ResourceInfo[];
  /** IRIs that appear only as objects. */
  objects: string[];
  terms: TermInfo[];
  figures: FigureInfo[];
  sources: SourceInfo[];
  /** Documents whose hash IRIs are described (the ontology): their terms are documented on their page. */
  ontologies: string[];
  /** Distinct triples of the default graph. */
  triples: number;
  /** owl:sameAs links to Wikidata items. */
  wikidataLinks: number;
}

/** An entity's page data: its statements, those pointing at it, and the context of the nodes that point at it through a list. */
export interface EntityData {
  iri: string;
  out: Statement[];
  incoming: Pointer[];
  /** Entries of ordered lists pointing at the entity (aas:Signature): their position and who lists them. */
  entries: { iri: string; position: string; listedBy: Pointer[]; statedAs: { value: string; lang: string }[] }[];
  /** The entity's own ordered lists (a declaration's signatures): each entry with its position and what it lists. */
  lists: { p: string; entries: ListEntry[] }[];
}

export interface ListEntry {
  iri: string;
  position: string;
  /** The graphs that state the entry. */
  graphs: string[];
  /** What the entry points at (its signatory), by property. */
  members: { p: string; o: string }[];
  statedAs: { value: string; lang: string }[];
}

/** A named graph's page data: what it states about one page of its subjects (SourceInfo counts them all). */
export interface SourceData {
  graph: string;
  subjects: { s: string; statements: Statement[] }[];
}

/** Which page of a named graph's subjects to read: `limit` of them from the `offset`th, in IRI order. */
export interface SourceJob {
  graph: string;
  offset: number;
  limit: number;
}

export const AAS = PREFIXES.aas as string;
export const RDF_TYPE = `${PREFIXES.rdf}type`;
export const RDFS = PREFIXES.rdfs as string;
export const SKOS = PREFIXES.skos as string;
export const SCHEMA = PREFIXES.schema as string;
export const OWL = PREFIXES.owl as string;
export const DCTERMS = PREFIXES.dcterms as string;
export const XSD = PREFIXES.xsd as string;
export const WIKIDATA_ENTITY = PREFIXES.wd as string;

/** Properties that give a resource's name, by kind: preferred, alternative, hidden (misspellings the sources use). */
export const LABEL_PROPERTIES: Record<string, LabelKind> = {
  [`${RDFS}label`]: 'pref',
  [`${SKOS}prefLabel`]: 'pref',
  [`${SCHEMA}name`]: 'pref',
  [`${PREFIXES.foaf}name`]: 'pref',
  [`${SKOS}altLabel`]: 'alt',
  [`${DCTERMS}title`]: 'alt',
  [`${SKOS}hiddenLabel`]: 'hidden',
};

/** Properties whose value describes a resource in words, shown under its name. */
export const DESCRIPTION_PROPERTIES = [
  `${SCHEMA}description`,
  `${DCTERMS}description`,
  `${RDFS}comment`,
  `${SKOS}definition`,
];

export const termKey = (term: TermData) =>
  term.type === 'iri' ? `<${term.value}>` : `"${term.value}"@${term.lang ?? ''}^^${term.datatype}`;
