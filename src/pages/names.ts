// Names and pages of IRIs for the rest of the site (the saved queries' result tables): what the
// pages' index knows, linked the way the pages link (View.link).
import type { Lang } from '../html/index.ts';
import type { Site } from './site.ts';
import { View } from './view.ts';

export interface IriName {
  text: string;
  /** The name's language, when it is not the page's. */
  lang?: string;
  /** The IRI's page on this site. */
  href?: string;
}

/** A function naming an IRI in a language; undefined for an IRI the graph says nothing of and that has no page here. */
export function iriNames(site: Site): (iri: string, lang: Lang) => IriName | undefined {
  const views: Record<Lang, View> = { en: new View(site, 'en', false), fr: new View(site, 'fr', false) };
  return (iri, lang) => {
    const path = site.iris.pathOf(iri);
    if (path) return { ...site.name(iri, lang), href: path };
    if (site.terms.has(iri)) return { text: site.termName(iri, lang), href: views[lang].termHref(iri) };
    return site.known(iri) ? site.name(iri, lang) : undefined;
  };
}
