import { z } from 'zod';
import { confEngine } from './conf-engine';
import type { StoreEngine } from './engine';
import { openSmallFile } from './small-file';

export const WINDOW_STATE_FILE = 'window-state.json';

const Coordinate = z.number().int().min(-100_000).max(100_000);
const Size = z.number().int().min(1).max(100_000);

/** Where the main window was: x and y are absent until the window has been placed once. */
export const WindowStateSchema = z.object({
  x: Coordinate.optional(),
  y: Coordinate.optional(),
  width: Size,
  height: Size,
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface WindowStateStore {
  get(): WindowState | null;
  set(state: WindowState): void;
}

export interface WindowStateStoreOptions {
  directory: string;
  engine?: StoreEngine;
}

/** The window's bounds in their own small file; a damaged file is moved aside and forgotten. */
export function openWindowStateStore({ directory, engine = confEngine }: WindowStateStoreOptions): WindowStateStore {
  const file = openSmallFile({
    directory,
    fileName: WINDOW_STATE_FILE,
    engine,
    parse: (content) => WindowStateSchema.safeParse(content).data ?? null,
  });
  let current = file.initial;
  return {
    get: () => (current ? { ...current } : null),
    set(state) {
      const next = WindowStateSchema.parse(state);
      file.save(next);
      current = next;
    },
  };
}
