// The pages as operations: every IRI under the public base dereferenced (HTML or RDF by content
// negotiation or suffix), the home page, the index pages, search, downloads and the dataset's
// description. Data comes from the workers (the site index once at start, then per page); pages and
// descriptions are cached by the data's hash, with ETags.
import { AppError } from '../errors.ts';
import { type Html, html, type Lang, page, pageLanguage } from '../html/index.ts';
import { type Operation, type OperationRequest, oneParam, type Reply } from '../operation.ts';
import { PREFIXES } from '../rdf/index.ts';
import { ByteCache, entityTag, matchesEtag } from '../sparql/index.ts';
import { allKindsBody, kindBody, SORT_KEYS, type SortKey } from './browse.ts';
import { downloadsBody, voidQuads, writeVoid } from './dataset.ts';
import type { DescriptionJob } from './describe.ts';
import { type Dump, graphFileName } from './dumps.ts';
import { entityBody } from './entity.ts';
import { notFoundBody, searchBody, searchResults } from './find.ts';
import { homeBody } from './home.ts';
import { type PageFormat, SUFFIX_OF } from './iri.ts';
import type { EntityData, SiteIndex, SourceData, SourceJob } from './model.ts';
import { CONTENT_TYPE, negotiatePage, prefersJson } from './negotiate.ts';
import { ontologyBody } from './ontology.ts';
import type { Site } from './site.ts';
import { sourceBody } from './source.ts';
import { pageCount, View } from './view.ts';

/** What the pages ask of the workers (the worker pool implements it). */
export interface PageRunner {
  siteIndex(client: string): Promise<SiteIndex>;
  entity(iri: string, client: string): Promise<EntityData>;
  source(job: SourceJob, client: string): Promise<SourceData>;
  describe(job: DescriptionJob, client: string): Promise<string>;
  dumps(client: string): Promise<Dump[]>;
}

interface CachedPage {
  body: Buffer;
  contentType: string;
}

/** Pages change only with the data; after five minutes a client revalidates with its ETag. */
const CACHE_CONTROL = 'public, max-age=300';
const NEGOTIATED = 'Accept, Accept-Language';
const MAX_QUERY = 200;
/** The server asks the workers in its own name for what no one client should be charged (the downloads). */
const SERVER = 'server';

export type PageOperations = Record<
  'home' | 'browseAll' | 'browse' | 'search' | 'downloads' | 'download' | 'dataset' | 'dereference',
  Operation
>;

export class Pages {
  readonly cache: ByteCache<CachedPage>;
  private dumpsPromise?: Promise<Dump[]>;

  constructor(
    readonly site: Site,
    private readonly runner: PageRunner,
    cacheBytes: number,
    /** A section the home page shows after the kinds (the workbench's examples), by language. */
    private readonly homeExtra?: (lang: Lang, carry: boolean) => Html,
  ) {
    this.cache = new ByteCache<CachedPage>(cacheBytes, (page) => page.body.length + page.contentType.length + 64);
  }

  operations(): PageOperations {
    return {
      home: (request) =>
        this.html(request, ['home'], (view) => ({
          title: view.t('home'),
          body: homeBody(view, this.homeExtra?.(view.lang, view.carry)),
        })),
      browseAll: (request) =>
        request.params.class
          ? this.browse(request)
          : this.html(request, ['browse'], (view) => ({ title: view.t('allKinds'), body: allKindsBody(view) })),
      browse: (request) => this.browse(request),
      search: (request) => this.search(request),
      downloads: (request) =>
        this.html(request, ['downloads'], async (view) => ({
          title: view.t('downloads'),
          body: downloadsBody(view, await this.dumps()),
        })),
      download: (request) => this.download(request),
      dataset: (request) => this.dataset(request),
      dereference: (request) => this.dereference(request),
    };
  }

  /** The downloads, written by a worker the first time they are needed, then kept. */
  dumps(): Promise<Dump[]> {
    this.dumpsPromise ??= this.runner.dumps(SERVER).catch((error: unknown) => {
      this.dumpsPromise = undefined;
      throw error;
    });
    return this.dumpsPromise;
  }

  /** The page of a long list a request asks for (`?page=`, from 1). */
  private pageNumber(request: OperationRequest): number {
    const given = oneParam(request.params, 'page');
    if (given === undefined) return 1;
    if (!/^[1-9]\d{0,8}$/.test(given))
      throw new AppError('bad-request', `The page must be a whole number from 1, not '${given.slice(0, 20)}'.`);
    return Number(given);
  }

  private view(request: OperationRequest): View {
    const lang = pageLanguage(request);
    const asked = oneParam(request.params, 'lang');
    const explicit = asked === 'en' || asked === 'fr';
    return new View(this.site, lang, explicit || lang === 'fr');
  }

  /** A reply from the cache, or made and cached; a revalidation with a matching ETag gets 304 without either. */
  private async cached(
    request: OperationRequest,
    key: unknown[],
    headers: Record<string, string>,
    make: () => Promise<{ body: string | Buffer; contentType: string }>,
  ): Promise<Reply> {
    const text = JSON.stringify(key);
    // A page of an unvalidated graph says so: it must not be revalidated as the same page once validated.
    const etag = entityTag(this.site.data.dataHash, [
      'page',
      text,
      ...(this.site.data.validated ? [] : ['unvalidated']),
    ]);
    const common = { ...headers, ETag: etag, 'Cache-Control': CACHE_CONTROL };
    if (matchesEtag(request.header('if-none-match'), etag)) return { status: 304, headers: common, body: '' };
    const hit = this.cache.get(text);
    if (hit)
      return { status: 200, headers: { ...common, 'Content-Type': hit.contentType, 'X-Cache': 'hit' }, body: hit.body };
    const made = await make();
    const body = typeof made.body === 'string' ? Buffer.from(made.body) : made.body;
    this.cache.set(text, { body, contentType: made.contentType });
    return {
      status: 200,
      headers: { ...common, 'Content-Type': made.contentType, 'X-Cache': this.cache.enabled ? 'miss' : 'off' },
      body,
    };
  }

  /** An HTML page of the site, in the request's language, cached. */
  private html(
    request: OperationRequest,
    key: unknown[],
    render: (
      view: View,
    ) => { title: string; body: Html; head?: Html } | Promise<{ title: string; body: Html; head?: Html }>,
    params: Record<string, string> = {},
  ): Promise<Reply> {
    const view = this.view(request);
    return this.cached(request, [...key, view.lang, view.carry], { Vary: 'Accept-Language' }, async () => {
      const { title, body, head } = await render(view);
      return { body: this.frame(view, request.path, title, body, head, params), contentType: CONTENT_TYPE.html };
    });
  }

  private frame(
    view: View,
    path: string,
    title: string,
    body: Html,
    head?: Html,
    params: Record<string, string> = {},
    query?: string,
  ): string {
    return page({
      title,
      lang: view.lang,
      body,
      head: html`<link rel="stylesheet" href="/assets/pages.css">${head ?? ''}`,
      carryLang: view.carry,
      otherLanguage: view.otherLanguage(path, params),
      ...(query !== undefined ? { query } : {}),
    });
  }

  private browse(request: OperationRequest): Promise<Reply> {
    const compact = request.pathParams.kind ?? oneParam(request.params, 'class') ?? '';
    const [prefix, local] = compact.split(':');
    const namespace = prefix ? PREFIXES[prefix] : undefined;
    const iri = request.pathParams.kind === undefined ? compact : namespace && local ? `${namespace}${local}` : '';
    if (!iri || !this.site.instances.has(iri)) {
      throw new AppError('not-found', `No kind of resource is called '${compact}' here; /browse/ lists them all.`);
    }
    const sortParam = oneParam(request.params, 'sort') ?? 'name';
    const sort: SortKey = SORT_KEYS.includes(sortParam as SortKey) ? (sortParam as SortKey) : 'name';
    const descending = oneParam(request.params, 'order') === 'desc';
    const page = this.pageNumber(request);
    checkPage(page, this.site.instances.get(iri)?.length ?? 0, this.site.data.pageItems);
    const params: Record<string, string> = {
      ...(request.pathParams.kind === undefined ? { class: iri } : {}),
      sort,
      ...(descending ? { order: 'desc' } : {}),
      ...(page > 1 ? { page: String(page) } : {}),
    };
    return this.html(
      request,
      ['browse', iri, sort, descending, page],
      (view) => ({ title: this.site.plural(iri, view.lang), body: kindBody(view, iri, sort, descending, page) }),
      params,
    );
  }

  private async search(request: OperationRequest): Promise<Reply> {
    const query = (oneParam(request.params, 'q') ?? '').slice(0, MAX_QUERY);
    const view = this.view(request);
    const json = oneParam(request.params, 'format') === 'json' || prefersJson(request.header('accept'));
    const limit = json ? 10 : 50;
    return this.cached(request, ['search', query, json, view.lang, view.carry], { Vary: NEGOTIATED }, async () => {
      const hits = this.site.search.search(query, limit);
      if (json) {
        return {
          body: JSON.stringify({ query, results: searchResults(view, hits) }),
          contentType: 'application/json; charset=utf-8',
        };
      }
      const body = searchBody(view, query, hits);
      const title = query ? `${view.t('results')} “${query}”` : view.t('search');
      return {
        body: this.frame(view, request.path, title, body, undefined, query ? { q: query } : {}, query),
        contentType: CONTENT_TYPE.html,
      };
    });
  }

  private async download(request: OperationRequest): Promise<Reply> {
    const name = decoded(request.path.replace(/^\/downloads\//, ''));
    const dump = (await this.dumps()).find((d) => d.name === name);
    if (!dump) throw new AppError('not-found', `No download is called '${name}'; /downloads/ lists them.`);
    const etag = `"${dump.sha256}"`;
    const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL, 'Content-Type': `${dump.mediaType}; charset=utf-8` };
    if (matchesEtag(request.header('if-none-match'), etag)) return { status: 304, headers, body: '' };
    return { status: 200, headers, body: dump.text };
  }

  /** The VoID and DCAT description (RDF), or the downloads page for a browser. */
  private async dataset(request: OperationRequest): Promise<Reply> {
    const format = negotiatePage(request.header('accept'));
    if (format === 'html') return this.operations().downloads(request);
    return this.cached(request, ['void', format, request.baseUrl], { Vary: 'Accept' }, async () => ({
      body: writeVoid(voidQuads(this.site, await this.dumps(), request.baseUrl), format),
      contentType: CONTENT_TYPE[format],
    }));
  }

  /** Any IRI under the public base: its page, or its description in RDF. */
  private async dereference(request: OperationRequest): Promise<Reply> {
    const { iri, format: bySuffix } = this.site.iris.resolve(request.path, (i) => this.site.known(i));
    if (!this.site.known(iri)) throw this.notFound(request, iri, bySuffix ?? acceptsHtml(request.header('accept')));
    const format = bySuffix ?? negotiatePage(request.header('accept'));
    const headers: Record<string, string> = bySuffix
      ? {}
      : { Vary: NEGOTIATED, 'Content-Location': `${request.path}${SUFFIX_OF[format]}` };
    headers.Link = this.alternates(iri);
    if (format !== 'html') {
      return this.cached(request, ['rdf', iri, format, request.baseUrl], headers, async () => ({
        body: await this.runner.describe(this.descriptionJob(iri, format, request.baseUrl), request.client),
        contentType: CONTENT_TYPE[format],
      }));
    }
    const view = this.view(request);
    // A source's page lists what it says a page of subjects at a time; other pages have one page.
    const source = this.site.sources.get(iri);
    const page = source ? this.pageNumber(request) : 1;
    if (source) checkPage(page, source.subjects, this.site.data.pageItems);
    return this.cached(request, ['html', iri, view.lang, view.carry, page], headers, async () => {
      const title = view.name(iri).text;
      const body = await this.entityBody(view, iri, page, request.client);
      return {
        body: this.frame(
          view,
          request.path.replace(/\.html$/, ''),
          title,
          body,
          this.alternateLinks(iri),
          page > 1 ? { page: String(page) } : {},
        ),
        contentType: CONTENT_TYPE.html,
      };
    });
  }

  private async entityBody(view: View, iri: string, page: number, client: string): Promise<Html> {
    const data = await this.runner.entity(iri, client);
    if (this.site.data.index.ontologies.includes(iri)) return ontologyBody(view, data);
    if (this.site.sources.has(iri)) {
      const size = this.site.data.pageItems;
      const said = await this.runner.source({ graph: iri, offset: (page - 1) * size, limit: size }, client);
      return sourceBody(view, data, said, page);
    }
    return entityBody(view, data);
  }

  private descriptionJob(iri: string, format: Exclude<PageFormat, 'html'>, baseUrl: string): DescriptionJob {
    const sources = this.site.data.index.sources;
    const index = sources.findIndex((s) => s.graph === iri);
    const links =
      index >= 0
        ? [{ s: iri, p: 'http://rdfs.org/ns/void#dataDump', o: `${baseUrl}/downloads/${graphFileName(iri, index)}` }]
        : [];
    return { iri, format, parts: this.site.documents.get(iri) ?? [], links };
  }

  /** The Link header: the same description in every format. */
  private alternates(iri: string): string {
    const path = this.site.iris.pathOf(iri) ?? '';
    return (Object.keys(SUFFIX_OF) as PageFormat[])
      .map((format) => `<${path}${SUFFIX_OF[format]}>; rel="alternate"; type="${CONTENT_TYPE[format].split(';')[0]}"`)
      .join(', ');
  }

  private alternateLinks(iri: string): Html {
    const path = this.site.iris.pathOf(iri) ?? '';
    const formats = (Object.keys(SUFFIX_OF) as PageFormat[]).filter((f) => f !== 'html');
    return html`${formats.map((f) => html`<link rel="alternate" type="${CONTENT_TYPE[f].split(';')[0]}" href="${path}${SUFFIX_OF[f]}">`)}`;
  }

  private notFound(request: OperationRequest, iri: string, format: PageFormat): AppError {
    const message = `Nothing at ${request.path}: no statement is about <${iri}> or points at it. Search the graph at /search?q=…; the SPARQL endpoint is /sparql; the home page is /.`;
    if (format !== 'html') return new AppError('not-found', message, { vary: NEGOTIATED });
    const view = this.view(request);
    const words = (iri.slice(this.site.iris.base.length).split(/[#/]/).filter(Boolean).pop() ?? '')
      .replace(/\.\w+$/, '')
      .replace(/[-_]+/g, ' ');
    const hits = words ? this.site.search.search(words, 8) : [];
    const html = this.frame(view, request.path, view.t('notFound'), notFoundBody(view, iri, hits));
    return new AppError('not-found', message, { page: html, vary: NEGOTIATED });
  }
}

/** For a 404: a page for clients that take HTML, plain words for the others. */
function acceptsHtml(accept: string | undefined): PageFormat {
  try {
    return negotiatePage(accept) === 'html' ? 'html' : 'turtle';
  } catch {
    return 'turtle';
  }
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new AppError('bad-request', 'The URL holds a malformed percent-encoding.');
  }
}

/** A page past the end of its list (`count` items, `size` to a page) is not found. */
function checkPage(page: number, count: number, size: number): void {
  const last = pageCount(count, size);
  if (page > last)
    throw new AppError('not-found', `This list has ${last} page${last === 1 ? '' : 's'}; there is no page ${page}.`);
}
