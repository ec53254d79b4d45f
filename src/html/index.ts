// HTML for people: templates escaped by construction, the page frame, the page's language.

export { LANGS, type Lang, pageLanguage, translator, type Words } from './language.ts';
export { type PageOptions, page } from './layout.ts';
export { escapeHtml, Html, html, jsonScript, trusted } from './template.ts';
