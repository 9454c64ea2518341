import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiMethod, ApiResults, AppError, Result } from '../../shared/api';
import { call, type ApiArg } from '../api';
import { useDatasetGeneration } from './use-dataset-generation';

export type Loaded<T> =
  | { status: 'loading'; value: T | null }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: AppError; value: T | null };

export type ApiValue<T> = Loaded<T> & {
  /** Reads the value again; resolves once the new value is in. */
  reload(): Promise<void>;
  /** Shows a value another call answered with (a restore answers with the new store info), without reading. */
  replace(value: T): void;
};

export interface ApiValueOptions {
  /** Read again when the dataset changes under the screen (another user's commit, another store). Default true. */
  followDataset?: boolean;
  /** Any other value that, when it changes, means the value must be read again (a session's reopen count). */
  readAgainOn?: string | number;
}

interface Shown<T> {
  key: string | null;
  loaded: Loaded<T>;
}

/**
 * One API call kept current with its argument (compared by value); null skips the call. The last
 * value stays on screen while the next loads, so the tables do not flicker on every change.
 */
export function useApiValue<K extends ApiMethod>(
  method: K,
  arg: ApiArg<K> | null,
  { followDataset = true, readAgainOn }: ApiValueOptions = {},
): ApiValue<ApiResults[K]> {
  const key = arg === null ? null : JSON.stringify(arg);
  const generation = useDatasetGeneration();
  const readAgain = `${followDataset ? generation : 0}|${readAgainOn ?? ''}`;
  const [state, setState] = useState<Shown<ApiResults[K]>>({ key: null, loaded: { status: 'loading', value: null } });
  // Only the newest request may land: an older answer arriving late never overwrites a newer one.
  const newest = useRef(0);

  const read = useCallback(
    async (requestKey: string) => {
      const request = ++newest.current;
      const result: Result<ApiResults[K]> = await call(method, JSON.parse(requestKey) as ApiArg<K>);
      if (request !== newest.current) return;
      setState((previous) => ({ key: requestKey, loaded: settled(result, previous.loaded.value) }));
    },
    [method],
  );

  useEffect(() => {
    if (key !== null) void read(key);
  }, [read, key, readAgain]);

  const reload = useCallback(async () => {
    if (key !== null) await read(key);
  }, [read, key]);

  const replace = useCallback(
    (value: ApiResults[K]) => {
      newest.current++;
      setState({ key, loaded: { status: 'ready', value } });
    },
    [key],
  );

  if (key === null) return { status: 'loading', value: null, reload, replace };
  if (state.key !== key && state.loaded.status !== 'loading') {
    return { status: 'loading', value: state.loaded.value, reload, replace };
  }
  return { ...state.loaded, reload, replace };
}

function settled<T>(result: Result<T>, previous: T | null): Loaded<T> {
  return result.ok
    ? { status: 'ready', value: result.value }
    : { status: 'failed', error: result.error, value: previous };
}
