import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWindowStateStore, WINDOW_STATE_FILE } from '../../../electron/store';
import { useTempDirectories } from './fixtures';

const tempDirectory = useTempDirectories();

describe('window state', () => {
  it('is null until set, then remembered across a restart', async () => {
    const directory = await tempDirectory();
    const windowState = openWindowStateStore({ directory });
    expect(windowState.get()).toBeNull();
    windowState.set({ x: -1200, y: 40, width: 1280, height: 800, maximized: false });
    expect(openWindowStateStore({ directory }).get()).toEqual({
      x: -1200,
      y: 40,
      width: 1280,
      height: 800,
      maximized: false,
    });
    windowState.set({ width: 1024, height: 700, maximized: true });
    expect(openWindowStateStore({ directory }).get()).toEqual({ width: 1024, height: 700, maximized: true });
  });

  it('refuses bounds no window can have', async () => {
    const directory = await tempDirectory();
    const windowState = openWindowStateStore({ directory });
    expect(() => windowState.set({ width: 0, height: 700, maximized: false })).toThrow();
    expect(() => windowState.set({ width: 800.5, height: 700, maximized: false })).toThrow();
    expect(windowState.get()).toBeNull();
  });

  it.each([
    ['not JSON', '{"width":'],
    ['failing the schema', JSON.stringify({ width: 'wide', height: 700, maximized: false })],
  ])('moves a file %s aside and starts over', async (_, text) => {
    const directory = await tempDirectory();
    writeFileSync(join(directory, WINDOW_STATE_FILE), text);
    expect(openWindowStateStore({ directory }).get()).toBeNull();
    expect(readdirSync(directory)).toEqual([expect.stringMatching(/^window-state\.damaged-\d{8}T\d{9}Z\.json$/)]);
  });
});
