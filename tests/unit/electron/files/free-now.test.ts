import { describe, expect, it } from 'vitest';
import { freeNow } from '../../../../electron/files/free-now';

describe('freeing a buffer at once', () => {
  it('detaches it where the runtime can', () => {
    const buffer = new ArrayBuffer(1024);
    freeNow(buffer);
    expect(buffer.byteLength).toBe(0);
  });

  it('leaves it to the collector, without failing, where the runtime has no transfer (Node 20)', () => {
    const buffer = new ArrayBuffer(1024);
    Object.defineProperty(buffer, 'transfer', { value: undefined });
    expect(() => freeNow(buffer)).not.toThrow();
    expect(buffer.byteLength).toBe(1024);
  });

  it('never touches shared memory', () => {
    const shared = new SharedArrayBuffer(1024);
    freeNow(shared);
    expect(shared.byteLength).toBe(1024);
  });
});
