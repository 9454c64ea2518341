import type { z } from 'zod';
import type { Problem } from './result';

/** zod issues as problems whose place is the field's path (`zone.name`, `observations.3.period`). */
export function problemsFromZod(error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const place = [prefix, path].filter(Boolean).join('.');
    return { place: place || undefined, message: issue.message };
  });
}
