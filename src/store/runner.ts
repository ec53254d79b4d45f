// The query runner of `serve --store`: a worker plans the query (parse, size and SERVICE checks,
// format negotiation) as it would for the embedded store, then the query goes to the external
// store with the union default graph as its default graph and the published named graphs as its
// named graphs (so GRAPH ?g never answers the union's IRI), under the same time limit. The store's
// answer is passed through when it is in the negotiated format, converted in a worker otherwise.
// Federated queries (SERVICE) run in a worker, on its copy of the graph, as they do without a store.
import { AppError, isAppError } from '../errors.ts';
import { mediaTypeOf } from '../operation.ts';
import {
  checkAnswerSize,
  contentType,
  type DatasetChoice,
  overClientShare,
  type QueryAnswer,
  type QueryForm,
  type QueryJob,
  type QueryRunner,
  type ResultFormat,
} from '../sparql/index.ts';
import type { SparqlStore } from './client.ts';
import { acceptFor, type Conversion } from './convert.ts';

/** What a worker says about a query before it goes to the store. */
export interface RemotePlan {
  form: QueryForm;
  format: ResultFormat;
  dataset: DatasetChoice;
  /** The query names SERVICE endpoints: it runs on a worker's copy, with the allow-list. */
  federated: boolean;
}

/** The jobs this runner needs from the worker pool (WorkerPool has them). */
export interface RemoteHelpers extends QueryRunner {
  planRemote(job: QueryJob, client: string): Promise<RemotePlan>;
  convertAnswer(conversion: Conversion, client: string): Promise<string>;
}

export interface RemoteRunnerOptions {
  store: SparqlStore;
  helpers: RemoteHelpers;
  /** The named graph holding the union, the default graph of queries without a dataset. */
  unionGraph: string;
  /** The published named graphs: the named graphs of queries without a dataset. */
  namedGraphs: string[];
  timeoutMs: number;
  maxResultBytes: number;
  /** Sent with a time-out or a refusal (Retry-After), as the pool sends it. */
  retryAfterSeconds: number;
  /** Queries one client may have at the store at once (the pool's SUMMIT_KG_MAX_CLIENT_QUERIES). */
  maxClientQueries: number;
  /** Queries at the store at once, all clients together (SUMMIT_KG_MAX_QUEUE). */
  maxQueue: number;
}

export class RemoteRunner implements QueryRunner {
  /** Queries at the store, by client: the pool's limits hold for the time a query spends there too. */
  private readonly inFlight = new Map<string, number>();
  private total = 0;

  constructor(private readonly options: RemoteRunnerOptions) {}

  async runQuery(job: QueryJob, client: string): Promise<QueryAnswer> {
    const { helpers } = this.options;
    const plan = await helpers.planRemote(job, client);
    if (plan.federated) return helpers.runQuery(job, client);
    this.admit(client);
    this.inFlight.set(client, (this.inFlight.get(client) ?? 0) + 1);
    this.total += 1;
    try {
      return await this.ask(job, plan, client);
    } finally {
      this.total -= 1;
      const left = (this.inFlight.get(client) ?? 1) - 1;
      if (left > 0) this.inFlight.set(client, left);
      else this.inFlight.delete(client);
    }
  }

  /** 429 for a client over its share, 503 when the store already has as many queries as the queue may hold. */
  private admit(client: string): void {
    const { maxClientQueries, maxQueue, retryAfterSeconds } = this.options;
    if ((this.inFlight.get(client) ?? 0) >= maxClientQueries)
      throw overClientShare(maxClientQueries, retryAfterSeconds);
    if (this.total >= maxQueue) {
      throw new AppError(
        'overloaded',
        `Too many queries are waiting for the store (${maxQueue}, SUMMIT_KG_MAX_QUEUE); try again shortly.`,
        {
          retryAfterSeconds,
          limit: { setting: 'SUMMIT_KG_MAX_QUEUE', value: maxQueue },
        },
      );
    }
  }

  private async ask(job: QueryJob, plan: RemotePlan, client: string): Promise<QueryAnswer> {
    const { helpers, store, timeoutMs } = this.options;
    const mediaType = plan.format.mediaType;
    const response = await store
      .query(job.query, { accept: acceptFor(plan.form, mediaType), ...this.dataset(plan.dataset), timeoutMs })
      .catch((error: unknown) => {
        if (!isAppError(error, 'timeout')) throw error;
        throw new AppError('timeout', error.message, {
          ...error.context,
          retryAfterSeconds: this.options.retryAfterSeconds,
        });
      });
    const given = mediaTypeOf(response.contentType);
    const body =
      given === mediaType
        ? response.body
        : await helpers.convertAnswer(
            { body: response.body, from: response.contentType, to: mediaType, form: plan.form },
            client,
          );
    checkAnswerSize(body, this.options.maxResultBytes);
    return { body, contentType: contentType(plan.format), form: plan.form, federated: false };
  }

  /** The protocol's dataset parameters: the union and the named graphs, unless the request or the query chose. */
  private dataset(choice: DatasetChoice): { defaultGraphs?: string[]; namedGraphs?: string[] } {
    if (choice.kind === 'explicit') return { defaultGraphs: choice.defaultGraphs, namedGraphs: choice.namedGraphs };
    if (choice.kind === 'query') return {};
    return { defaultGraphs: [this.options.unionGraph], namedGraphs: this.options.namedGraphs };
  }
}
