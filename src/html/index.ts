// HTML for people: templates escaped by construction, the page frame, the page's language.
export { page, type PageOptions } from './layout.ts';
export { type Lang, LANGS, pageLanguage, translator, type Words } from './language.ts';
export { escapeHtml, Html, html, jsonScript, trusted } from './template.ts';
