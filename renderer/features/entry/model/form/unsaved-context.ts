import { createContext } from 'react';
import type { UnsavedEntries } from '../session/unsaved-entries';

/** Where a figure field says it holds text that could not be saved (see UnsavedEntries). */
export const UnsavedEntriesContext = createContext<UnsavedEntries | null>(null);
