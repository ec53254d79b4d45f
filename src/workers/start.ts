// The main thread's side of start-up: runs the loader thread (loader.ts) and hands out what it
// reports, the dataset as soon as it is loaded, the pages' index, the saved queries, and the validation once it is done; or, when an
// earlier start from the same files kept all of it, reads it back without a thread.
import { type Catalog, catalogFromData } from '../catalog/index.ts';
import { AppError, fromWire } from '../errors.ts';
import type { SiteIndex } from '../pages/index.ts';
import { skippedValidation, type ValidationSummary } from '../shacl/index.ts';
import { dataHash, keptStart } from './kept-start.ts';
import type { Dataset, LoaderData, LoaderReply } from './messages.ts';
import { isOutOfMemory, startThread } from './threads.ts';
import { heapExhausted } from './validate.ts';

export interface Loading {
  /** The data, parsed and packed for the workers. */
  dataset: Promise<Dataset>;
  /** The triples of its union default graph (the loader counts them while the workers load). */
  tripleCount: Promise<number>;
  /** The pages' index, when the loader read it (undefined: ask a worker, or the cache). */
  siteIndex: Promise<SiteIndex | undefined>;
  /** The saved queries, read and tried on the engine, or read back as kept (undefined: the loader stopped before, read them). */
  catalog: Promise<Catalog | undefined>;
  /** The graph validated (or a kept report reused). */
  validation: Promise<ValidationSummary>;
}

/** A promise with its settlers; its failure is never reported as unhandled (the caller may not wait on it yet). */
function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: AppError) => void = () => {};
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** The data files' hash, or undefined when they cannot be read or are too large (the loader then says why). */
function readableHash(settings: LoaderData['settings']): string | undefined {
  try {
    return dataHash(settings);
  } catch {
    return undefined;
  }
}

/**
 * Starts the loader. Once the data is loaded, the validation has `validationBoundMs` (0: no bound);
 * past it the loader is stopped, giving its memory back, and the validation is reported as skipped.
 */
export function startLoading(settings: LoaderData['settings'], validationBoundMs = 0): Loading {
  const hash = readableHash(settings);
  const kept = hash === undefined ? undefined : keptStart(settings, hash);
  if (kept)
    return {
      dataset: Promise.resolve(kept.dataset),
      tripleCount: Promise.resolve(kept.tripleCount),
      siteIndex: Promise.resolve(undefined),
      catalog: Promise.resolve(kept.catalog),
      validation: Promise.resolve(kept.validation),
    };
  const worker = startThread<LoaderData>('loader', { settings, hash }, settings.validationHeapBytes);
  const dataset = deferred<Dataset>();
  const tripleCount = deferred<number>();
  const siteIndex = deferred<SiteIndex | undefined>();
  const catalog = deferred<Catalog | undefined>();
  const validation = deferred<ValidationSummary>();
  const fail = (error: AppError) => {
    for (const settled of [dataset, tripleCount, siteIndex, catalog, validation]) settled.reject(error);
  };
  let checked: ValidationSummary | undefined;
  let loadedAt: number | undefined;
  const bound = () => {
    if (validationBoundMs <= 0) return;
    const timer = setTimeout(() => {
      const why = `still running after ${validationBoundMs / 1000} s (SUMMIT_KG_START_VALIDATION_MS); summit-kg validate gives the report, and the next start reuses it`;
      validation.resolve(checked ?? skippedValidation(why, validationBoundMs)); // checked: only its exit was late
      catalog.resolve(undefined); // unless it was read already
      void worker.terminate(); // its exit then fails nothing: every promise is settled
    }, validationBoundMs).unref();
    void validation.promise.finally(() => clearTimeout(timer)).catch(() => {});
  };
  worker.on('message', (reply: LoaderReply) => {
    if (reply.type === 'loaded') {
      loadedAt = performance.now();
      dataset.resolve(reply.dataset);
    } else if (reply.type === 'counted') tripleCount.resolve(reply.tripleCount);
    else if (reply.type === 'indexed') {
      siteIndex.resolve(reply.index);
      bound(); // the validation's time starts once the index is read
    } else if (reply.type === 'catalogued') catalog.resolve(catalogFromData(reply.catalog));
    else if (reply.type === 'checked') checked = reply.validation;
    else fail(fromWire(reply.error));
  });
  worker.on('error', (error) => {
    if (!isOutOfMemory(error)) return fail(new AppError('internal', `The loader failed: ${error.message}`));
    const exhausted = heapExhausted(
      loadedAt ? 'The validation at start' : 'Loading the graph',
      settings.validationHeapBytes,
    );
    if (loadedAt === undefined) return fail(exhausted);
    tripleCount.reject(exhausted); // settled already unless its store ran out of heap while counting
    // The data is loaded and goes on to the workers: only what the loader did after it is lost.
    siteIndex.resolve(undefined);
    catalog.resolve(undefined);
    validation.resolve(skippedValidation(`stopped: ${exhausted.message}`, performance.now() - loadedAt));
  });
  // The validation is handed over once the loader has ended: its store's memory is given back by then.
  worker.on('exit', (code) => {
    if (checked) validation.resolve(checked);
    else fail(new AppError('internal', `The loader exited with code ${code} before validating the graph.`));
  });
  return {
    dataset: dataset.promise,
    tripleCount: tripleCount.promise,
    siteIndex: siteIndex.promise,
    catalog: catalog.promise,
    validation: validation.promise,
  };
}
