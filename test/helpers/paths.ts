// Where the project's data and the tests' fixtures are.
import { fileURLToPath } from 'node:url';

const path = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export const REAL_DATA = [path('ontology'), path('data')];
export const SHAPES = path('shapes');
export const QUERIES = path('queries');
export const SMALL_DATA = path('test/fixtures/small');
export const SMALL_SHAPES = path('test/fixtures/small-shapes');
export const FIXTURE_QUERIES = path('test/fixtures/queries');
export const WIKIDATA_FIXTURE = path('test/fixtures/wikidata');
