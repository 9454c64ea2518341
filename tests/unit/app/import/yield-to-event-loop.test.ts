import { readFile } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { yieldToEventLoop } from '../../../../shared/app/import/jobs';

/** Runs `body` inside an I/O callback, where Node runs immediates before timers (a fixed order). */
function insideIoCallback(body: () => Promise<string[]>): Promise<string[]> {
  return new Promise((resolve, reject) => readFile(import.meta.filename, () => body().then(resolve, reject)));
}

describe('yieldToEventLoop', () => {
  it('resumes before a timer due now: no 1 ms timer floor between the chunks of a long import', async () => {
    const order = await insideIoCallback(async () => {
      const seen: string[] = [];
      const timer = new Promise<void>((resolve) =>
        setTimeout(() => {
          seen.push('timer');
          resolve();
        }, 0),
      );
      await yieldToEventLoop();
      seen.push('resumed');
      await timer;
      return seen;
    });
    expect(order).toEqual(['resumed', 'timer']);
  });

  it('falls back to a timer where the runtime has no setImmediate', async () => {
    vi.stubGlobal('setImmediate', undefined);
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    try {
      await yieldToEventLoop();
      expect(timeout).toHaveBeenCalledWith(expect.any(Function), 0);
    } finally {
      timeout.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});
