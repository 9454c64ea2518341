import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectGarbage } from '../../../../electron/cli/collect-garbage';

describe('collectGarbage', () => {
  const exposed = globalThis as { gc?: () => void };
  const before = exposed.gc;
  afterEach(() => {
    exposed.gc = before;
  });

  it("runs V8's full collection where the process exposes it (the bin's --expose-gc)", () => {
    exposed.gc = vi.fn();
    collectGarbage();
    expect(exposed.gc).toHaveBeenCalledTimes(1);
  });

  it('does nothing where it is not exposed (npm run cli, tests)', () => {
    delete exposed.gc;
    expect(() => collectGarbage()).not.toThrow();
  });
});
