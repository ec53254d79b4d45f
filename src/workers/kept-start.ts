// What a start computes from the files on disk, kept in the cache folder under the hash of those
// files and of the code: the dataset packed for the workers, the catalogue tried on the engine and
// the validation report. When all three are kept, the start reads them on the calling thread and
// starts no loader thread at all (its start and its memory are spared).
import { keptCatalog } from '../catalog/index.ts';
import { keep, keepJson, keptName, readKept, readKeptJson } from '../config/index.ts';
import { hashOfFiles, type LoadedGraph, packGraphs } from '../graph/index.ts';
import type { SiteIndex } from '../pages/index.ts';
import { cachedValidation, shapesKey, type ValidationSummary } from '../shacl/index.ts';
import type { Dataset, LoaderData } from './messages.ts';

type Settings = LoaderData['settings'];
type KeptDataset = Omit<Dataset, 'data' | 'loadMs' | 'kept'> & { parts: Dataset['data']['parts'] };

/** The name the dataset is kept under, from the data files' hash (they are read, not parsed; over the size limit they are refused). */
export const datasetName = (settings: Settings) =>
  keptName('dataset', hashOfFiles(settings.dataPaths, settings.maxDataBytes));

/** The dataset packed at an earlier start from the same files and code, or undefined. */
export function keptDataset(cacheDir: string, name: string): Dataset | undefined {
  const started = performance.now();
  const meta = readKeptJson<KeptDataset>(cacheDir, name);
  const bytes = meta && readKept(cacheDir, `${name}.nt`);
  if (!meta || !bytes || bytes.length !== (meta.parts.at(-1)?.end ?? 0)) return undefined;
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  const { parts, ...rest } = meta;
  return { ...rest, data: { bytes: shared, parts }, loadMs: performance.now() - started, kept: true };
}

/** The loaded graph packed for the workers, and kept. */
export function packDataset(cacheDir: string, name: string, graph: LoadedGraph): Dataset {
  const dataset: Dataset = {
    data: packGraphs(graph.store, graph.graphs),
    files: graph.files.map(({ path, graphs }) => ({ path, graphs })),
    graphs: graph.graphs,
    quadCount: graph.quadCount,
    tripleCount: graph.tripleCount,
    hash: graph.hash,
    loadMs: graph.loadMs,
    kept: false,
  };
  // The bytes first: the description is only there once they are whole.
  keep(cacheDir, `${name}.nt`, dataset.data.bytes);
  keepJson(cacheDir, name, {
    parts: dataset.data.parts,
    files: dataset.files,
    graphs: dataset.graphs,
    quadCount: dataset.quadCount,
    tripleCount: dataset.tripleCount,
    hash: dataset.hash,
  } satisfies KeptDataset);
  return dataset;
}

/** Everything the loader would compute, if all of it is kept; undefined otherwise (or when the files cannot be read: the loader then says why). */
export function keptStart(settings: Settings): { dataset: Dataset; validation: ValidationSummary } | undefined {
  if (!settings.cacheDir) return undefined;
  try {
    const dataset = keptDataset(settings.cacheDir, datasetName(settings));
    const validation = dataset && cachedValidation(settings.cacheDir, dataset.hash, shapesKey(settings));
    if (!dataset || !validation || !keptCatalog(settings.queriesPaths, settings.cacheDir)) return undefined;
    return { dataset, validation: { ...validation, cached: true } };
  } catch {
    return undefined;
  }
}

/** The pages' index of the data with this hash, kept from an earlier start. */
export const keptSiteIndex = (cacheDir: string, dataHash: string) =>
  readKeptJson<SiteIndex>(cacheDir, keptName('site-index', dataHash));

export const keepSiteIndex = (cacheDir: string, dataHash: string, index: SiteIndex) =>
  keepJson(cacheDir, keptName('site-index', dataHash), index);
