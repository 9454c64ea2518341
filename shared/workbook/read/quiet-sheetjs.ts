// shared/ compiles without Node or DOM types: only the part of the console used here is declared.
declare const console: Record<'log' | 'warn' | 'error' | 'info' | 'debug', (...args: unknown[]) => void>;

const METHODS = ['log', 'warn', 'error', 'info', 'debug'] as const;

/**
 * Runs a SheetJS call with the console captured: SheetJS prints what it doubts ("ODS number
 * format may be incorrect: …") straight to stderr, where the command line's output and the app's
 * log would show it out of context. What it said comes back as warnings instead.
 * SheetJS is synchronous, so no other code runs while the console is borrowed.
 */
export function quietly<T>(run: () => T): { value: T; said: string[] } {
  const said: string[] = [];
  const saved = METHODS.map((method) => console[method]);
  for (const method of METHODS) {
    console[method] = (...args: unknown[]) => {
      if (said.length < 50)
        said.push(
          args
            .map((arg) => (typeof arg === 'string' ? arg : safeString(arg)))
            .join(' ')
            .slice(0, 300),
        );
    };
  }
  try {
    return { value: run(), said };
  } finally {
    METHODS.forEach((method, index) => {
      console[method] = saved[index]!;
    });
  }
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}
