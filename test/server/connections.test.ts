// The client an address stands for in every per-client limit.
import { describe, expect, it } from 'vitest';
import { clientKey, trustedProxy } from '../../src/server/connections.ts';

describe('clientKey', () => {
  it('should keep an IPv4 address, also mapped into IPv6, and group IPv6 by its /64', () => {
    expect(clientKey('192.0.2.7')).toBe('192.0.2.7');
    expect(clientKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    // Every address of a /64 is one client, however it is written.
    expect(clientKey('2001:db8:0:0:1::5')).toBe('2001:db8:0:0::/64');
    expect(clientKey('2001:db8::ffff:1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('2001:0db8:0000:0001::5')).toBe('2001:db8:0:1::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});

describe('trustedProxy', () => {
  it('should read SUMMIT_KG_TRUST_PROXY as express does', () => {
    expect(trustedProxy('')('127.0.0.1', 0)).toBe(false);
    expect(trustedProxy('loopback')('127.0.0.1', 0)).toBe(true);
    expect(trustedProxy('loopback')('192.0.2.7', 0)).toBe(false);
    expect(trustedProxy('192.0.2.0/24, 10.0.0.1')('192.0.2.7', 1)).toBe(true);
    // A hop count trusts that many hops from the server, whatever their addresses.
    expect(trustedProxy('1')('192.0.2.7', 0)).toBe(true);
    expect(trustedProxy('1')('192.0.2.7', 1)).toBe(false);
  });
});
