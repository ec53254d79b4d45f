// What a start computes from the files on disk, kept in the cache folder under the hash of those
// files and of the code: the dataset packed for the workers, the catalogue tried on the engine and
// the validation report. When all three are kept, the start reads them on the calling thread and
// starts no loader thread at all (its start and its memory are spared).
import { type Catalog, keptCatalog } from '../catalog/index.ts';
import { keep, keepJson, keptName, readKept, readKeptJson } from '../config/index.ts';
import { hashOfFiles } from '../graph/index.ts';
import type { SiteIndex } from '../pages/index.ts';
import { cachedValidation, shapesKey, type ValidationSummary } from '../shacl/index.ts';
import type { Dataset, LoaderData } from './messages.ts';
import type { ParsedGraph } from './parse.ts';

type Settings = LoaderData['settings'];
type KeptDataset = Omit<Dataset, 'data' | 'loadMs' | 'kept'> & { parts: Dataset['data']['parts']; tripleCount: number };

/** The data files' hash (they are read, not parsed; over the size limit they are refused). */
export const dataHash = (settings: Settings) => hashOfFiles(settings.dataPaths, settings.maxDataBytes);

/** The name the dataset of the files with this hash is kept under. */
export const datasetName = (hash: string) => keptName('dataset', hash);

/** The dataset packed at an earlier start from the same files and code, with its union's size, or undefined. */
export function keptDataset(cacheDir: string, name: string): { dataset: Dataset; tripleCount: number } | undefined {
  const started = performance.now();
  const meta = readKeptJson<KeptDataset>(cacheDir, name);
  const bytes = meta && readKept(cacheDir, `${name}.nt`);
  if (!meta || !bytes || bytes.length !== (meta.parts.at(-1)?.end ?? 0)) return undefined;
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  const { parts, tripleCount, ...rest } = meta;
  return {
    dataset: { ...rest, data: { bytes: shared, parts }, loadMs: performance.now() - started, kept: true },
    tripleCount,
  };
}

/** The parsed graph as the workers take it. */
export function datasetOf(graph: ParsedGraph): Dataset {
  const { packed, files, graphs, quadCount, hash, loadMs } = graph;
  return {
    data: packed,
    files: files.map(({ path, graphs }) => ({ path, graphs })),
    graphs,
    quadCount,
    hash,
    loadMs,
    kept: false,
  };
}

/** Keeps the dataset, with the size of its union, for the next start from the same files. */
export function keepDataset(cacheDir: string, name: string, dataset: Dataset, tripleCount: number): void {
  // The bytes first: the description is only there once they are whole.
  keep(cacheDir, `${name}.nt`, dataset.data.bytes);
  keepJson(cacheDir, name, {
    parts: dataset.data.parts,
    files: dataset.files,
    graphs: dataset.graphs,
    quadCount: dataset.quadCount,
    tripleCount,
    hash: dataset.hash,
  } satisfies KeptDataset);
}

/** Everything the loader would compute from the files with this hash (by default, read now), if all of it is kept; undefined otherwise (or when the files cannot be read: the loader then says why). */
export function keptStart(
  settings: Settings,
  hash?: string,
): { dataset: Dataset; tripleCount: number; validation: ValidationSummary; catalog: Catalog } | undefined {
  if (!settings.cacheDir) return undefined;
  try {
    const kept = keptDataset(settings.cacheDir, datasetName(hash ?? dataHash(settings)));
    const validation = kept && cachedValidation(settings.cacheDir, kept.dataset.hash, shapesKey(settings));
    const catalog = kept && validation && keptCatalog(settings.queriesPaths, settings.cacheDir);
    if (!kept || !validation || !catalog) return undefined;
    return { ...kept, validation: { ...validation, cached: true }, catalog };
  } catch {
    return undefined;
  }
}

/** The pages' index of the data with this hash, kept from an earlier start. */
export const keptSiteIndex = (cacheDir: string, dataHash: string) =>
  readKeptJson<SiteIndex>(cacheDir, keptName('site-index', dataHash));

export const keepSiteIndex = (cacheDir: string, dataHash: string, index: SiteIndex) =>
  keepJson(cacheDir, keptName('site-index', dataHash), index);
