// Connections per client address. SUMMIT_KG_MAX_CONNECTIONS bounds them all, so without a share
// per address one client could hold every connection (1,100 idle sockets from one address shut
// everyone else out). A trusted proxy speaks for many clients: its connections are not counted.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import proxyAddr from 'proxy-addr';
import { Tally } from '../tally.ts';

export const CLIENT_CONNECTIONS_SETTING = 'SUMMIT_KG_MAX_CLIENT_CONNECTIONS';

/**
 * The client an address stands for, in every per-client limit: an IPv4 address itself (also when
 * mapped into IPv6), an IPv6 address by its /64, the smallest network a host is usually given.
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = [...front, ...Array(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group || '0', 16).toString(16))
    .join(':')}::/64`;
}

/** The client a request comes from: its address as express reads it (through trusted proxies), as clientKey counts it. */
export const clientOf = (req: { ip?: string; socket: Socket }) => clientKey(req.ip ?? req.socket.remoteAddress ?? '');

/** A connection past its address's share is answered this soon, or closed if it sends nothing. */
const OVER_SHARE_IDLE_MS = 1000;

/**
 * SUMMIT_KG_TRUST_PROXY read once, for express (req.ip) and for counting connections alike: whether
 * the address `hop` steps from the server is a trusted proxy. Nothing by default, a hop count, or
 * addresses, subnets and names such as loopback.
 */
export function trustedProxy(trustProxy: string): (address: string, hop: number) => boolean {
  const value = trustProxy.trim();
  if (value === '') return () => false;
  if (/^\d+$/.test(value)) return (_address, hop) => hop < Number(value);
  return proxyAddr.compile(value.split(',').map((entry) => entry.trim()));
}

export class ClientConnections {
  private readonly open = new Tally();
  private readonly overShare = new WeakSet<Socket>();

  constructor(
    private readonly maxPerClient: number,
    private readonly trusted: (address: string, hop: number) => boolean,
    private readonly retryAfterSeconds: number,
  ) {}

  /** Counts a new connection; one past its address's share is marked, to be refused and closed. */
  accept(socket: Socket): void {
    // The connection's own address is hop 0.
    if (!socket.remoteAddress || this.trusted(socket.remoteAddress, 0)) return;
    const address = clientKey(socket.remoteAddress);
    const count = this.open.add(address, +1);
    socket.once('close', () => this.open.add(address, -1));
    if (count > this.maxPerClient) {
      this.overShare.add(socket);
      socket.setTimeout(OVER_SHARE_IDLE_MS, () => socket.destroy());
    }
  }

  /** Answers a request on a connection past its address's share with 429, and closes it; false for any other. */
  refuse(req: IncomingMessage, res: ServerResponse): boolean {
    if (!this.overShare.has(req.socket)) return false;
    const open = this.open.get(clientKey(req.socket.remoteAddress ?? ''));
    const body = Buffer.from(
      `This address has ${open} connections open, over the ${this.maxPerClient} one client may hold (${CLIENT_CONNECTIONS_SETTING}): send requests on the ones it has (keep-alive), or close some.\n`,
    );
    res.writeHead(429, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': body.length,
      'Retry-After': String(this.retryAfterSeconds),
      Connection: 'close',
    });
    res.end(body);
    return true;
  }
}
