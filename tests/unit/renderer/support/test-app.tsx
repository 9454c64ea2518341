import { cleanup, render, screen, type RenderResult } from '@testing-library/react';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach } from 'vitest';
import {
  API_CHANNEL_PREFIX,
  API_METHODS,
  DEFAULT_PREFERENCES,
  type AppApi,
  type AppHandlers,
  type AppShell,
  type MenuCommand,
  type OpenedFile,
  type Preferences,
} from '../../../../shared/api';
import { createHandlers, systemClock } from '../../../../shared/app';
import { bindApi } from '../../../../electron/main/ipc';
import { FileRegistry } from '../../../../electron/files/file-registry';
import { openDatasetStore, openPreferencesStore, type OpenedDatasetStore } from '../../../../electron/store';
// For its `declare global`: window.api and window.shell.
import '../../../../renderer/api';
import { AppProviders, Root } from '../../../../renderer/app/Root';
import { createI18n } from '../../../../renderer/i18n';
import { FakeIpcMain } from '../../../e2e/harness/fake-ipc-main';

export interface TestApp {
  handlers: AppHandlers;
  store: OpenedDatasetStore;
  /** The registry the handlers read files from by handle (main's, in the app). */
  files: FileRegistry;
  /** Bytes written to a file in the temporary folder and registered for reading, as main's open dialog does. */
  openable(name: string, bytes: Uint8Array): Promise<OpenedFile>;
  /** Sends a native menu command to the page's listeners. */
  menuCommand(command: MenuCommand): void;
  /** The whole app at `hash`, resolved once the screen (a lazy chunk) shows its heading. */
  render(options?: { preferences?: Partial<Preferences>; hash?: string }): Promise<RenderResult>;
  /** One component inside the app's providers. */
  renderWithin(element: ReactElement, options?: { preferences?: Partial<Preferences> }): Promise<RenderResult>;
  dispose(): Promise<void>;
}

/**
 * The renderer's Root over the real use cases and a store in a temporary folder, with
 * `window.api` bound through main's own IPC binding (JSON in between, as across IPC).
 */
export async function openTestApp(prepare?: (directory: string) => Promise<void>): Promise<TestApp> {
  const directory = await mkdtemp(path.join(tmpdir(), 'zone-stats-dom-'));
  // What the data folder holds before the app opens it (a damaged file, say).
  await prepare?.(directory);
  const store = await openDatasetStore({ directory });
  const preferences = openPreferencesStore({ directory });
  const files = new FileRegistry();
  const handlers = createHandlers({ store, preferences, clock: systemClock, files });
  const ipc = new FakeIpcMain();
  bindApi(ipc, handlers, { isTrusted: () => true, log: () => undefined });

  const api: Record<string, (arg: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    api[method] = async (arg) => {
      const reply = await ipc.invoke(
        `${API_CHANNEL_PREFIX}${method}`,
        { senderFrame: null },
        JSON.parse(JSON.stringify(arg ?? null)),
      );
      return JSON.parse(JSON.stringify(reply));
    };
  }
  const listeners = new Set<(command: MenuCommand) => void>();
  const shell: AppShell = {
    openFile: async () => ({ ok: true, value: null }),
    openDroppedFile: async () => ({ ok: false, error: { code: 'refused', message: 'no drops in this test' } }),
    saveFile: async () => null,
    chooseSaveTarget: async () => ({ ok: true, value: null }),
    revealInFolder: async () => undefined,
    appVersion: async () => '0.1.0-test',
    onMenuCommand: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  window.api = api as AppApi;
  window.shell = shell;

  return {
    handlers,
    store,
    files,
    async openable(name, bytes) {
      const folder = `${directory}-picked`;
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, name), bytes);
      const registered = await files.registerRead(path.join(folder, name));
      if (!registered.ok) throw new Error(registered.message);
      const { id, sizeBytes, kind } = registered.handle;
      return { handle: id, name, sizeBytes, kind };
    },
    menuCommand: (command) => listeners.forEach((listener) => listener(command)),
    async render(options = {}) {
      const stored = preferences.set({ ...DEFAULT_PREFERENCES, ...options.preferences });
      window.location.hash = options.hash ?? '#/entry';
      const i18n = await createI18n(stored.language);
      const result = render(
        <I18nextProvider i18n={i18n}>
          <Root preferences={stored} />
        </I18nextProvider>,
      );
      await screen.findByRole('heading', { level: 1 });
      return result;
    },
    async renderWithin(element, options = {}) {
      const stored = preferences.set({ ...DEFAULT_PREFERENCES, ...options.preferences });
      const i18n = await createI18n(stored.language);
      return render(
        <I18nextProvider i18n={i18n}>
          <AppProviders preferences={stored}>{element}</AppProviders>
        </I18nextProvider>,
      );
    },
    async dispose() {
      await store.close();
      await rm(directory, { recursive: true, force: true });
      await rm(`${directory}-picked`, { recursive: true, force: true });
    },
  };
}

/** Registers hooks: each test gets a fresh app (after `setup`), unmounted and disposed after it. */
export function testAppPerTest(
  setup?: (app: TestApp) => Promise<void>,
  prepare?: (directory: string) => Promise<void>,
): () => TestApp {
  let app: TestApp | undefined;
  beforeEach(async () => {
    app = await openTestApp(prepare);
    await setup?.(app);
  });
  afterEach(async () => {
    cleanup();
    await app?.dispose();
    app = undefined;
  });
  return () => {
    if (!app) throw new Error('the test app exists only while a test runs');
    return app;
  };
}
