// Shared pieces of every page: links to resources by their names, values formatted for the page's
// language, and the badges that say which sources state a statement. All through the html tag.
import { type Html, html, type Lang, translator } from '../html/index.ts';
import { compactIri } from '../rdf/index.ts';
import { formatDate, formatDuration, formatNumber, isDate, isNumeric } from './format.ts';
import { type PageFormat, SUFFIX_OF } from './iri.ts';
import { AAS, type TermData, WIKIDATA_ENTITY, XSD } from './model.ts';
import type { Name, Site } from './site.ts';
import { WORDS, type WordKey } from './words.ts';

const COLLATORS = new Map<string, Intl.Collator>();

/** A collator per language, made once: localeCompare() with a locale builds one at every call. */
export function collator(lang: string): Intl.Collator {
  let found = COLLATORS.get(lang);
  if (!found) {
    found = new Intl.Collator(lang, { numeric: true });
    COLLATORS.set(lang, found);
  }
  return found;
}

export class View {
  readonly t: (key: WordKey) => string;
  /** Sorts text the way the page's language does (numbers by value). */
  readonly compare: (a: string, b: string) => number;
  private readonly badgeMarkup = new Map<string, Html>();

  constructor(
    readonly site: Site,
    readonly lang: Lang,
    /** The language was chosen with ?lang=: links keep it. */
    readonly carry: boolean,
  ) {
    this.t = translator(WORDS, lang);
    this.compare = collator(lang).compare;
  }

  /** A word with {placeholders} filled in. */
  say(key: WordKey, values: Record<string, string | number>): string {
    return this.t(key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  }

  /** A word with {placeholders} filled in by markup (a link, a name in another language). */
  sayHtml(key: WordKey, values: Record<string, Html | string>): Html {
    const parts = this.t(key).split(/\{(\w+)\}/);
    return html`${parts.map((part, i) => (i % 2 === 1 ? (values[part] ?? '') : part))}`;
  }

  /** A path on this site, keeping the chosen language. */
  href(path: string, params?: Record<string, string>): string {
    if (!this.carry && !params) return path;
    const hash = path.indexOf('#');
    const [base, fragment] = hash >= 0 ? [path.slice(0, hash), path.slice(hash)] : [path, ''];
    const query = new URLSearchParams(params ?? {});
    if (this.carry) query.set('lang', this.lang);
    const text = query.toString();
    return `${base}${text ? `${base.includes('?') ? '&' : '?'}${text}` : ''}${fragment}`;
  }

  /** The same page in the other language. */
  otherLanguage(path: string, params: Record<string, string> = {}): string {
    const query = new URLSearchParams({ ...params, lang: this.lang === 'en' ? 'fr' : 'en' });
    return `${path}?${query.toString()}`;
  }

  /** A name, marked with its language when it is not the page's. */
  text(name: Name): Html {
    return name.lang ? html`<span lang="${name.lang}">${name.text}</span>` : html`${name.text}`;
  }

  name(iri: string): Name {
    return this.site.name(iri, this.lang);
  }

  /** The page of a resource on this site, or undefined when its IRI is not under the base. */
  pathOf(iri: string, format?: PageFormat): string | undefined {
    const path = this.site.iris.pathOf(iri);
    if (!path) return undefined;
    if (!format) return path;
    return `${path.replace(/#.*$/, '')}${SUFFIX_OF[format]}`;
  }

  /** A link to a resource, by its name: its page here, or the outside world (Wikidata items with their QID). */
  link(iri: string, label?: Html | string): Html {
    const path = this.site.iris.pathOf(iri);
    const content = label ?? this.text(this.name(iri));
    if (path) return html`<a href="${this.href(path)}">${content}</a>`;
    if (this.site.terms.has(iri))
      return html`<a href="${this.termHref(iri)}">${label ?? this.site.termName(iri, this.lang)}</a>`;
    if (iri.startsWith(WIKIDATA_ENTITY)) {
      return html`<a href="${iri}" rel="external">Wikidata ${iri.slice(WIKIDATA_ENTITY.length)}</a>`;
    }
    if (/^https?:\/\//.test(iri)) return html`<a href="${iri}" rel="external">${label ?? compactIri(iri) ?? iri}</a>`;
    return html`<code>${iri}</code>`;
  }

  /** The list of a class's instances: /browse/schema:Country, or /browse/?class=<iri> for a class without a prefix. */
  kindHref(classIri: string, params: Record<string, string> = {}): string {
    const compact = compactIri(classIri);
    return compact ? this.href(`/browse/${compact}`, params) : this.href('/browse/', { class: classIri, ...params });
  }

  /** Where a class or property is documented: its anchor on the ontology page. */
  termHref(iri: string): string {
    const ontology = this.site.data.index.ontologies[0];
    const page = ontology ? this.site.iris.pathOf(ontology) : undefined;
    if (!page) return iri;
    return this.href(`${page}#${termAnchor(iri, ontology)}`);
  }

  /** A property's name, linked to its documentation. */
  property(iri: string): Html {
    return html`<a href="${this.termHref(iri)}">${this.site.termName(iri, this.lang)}</a>`;
  }

  /** A value: a link for an IRI; for a literal, its text formatted for the page's language. */
  value(term: TermData): Html {
    if (term.type === 'iri') return this.link(term.value);
    if (term.lang)
      return term.lang === this.lang ? html`${term.value}` : html`<span lang="${term.lang}">${term.value}</span>`;
    const { value, datatype } = term;
    if (isDate(datatype)) return html`<time datetime="${value}">${formatDate(value, datatype, this.lang)}</time>`;
    if (isNumeric(datatype)) return html`${formatNumber(value, this.lang)}`;
    if (datatype === `${XSD}duration`) return html`${formatDuration(value, this.lang)}`;
    if (datatype === `${XSD}string`) return html`${value}`;
    return html`${value} <small class="muted">(${compactIri(datatype) ?? datatype})</small>`;
  }

  /** The sources of a statement: one badge per named graph, linking to the source's page. */
  badges(graphs: string[]): Html {
    return html`<span class="badges">${graphs.map((graph) => this.badge(graph))}</span>`;
  }

  badge(graph: string): Html {
    let markup = this.badgeMarkup.get(graph);
    if (!markup) {
      markup = this.makeBadge(graph);
      this.badgeMarkup.set(graph, markup);
    }
    return markup;
  }

  private makeBadge(graph: string): Html {
    const source = this.site.sources.get(graph);
    const kind = source?.kind ? kindClass(source.kind) : 'other';
    const slug =
      graph
        .replace(/[#/]+$/, '')
        .split(/[#/]/)
        .pop() ?? graph;
    const full = this.name(graph);
    const path = this.site.iris.pathOf(graph);
    const content = html`${slug}<span class="vh"> (${this.t('source')}: ${this.text(full)})</span>`;
    return path
      ? html`<a class="badge ${kind}" href="${this.href(path)}">${content}</a>`
      : html`<span class="badge ${kind}">${content}</span>`;
  }
}

/** The CSS class of a kind of source: aas:PrimaryOfficial → official, aas:SecondaryPress → press… */
export function kindClass(kind: string): string {
  const local = kind.startsWith(AAS) ? kind.slice(AAS.length) : (kind.split(/[#/]/).pop() ?? '');
  return `kind-${local
    .replace(/^(Primary|Secondary)/, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')}`;
}

/** The anchor of a term on the ontology page: the local name for the ontology's own terms, the compact IRI for others. */
export function termAnchor(iri: string, ontology?: string): string {
  if (ontology && iri.startsWith(`${ontology}#`)) return iri.slice(ontology.length + 1);
  return compactIri(iri) ?? encodeURIComponent(iri);
}

/** How many pages a list of `count` items takes, SUMMIT_KG_PAGE_ITEMS to a page. */
export const pageCount = (count: number, size: number) => Math.max(1, Math.ceil(count / size));

/**
 * Where a long list is in its pages ("201–400 of 5,000"), with links to the pages before and after;
 * nothing when it fits on one. `href` gives the address of another page of the same list.
 */
export function pageLinks(view: View, count: number, page: number, href: (page: number) => string): Html | string {
  const size = view.site.data.pageItems;
  const pages = pageCount(count, size);
  if (pages === 1) return '';
  const range = view.say('pageRange', {
    from: formatNumber(String((page - 1) * size + 1), view.lang),
    to: formatNumber(String(Math.min(page * size, count)), view.lang),
    n: formatNumber(String(count), view.lang),
  });
  return html`<nav class="pager" aria-label="${view.t('pages')}"><span>${range}</span>${
    page > 1 ? html` <a rel="prev" href="${href(page - 1)}">${view.t('previousPage')}</a>` : ''
  }${page < pages ? html` <a rel="next" href="${href(page + 1)}">${view.t('nextPage')}</a>` : ''}</nav>`;
}
