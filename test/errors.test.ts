// The one error type: kinds, context, and the codec that carries errors across the worker boundary.
import { describe, expect, it } from 'vitest';
import { AppError, fromWire, isAppError, located, toWire } from '../src/errors.ts';

describe('AppError', () => {
  it('should carry its kind and context through the worker codec unchanged', () => {
    const error = new AppError('syntax', 'bad.ttl:3:7: unexpected dot', { file: 'bad.ttl', line: 3, column: 7 });
    const copy = fromWire(structuredClone(toWire(error)));
    expect(copy).toBeInstanceOf(AppError);
    expect(copy).toMatchObject({
      kind: 'syntax',
      message: 'bad.ttl:3:7: unexpected dot',
      context: { line: 3, column: 7 },
    });
  });

  it('should turn any other thrown value into an internal error that keeps its story for the log', () => {
    const wire = toWire(new RangeError('Maximum call stack size exceeded'));
    expect(wire.kind).toBe('internal');
    expect(wire.message).toMatch(/^RangeError: Maximum call stack size exceeded/);
    expect(toWire('a string')).toEqual({ kind: 'internal', message: 'a string', context: {} });
  });

  it('should tell its own kinds apart', () => {
    const error = new AppError('timeout', 'too slow');
    expect(isAppError(error)).toBe(true);
    expect(isAppError(error, 'timeout', 'overloaded')).toBe(true);
    expect(isAppError(error, 'syntax')).toBe(false);
    expect(isAppError(new Error('x'))).toBe(false);
  });

  it('should place a message at file:line:column as far as it is known', () => {
    expect(located({ file: 'a.ttl', line: 2, column: 5 }, 'oops')).toBe('a.ttl:2:5: oops');
    expect(located({ file: 'a.ttl' }, 'oops')).toBe('a.ttl: oops');
    expect(located({}, 'oops')).toBe('oops');
  });
});
