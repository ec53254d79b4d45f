// npm run docs: regenerates the README's generated sections (the data model, the configuration).
import { readFileSync, writeFileSync } from 'node:fs';
import { loadGraph } from '../graph/index.ts';
import { modelSection, updateReadme } from './model.ts';
import { replaceSection, SETTINGS_END, SETTINGS_START, settingsSection } from './settings.ts';

const { store } = loadGraph(['ontology', 'data'], { maxDataBytes: 200 * 1024 * 1024 });
let readme = readFileSync('README.md', 'utf8');
readme = updateReadme(readme, modelSection(store));
readme = replaceSection(readme, SETTINGS_START, SETTINGS_END, settingsSection());
writeFileSync('README.md', readme);
console.log('README.md: the data model and configuration sections regenerated.');
