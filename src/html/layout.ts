// The frame of every HTML page: the document head (local assets only, no CDN), a header with the
// site's navigation and the language switch, the main content, a footer. Styles live in
// src/server/assets/site.css.

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
}

const NAV: Record<Lang, [string, string][]> = {
  en: [
    ['/', 'Home'],
    ['/sparql', 'Query'],
    ['/api/', 'Saved queries'],
  ],
  fr: [
    ['/?lang=fr', 'Accueil'],
    ['/sparql?lang=fr', 'Requêtes'],
    ['/api/', 'Requêtes enregistrées'],
  ],
};

export function page(options: PageOptions): string {
  const { title, lang, body } = options;
  const other = lang === 'en' ? { lang: 'fr', label: 'Français' } : { lang: 'en', label: 'English' };
  const site =
    lang === 'en'
      ? 'Paris AI Action Summit knowledge graph'
      : 'Graphe de connaissances du Sommet pour l’action sur l’IA';
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${site}</title>
${options.description ? html`<meta name="description" content="${options.description}">` : ''}
<link rel="stylesheet" href="/assets/site.css">
${options.head ?? ''}
</head>
<body>
<a class="skip" href="#main">${lang === 'en' ? 'Skip to content' : 'Aller au contenu'}</a>
<header class="site">
<a class="brand" href="${lang === 'en' ? '/' : '/?lang=fr'}">${site}</a>
<nav aria-label="${lang === 'en' ? 'Site' : 'Site'}">${NAV[lang].map(([href, label]) => html`<a href="${href}">${label}</a>`)}
${options.otherLanguage ? html`<a href="${options.otherLanguage}" hreflang="${other.lang}" lang="${other.lang}">${other.label}</a>` : ''}</nav>
</header>
<main id="main">
${body}
</main>
<footer class="site">${lang === 'en' ? 'Every statement is kept in the named graph of the source that states it.' : 'Chaque énoncé est conservé dans le graphe nommé de la source qui l’énonce.'}</footer>
</body>
</html>
`.text;
}
