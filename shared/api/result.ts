/**
 * Expected failures travel as values: Electron carries only an Error's message across IPC,
 * and the renderer needs the code and every problem's place to show them.
 */
export type AppErrorCode = 'invalid' | 'not_found' | 'conflict' | 'in_use' | 'refused' | 'internal';

/** One thing wrong with an input, with its place (`Observations!E17`, `zone.name`). */
export interface Problem {
  place?: string;
  found?: string;
  expected?: string;
  message: string;
}

export interface AppError {
  code: AppErrorCode;
  message: string;
  problems?: Problem[];
  /** Counts or ids the UI may show (for example what still uses a zone). */
  details?: Record<string, number | string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(
  code: AppErrorCode,
  message: string,
  extra: Omit<AppError, 'code' | 'message'> = {},
): { ok: false; error: AppError } {
  return { ok: false, error: { code, message, ...extra } };
}

export function errorMessage(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
