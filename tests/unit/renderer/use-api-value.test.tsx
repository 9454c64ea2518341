import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppApi, Result, SampleStatus } from '../../../shared/api';
import { announceDatasetReplaced } from '../../../renderer/api';
import { useApiValue } from '../../../renderer/data/use-api-value';

/** Answers to getSampleStatus that the test settles by hand, in any order. */
function pendingAnswers() {
  const waiting: ((result: Result<unknown>) => void)[] = [];
  window.api = {
    getSampleStatus: () => new Promise((resolve) => waiting.push(resolve)),
  } as unknown as AppApi;
  return {
    get count() {
      return waiting.length;
    },
    answer: (index: number, result: Result<unknown>) => act(async () => waiting[index]?.(result)),
  };
}

const OFFERED: SampleStatus = { active: false, offered: true };
const ACTIVE: SampleStatus = { active: true, offered: false };
const offered = { ok: true, value: OFFERED } as const;
const open = { ok: true, value: ACTIVE } as const;

describe('useApiValue', () => {
  afterEach(cleanup);

  it('keeps the newest answer: an older one arriving late never overwrites it', async () => {
    const answers = pendingAnswers();
    const { result } = renderHook(() => useApiValue('getSampleStatus', {}));
    await waitFor(() => expect(answers.count).toBe(1));
    let reloaded: Promise<void> | undefined;
    act(() => {
      reloaded = result.current.reload();
    });
    await waitFor(() => expect(answers.count).toBe(2));

    await answers.answer(1, open);
    await act(async () => reloaded);
    expect(result.current).toMatchObject({ status: 'ready', value: ACTIVE });
    await answers.answer(0, offered);
    expect(result.current).toMatchObject({ status: 'ready', value: ACTIVE });
  });

  it('reads again when the dataset is replaced, unless told not to follow it', async () => {
    const answers = pendingAnswers();
    renderHook(() => useApiValue('getSampleStatus', {}));
    renderHook(() => useApiValue('getSampleStatus', {}, { followDataset: false }));
    await waitFor(() => expect(answers.count).toBe(2));
    act(() => announceDatasetReplaced());
    await waitFor(() => expect(answers.count).toBe(3));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answers.count).toBe(3);
  });

  it('keeps the last value on a failure, and shows a value another call answered with', async () => {
    const answers = pendingAnswers();
    const { result } = renderHook(() => useApiValue('getSampleStatus', {}));
    await waitFor(() => expect(answers.count).toBe(1));
    await answers.answer(0, offered);
    act(() => void result.current.reload());
    await waitFor(() => expect(answers.count).toBe(2));
    await answers.answer(1, { ok: false, error: { code: 'internal', message: 'gone' } });
    expect(result.current).toMatchObject({ status: 'failed', value: OFFERED, error: { message: 'gone' } });

    act(() => result.current.replace(ACTIVE));
    expect(result.current).toMatchObject({ status: 'ready', value: ACTIVE });
  });
});
