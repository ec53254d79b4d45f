// The frame of every HTML page: the document head (local assets only, no CDN), a header with the
// site's navigation, the search box and the language switch, the main content, a footer. Styles
// live in src/server/assets/site.css; the search box's suggestions in search.js (the box works without it).
import type { Lang } from './language.ts';
import { type Html, html } from './template.ts';

export interface PageOptions {
  title: string;
  lang: Lang;
  body: Html;
  /** The same page in the other language (a URL with ?lang=), for the switch. */
  otherLanguage?: string;
  /** Extra elements for the head: alternate representations, page scripts. */
  head?: Html;
  description?: string;
  /** The language was chosen with ?lang=: the navigation keeps it. */
  carryLang?: boolean;
  /** What the search box holds (on the search page). */
  query?: string;
}

const NAV: [string, string, string][] = [
  ['/', 'Home', 'Accueil'],
  ['/browse/', 'Browse', 'Parcourir'],
  ['/ontology', 'Ontology', 'Ontologie'],
  ['/downloads/', 'Downloads', 'Téléchargements'],
  ['/sparql', 'Query', 'Requêtes'],
  ['/api/', 'Saved queries', 'Requêtes enregistrées'],
];

export function page(options: PageOptions): string {
  const { title, lang, body } = options;
  const other = lang === 'en' ? { lang: 'fr', label: 'Français' } : { lang: 'en', label: 'English' };
  const site =
    lang === 'en'
      ? 'Paris AI Action Summit knowledge graph'
      : 'Graphe de connaissances du Sommet pour l’action sur l’IA';
  // French pages keep their language through the navigation, as does a language chosen with ?lang=.
  const keep = options.carryLang || lang === 'fr' ? `?lang=${lang}` : '';
  const words =
    lang === 'en'
      ? {
          skip: 'Skip to content',
          nav: 'Site',
          search: 'Search',
          label: 'Search the graph',
          hint: 'A name, in English or French',
        }
      : {
          skip: 'Aller au contenu',
          nav: 'Site',
          search: 'Rechercher',
          label: 'Chercher dans le graphe',
          hint: 'Un nom, en français ou en anglais',
        };
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${site}</title>
${options.description ? html`<meta name="description" content="${options.description}">` : ''}
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/search.js" defer></script>
${options.head ?? ''}
</head>
<body>
<a class="skip" href="#main">${words.skip}</a>
<header class="site">
<a class="brand" href="/${keep}">${site}</a>
<nav aria-label="${words.nav}">${NAV.map(([href, en, fr]) => html`<a href="${href}${keep}">${lang === 'en' ? en : fr}</a>`)}
${options.otherLanguage ? html`<a href="${options.otherLanguage}" hreflang="${other.lang}" lang="${other.lang}">${other.label}</a>` : ''}</nav>
<form class="search" role="search" aria-label="${words.label}" action="/search" method="get">
<label for="site-search" class="vh">${words.label}</label>
<input id="site-search" name="q" type="search" value="${options.query ?? ''}" list="site-search-options" autocomplete="off" placeholder="${words.hint}" data-lang="${lang}">
<datalist id="site-search-options"></datalist>
${keep ? html`<input type="hidden" name="lang" value="${lang}">` : ''}
<button type="submit">${words.search}</button>
</form>
</header>
<main id="main">
${body}
</main>
<footer class="site">${lang === 'en' ? 'Every statement is kept in the named graph of the source that states it.' : 'Chaque énoncé est conservé dans le graphe nommé de la source qui l’énonce.'}</footer>
</body>
</html>
`.text;
}
