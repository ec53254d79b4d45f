// What the HTTP thread keeps of the graph for the pages, built once from the workers' site index:
// names in both languages, kinds, counts, figures, sources, ontology terms, the SHACL issues of each
// resource, and the search index. No Oxigraph here.
import type { Lang } from '../html/index.ts';
import { compactIri } from '../rdf/index.ts';
import type { ValidationIssue } from '../shacl/index.ts';
import { formatAmount } from './format.ts';
import { IriSpace } from './iri.ts';
import type { FigureInfo, Label, ResourceInfo, SiteIndex, SourceInfo, TermInfo } from './model.ts';
import { SearchIndex } from './search.ts';
import { nameFromIri, termWords } from './vocabulary.ts';

/** A saved query, as the home page lists it. */
export interface SavedQuestion {
  name: string;
  title: string;
  description?: string;
  tags: string[];
}

export interface SiteData {
  index: SiteIndex;
  /** The results of validating the graph at start. */
  issues: ValidationIssue[];
  /** False when the validation at start was skipped (past its time bound, or too large): no page may say it conforms. */
  validated: boolean;
  iriBase: string;
  dataHash: string;
  quadCount: number;
  questions: SavedQuestion[];
  /** Resources a page lists under one heading (SUMMIT_KG_PAGE_ITEMS); the rest are a query away. */
  pageItems: number;
}

/** A name to show, and its language when it is not the page's. */
export interface Name {
  text: string;
  lang?: string;
}

const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

function addTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class Site {
  readonly iris: IriSpace;
  readonly resources = new Map<string, ResourceInfo>();
  readonly terms = new Map<string, TermInfo>();
  readonly figures = new Map<string, FigureInfo>();
  readonly figuresAbout = new Map<string, FigureInfo[]>();
  readonly sources = new Map<string, SourceInfo>();
  readonly issues = new Map<string, ValidationIssue[]>();
  readonly instances = new Map<string, ResourceInfo[]>();
  /** A document IRI (the ontology) → the hash IRIs it defines. */
  readonly documents = new Map<string, string[]>();
  readonly search: SearchIndex;
  private readonly objects: Set<string>;

  constructor(readonly data: SiteData) {
    const { index } = data;
    this.iris = new IriSpace(data.iriBase);
    for (const resource of index.resources) {
      this.resources.set(resource.iri, resource);
      for (const type of resource.types) addTo(this.instances, type, resource);
      const hash = resource.iri.indexOf('#');
      if (hash > 0) addTo(this.documents, resource.iri.slice(0, hash), resource.iri);
    }
    this.objects = new Set(index.objects);
    for (const term of index.terms) this.terms.set(term.iri, term);
    for (const figure of index.figures) {
      this.figures.set(figure.iri, figure);
      for (const about of figure.about) addTo(this.figuresAbout, about, figure);
    }
    for (const source of index.sources) this.sources.set(source.graph, source);
    for (const issue of data.issues) addTo(this.issues, issue.focusNode, issue);
    this.search = new SearchIndex(index.resources, (iri) => {
      const path = this.iris.pathOf(iri);
      return path?.split('/').pop() || undefined;
    });
  }

  /** Is there anything to say about this IRI: statements about it or pointing at it, a graph it names, or terms it defines? */
  known(iri: string): boolean {
    return this.resources.has(iri) || this.objects.has(iri) || this.sources.has(iri) || this.documents.has(iri);
  }

  /** The name of a resource in the page's language: a preferred label, then one in the other language, then another name, then its IRI. */
  name(iri: string, lang: Lang): Name {
    const resource = this.resources.get(iri);
    if (resource?.amount) return { text: formatAmount(resource.amount.value, resource.amount.currency, lang) };
    const label = resource ? pickLabel(resource.labels, lang) : undefined;
    if (label)
      return label.lang && label.lang !== lang ? { text: label.value, lang: label.lang } : { text: label.value };
    const words = termWords(iri)?.label?.[lang];
    if (words) return { text: words };
    return { text: compactIri(iri) ?? iri };
  }

  /** The name of a class or property: the ontology's label in the page's language, the vocabulary's, or one made from its IRI. */
  termName(iri: string, lang: Lang): string {
    const labels = this.resources.get(iri)?.labels.filter((l) => l.kind === 'pref') ?? [];
    return (
      labels.find((l) => l.lang === lang)?.value ??
      termWords(iri)?.label?.[lang] ??
      labels.find((l) => l.lang === other(lang))?.value ??
      nameFromIri(iri)
    );
  }

  /** The heading of a class's list: a plural where one is known, else its name. */
  plural(iri: string, lang: Lang): string {
    const plural = termWords(iri)?.plural?.[lang];
    if (plural) return plural;
    const name = this.termName(iri, lang);
    return name.charAt(0).toUpperCase() + name.slice(1);
  }

  /** How a statement reads from its object's page ("launched"), when the vocabulary says. */
  inverse(property: string, lang: Lang): string | undefined {
    return termWords(property)?.inverse?.[lang];
  }

  /** The description of a term in the page's language (or the other one). */
  comment(iri: string, lang: Lang): Name | undefined {
    const comments = this.terms.get(iri)?.comments ?? [];
    const found = comments.find((c) => c.lang === lang) ?? comments.find((c) => c.lang === other(lang)) ?? comments[0];
    if (!found) return undefined;
    return found.lang && found.lang !== lang ? { text: found.value, lang: found.lang } : { text: found.value };
  }

  /** The classes that have instances, most instances first. */
  classes(): TermInfo[] {
    return [...this.terms.values()]
      .filter((t) => t.kind === 'class' && t.uses > 0)
      .sort((a, b) => b.uses - a.uses || a.iri.localeCompare(b.iri));
  }
}

/** The best label for a language: preferred in it, preferred in the other, alternative in it, then any. */
export function pickLabel(labels: Label[], lang: Lang): Label | undefined {
  const order: [Label['kind'], (l: Label) => boolean][] = [
    ['pref', (l) => l.lang === lang],
    ['pref', (l) => l.lang === ''],
    ['pref', (l) => l.lang === other(lang)],
    ['pref', () => true],
    ['alt', (l) => l.lang === lang],
    ['alt', () => true],
  ];
  for (const [kind, test] of order) {
    const found = labels.find((l) => l.kind === kind && test(l));
    if (found) return found;
  }
  return undefined;
}
