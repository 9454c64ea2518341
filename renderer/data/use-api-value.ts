import { useEffect, useState } from 'react';
import type { ApiMethod, ApiResults, AppError } from '../../shared/api';
import { call, type ApiArg } from '../api';
import { useDatasetGeneration } from './use-dataset-generation';

export type Loaded<T> =
  | { status: 'loading'; value: T | null }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: AppError; value: T | null };

/**
 * One API call kept current with its argument (compared by value); null skips the call. The last
 * value stays on screen while the next loads, so the tables do not flicker on every change.
 */
export function useApiValue<K extends ApiMethod>(method: K, arg: ApiArg<K> | null): Loaded<ApiResults[K]> {
  const key = arg === null ? null : JSON.stringify(arg);
  const generation = useDatasetGeneration();
  const [state, setState] = useState<{ key: string | null; loaded: Loaded<ApiResults[K]> }>({
    key: null,
    loaded: { status: 'loading', value: null },
  });

  useEffect(() => {
    if (key === null) return;
    let current = true;
    void call(method, JSON.parse(key) as ApiArg<K>).then((result) => {
      if (!current) return;
      setState((previous) => ({
        key,
        loaded: result.ok
          ? { status: 'ready', value: result.value }
          : { status: 'failed', error: result.error, value: previous.loaded.value },
      }));
    });
    return () => {
      current = false;
    };
  }, [method, key, generation]);

  if (key === null) return { status: 'loading', value: null };
  if (state.key !== key && state.loaded.status !== 'loading') return { status: 'loading', value: state.loaded.value };
  return state.loaded;
}
