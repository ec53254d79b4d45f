// Request bodies are admitted only while the bodies already held leave room for them (routes.ts
// reads them, within their route's own limit). Without this bound, hundreds of large uploads
// arriving at once were all read into memory before any queue could refuse their jobs: 400 uploads
// of 4 MiB took the process to 3.4 GiB, and it kept 2 GiB afterwards.
import type { Request, Response } from 'express';
import { AppError } from '../errors.ts';
import { Tally } from '../tally.ts';
import { clientOf } from './connections.ts';

/** A route's largest body, the setting it comes from, and how it is derived from it when it is not the setting's own value. */
export interface BodyLimit {
  bytes: number;
  setting: string;
  derived?: string;
}

export const BODY_MEMORY_SETTING = 'SUMMIT_KG_MAX_BODY_MEMORY_BYTES';

/** The bytes of request bodies held at once, from admission until the job is done and its answer sent. */
export class BodyBudget {
  private held = 0;
  private readonly byClient = new Tally();

  constructor(
    readonly maxBytes: number,
    private readonly retryAfterSeconds: number,
  ) {}

  get heldBytes(): number {
    return this.held;
  }

  /**
   * Reserves room for the body `req` announces, before a byte of it is read, or refuses: 503 when
   * the room is full, 429 past the client's share of it. A body whose size is not known in advance
   * (chunked, or compressed) counts as the route's limit.
   * The room is given back once the answer is sent (or its connection closed) and `settled` has
   * resolved: a job whose client went away still holds its body until it has run.
   */
  admit(req: Request, res: Response, limit: BodyLimit, settled: Promise<unknown>): void {
    const bytes = announcedBytes(req, limit);
    if (bytes === 0) return;
    if (this.held + bytes > this.maxBytes) {
      throw new AppError(
        'overloaded',
        `The server is holding ${this.held} bytes of request bodies, and this one of up to ${bytes} bytes would pass the limit of ${this.maxBytes} (${BODY_MEMORY_SETTING}); try again shortly.`,
        { limit: { setting: BODY_MEMORY_SETTING, value: this.maxBytes }, retryAfterSeconds: this.retryAfterSeconds },
      );
    }
    // One client may hold a quarter of the room, or one body of any size: a few slow uploads from one
    // address cannot keep everyone else's out until their request timeout.
    const client = clientOf(req);
    const mine = this.byClient.get(client);
    const share = Math.max(limit.bytes, Math.floor(this.maxBytes / 4));
    if (mine > 0 && mine + bytes > share) {
      throw new AppError(
        'rate-limited',
        `This client is sending ${mine} bytes of request bodies already, and one client may hold a quarter of the ${this.maxBytes} the server holds at once (${BODY_MEMORY_SETTING}); try again once they are answered.`,
        { limit: { setting: BODY_MEMORY_SETTING, value: this.maxBytes }, retryAfterSeconds: this.retryAfterSeconds },
      );
    }
    this.held += bytes;
    this.byClient.add(client, bytes);
    Promise.allSettled([closedOf(req, res), settled]).then(() => {
      this.held -= bytes;
      this.byClient.add(client, -bytes);
    });
  }
}

/**
 * Resolves when the answer is sent or can no longer be: a response waiting behind another on a
 * kept-alive connection never closes when the client hangs up, its socket does.
 */
function closedOf(req: Request, res: Response): Promise<void> {
  return new Promise((resolve) => {
    if (res.closed || req.socket.destroyed) return resolve();
    const done = () => {
      res.off('close', done);
      req.socket.off('close', done);
      resolve();
    };
    res.once('close', done);
    req.socket.once('close', done);
  });
}

/** What a body will take once read: nothing, its Content-Length, or the route's limit when neither bounds it better. */
function announcedBytes(req: Request, limit: BodyLimit): number {
  const length = req.headers['content-length'];
  const encoded = (req.headers['content-encoding'] ?? 'identity').toLowerCase() !== 'identity';
  if (req.headers['transfer-encoding'] === undefined && length === undefined) return 0;
  const declared = Number(length);
  if (length === undefined || encoded || !Number.isSafeInteger(declared)) return limit.bytes;
  // Over the limit, the body is never kept: body-parser answers 413 at once and reads it off.
  return declared > limit.bytes ? 0 : declared;
}
