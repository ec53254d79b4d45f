// The workbench's operations: /sparql for browsers (the protocol's operation for everyone else), the
// home page's `?query=` sent on to it, the completion and label endpoints the editor and the results
// call, and the browser files.
import type { Binder, Catalog } from '../catalog/index.ts';
import { AppError } from '../errors.ts';
import { pageLanguage } from '../html/index.ts';
import { bodyText, type Operation, type OperationRequest, oneParam, type Reply } from '../operation.ts';
import type { Site } from '../pages/index.ts';
import { assetOperation } from './assets.ts';
import { Completer } from './complete.ts';
import { Gallery, VIEWS, type ViewName } from './gallery.ts';
import { wantsWorkbench } from './negotiate.ts';
import { homeSection, STARTER, workbenchPage } from './page.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

export type WorkbenchOperations = Record<'sparql' | 'home' | 'complete' | 'labels' | 'asset', Operation>;

export class Workbench {
  readonly gallery: Gallery;
  readonly completer: Completer;

  constructor(site: Site, catalog: Catalog, binder: Binder) {
    this.gallery = new Gallery(catalog.queries, binder);
    this.completer = new Completer(site);
  }

  /** The home page's section: the link to the workbench and the examples (the pages call it per language). */
  homeSection = (lang: 'en' | 'fr', carry: boolean) => homeSection(this.gallery, lang, carry);

  /** `protocol` answers /sparql for SPARQL clients; `home` is the home page's own operation. */
  operations(protocol: Operation, home: Operation): WorkbenchOperations {
    return {
      sparql: (request) => (wantsWorkbench(request) ? this.page(request) : protocol(request)),
      home: (request) => (request.params.query ? this.redirect(request) : home(request)),
      complete: async (request) => {
        const results = this.completer.complete(oneParam(request.params, 'q') ?? '', pageLanguage(request));
        return json({ results }, 'public, max-age=300');
      },
      labels: async (request) => {
        const body = parse(bodyText(request)) as { iris?: unknown };
        return json({ labels: this.completer.labels(body?.iris, pageLanguage(request)) }, 'no-store');
      },
      asset: assetOperation(),
    };
  }

  private async page(request: OperationRequest): Promise<Reply> {
    const lang = pageLanguage(request);
    const carry = oneParam(request.params, 'lang') === lang;
    const example = oneParam(request.params, 'example');
    const opened = example ? this.gallery.text(example, lang) : undefined;
    if (example && !opened)
      throw new AppError('not-found', `No example is called '${example}'; the home page lists them.`);
    const asked = oneParam(request.params, 'view');
    const view = VIEWS.includes(asked as ViewName) ? (asked as ViewName) : opened?.view;
    const query = opened?.text ?? oneParam(request.params, 'query') ?? STARTER;
    const body = workbenchPage(
      { lang, carry, query, ...(view ? { view } : {}), ...(opened && example ? { example } : {}) },
      this.gallery,
    );
    return {
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        Vary: 'Accept, Accept-Language',
        'Cache-Control': 'no-cache',
      },
      body,
    };
  }

  /** `/?query=…` is a shared link to the workbench: sent on to /sparql with its parameters. */
  private async redirect(request: OperationRequest): Promise<Reply> {
    const params = new URLSearchParams();
    for (const [name, values] of Object.entries(request.params)) for (const value of values) params.append(name, value);
    return {
      status: 303,
      headers: { Location: `/sparql?${params.toString()}`, 'Content-Type': 'text/plain; charset=utf-8' },
      body: '',
    };
  }
}

function json(value: unknown, cacheControl: string): Reply {
  return {
    status: 200,
    headers: { 'Content-Type': JSON_TYPE, 'Cache-Control': cacheControl },
    body: JSON.stringify(value),
  };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad-request', 'The body is not JSON: send {"iris": ["…", …]}.');
  }
}
