// What every part of the workbench's script shares: the page's language and words (from the JSON
// block the server wrote), the names of the IRIs of the current result (asked of the server), and
// the way a term is shown: an IRI of the graph by its name, linked to its page; a Wikidata IRI linked
// out. Elements are built with the DOM (text is never parsed as markup).
import type { Term } from './sparql-json.ts';

export interface Config {
  lang: 'en' | 'fr';
  view: string | null;
  words: Record<string, string>;
}

export interface LabelInfo {
  name: string;
  lang?: string;
  href?: string;
}

const WIKIDATA = 'http://www.wikidata.org/entity/';

/** The IRIs of one result the page names at most, and how many it asks for per request. */
const MAX_NAMED = 5000;
const BATCH = 500;

export class Context {
  labels = new Map<string, LabelInfo>();

  constructor(readonly config: Config) {}

  /** A word of the interface, with {n}-style values filled in. */
  say(key: string, values: Record<string, string | number> = {}): string {
    const text = this.config.words[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  }

  /** Asks the server for the names of the IRIs it knows (those it does not are shown as IRIs). */
  async fetchLabels(iris: string[]): Promise<void> {
    const wanted = [...new Set(iris)].filter((iri) => !this.labels.has(iri)).slice(0, MAX_NAMED);
    // In batches, so that each request stays well within the server's body limit (that of a query).
    for (let start = 0; start < wanted.length; start += BATCH) {
      const response = await fetch(`/workbench/labels?lang=${this.config.lang}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ iris: wanted.slice(start, start + BATCH) }),
      });
      if (!response.ok) return;
      const { labels } = (await response.json()) as { labels: Record<string, LabelInfo> };
      for (const [iri, info] of Object.entries(labels)) this.labels.set(iri, info);
    }
  }

  /** The text a term shows (its name for a known IRI): for sorting, filtering and charts. */
  text(term: Term | undefined): string {
    if (!term) return '';
    if (term.type === 'uri') return this.labels.get(term.value)?.name ?? shortIri(term.value);
    if (term.type === 'bnode') return `_:${term.value}`;
    return term.value;
  }

  /** A term as an element: a link for IRIs (their page here, or Wikidata), text with its language for literals. */
  node(term: Term | undefined): Node {
    if (!term) return document.createTextNode('');
    if (term.type === 'uri') {
      const info = this.labels.get(term.value);
      const link = document.createElement('a');
      link.textContent = info?.name ?? shortIri(term.value);
      link.title = term.value;
      if (info?.lang) link.lang = info.lang;
      if (info?.href) link.href = info.href;
      else if (term.value.startsWith(WIKIDATA) || /^https?:/.test(term.value)) {
        link.href = term.value;
        link.rel = 'external noopener';
      } else return document.createTextNode(term.value);
      return link;
    }
    if (term.type === 'bnode') return document.createTextNode(`_:${term.value}`);
    const text = document.createElement('span');
    text.textContent = term.value;
    if (term['xml:lang']) text.lang = term['xml:lang'];
    return text;
  }
}

/** wd:Q142 for Wikidata's items; the IRI otherwise. */
export function shortIri(iri: string): string {
  return iri.startsWith(WIKIDATA) ? `wd:${iri.slice(WIKIDATA.length)}` : iri;
}

/** An element with a class and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
