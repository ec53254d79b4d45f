// The workbench's own words, in English and French: the server renders the page with them and hands
// the browser script the ones it needs (a JSON block in the page), so there is one table of each.
import type { Words } from '../html/index.ts';

export const WORDS = {
  title: { en: 'Query the graph', fr: 'Interroger le graphe' },
  intro: {
    en: 'Write a SPARQL query, or open an example below. Ctrl+Enter (⌘+Enter) runs it; names complete as you type (a prefix, a class, a property, or a name such as France).',
    fr: 'Écrivez une requête SPARQL, ou ouvrez un exemple ci-dessous. Ctrl+Entrée (⌘+Entrée) l’exécute ; les noms se complètent à la frappe (un préfixe, une classe, une propriété, ou un nom comme France).',
  },
  query: { en: 'SPARQL query', fr: 'Requête SPARQL' },
  run: { en: 'Run', fr: 'Exécuter' },
  format: { en: 'Answer as', fr: 'Réponse en' },
  noScript: {
    en: 'Without JavaScript, the form sends the query to the endpoint and the browser shows its answer in the format chosen.',
    fr: 'Sans JavaScript, le formulaire envoie la requête au point d’accès et le navigateur affiche sa réponse dans le format choisi.',
  },
  copyLink: { en: 'Copy link', fr: 'Copier le lien' },
  copied: { en: 'Link copied', fr: 'Lien copié' },
  history: { en: 'Recent queries', fr: 'Requêtes récentes' },
  noHistory: { en: 'No query run yet on this device.', fr: 'Aucune requête exécutée sur cet appareil.' },
  examples: { en: 'Examples', fr: 'Exemples' },
  examplesIntro: {
    en: 'Questions the saved queries answer, by topic. Each opens in the editor with its best view.',
    fr: 'Les questions auxquelles répondent les requêtes enregistrées, par thème. Chacune s’ouvre dans l’éditeur avec sa meilleure vue.',
  },
  results: { en: 'Results', fr: 'Résultats' },
  running: { en: 'Running…', fr: 'Exécution…' },
  rows: { en: '{n} rows', fr: '{n} lignes' },
  statements: { en: '{n} statements', fr: '{n} énoncés' },
  ms: { en: 'in {n} ms', fr: 'en {n} ms' },
  filter: { en: 'Filter the rows', fr: 'Filtrer les lignes' },
  page: { en: 'Page {n} of {m}', fr: 'Page {n} sur {m}' },
  previous: { en: 'Previous', fr: 'Précédente' },
  next: { en: 'Next', fr: 'Suivante' },
  sortBy: { en: 'Sort by {x}', fr: 'Trier par {x}' },
  download: { en: 'Download', fr: 'Télécharger' },
  view: { en: 'View', fr: 'Vue' },
  table: { en: 'Table', fr: 'Tableau' },
  bars: { en: 'Bar chart', fr: 'Diagramme en barres' },
  timeline: { en: 'Timeline', fr: 'Frise chronologique' },
  map: { en: 'Map', fr: 'Carte' },
  turtle: { en: 'Turtle', fr: 'Turtle' },
  yes: { en: 'yes', fr: 'oui' },
  no: { en: 'no', fr: 'non' },
  error: { en: 'The query failed', fr: 'La requête a échoué' },
  notOnMap: { en: 'Not on the map', fr: 'Hors de la carte' },
  legend: { en: 'Legend', fr: 'Légende' },
  mapTitle: { en: 'World map of the rows’ countries', fr: 'Carte du monde des pays des lignes' },
  barsTitle: { en: 'Bar chart of {y} by {x}', fr: 'Diagramme de {y} par {x}' },
  timelineTitle: { en: 'Timeline of {x}', fr: 'Frise de {x}' },
  inResults: { en: 'in the results', fr: 'dans les résultats' },
  open: { en: 'Open in the workbench', fr: 'Ouvrir dans l’atelier' },
  workbench: { en: 'Query workbench', fr: 'Atelier de requêtes' },
  workbenchText: {
    en: 'Ask the graph in SPARQL, with completion of its names, tables with labels, charts and a map.',
    fr: 'Interrogez le graphe en SPARQL, avec complétion de ses noms, tableaux avec libellés, graphiques et carte.',
  },
  other: { en: 'Other questions', fr: 'Autres questions' },
} satisfies Words<string>;

export type WordKey = keyof typeof WORDS;
