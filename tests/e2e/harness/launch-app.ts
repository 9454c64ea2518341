import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  API_CHANNEL_PREFIX,
  API_METHODS,
  SHELL_CHANNELS,
  type AppHandlers,
  type MenuCommand,
  type Preferences,
  type Screen,
} from '../../../shared/api';
import { createHandlers, systemClock, type Clock } from '../../../shared/app';
import {
  openDatasetStore,
  openPreferencesStore,
  type OpenedDatasetStore,
  type OpenedPreferencesStore,
} from '../../../electron/store';
import { appPage, isTrustedSender, type SenderFrame } from '../../../electron/main/app-page';
import { contentSecurityPolicy } from '../../../electron/main/csp';
import { bindApi } from '../../../electron/main/ipc';
import { bindShell } from '../../../electron/main/shell-ipc';
import { FileRegistry } from '../../../electron/files/file-registry';
import { nodeRawDeflate } from '../../../electron/files/raw-deflate';
import { launchChromium } from './chromium';
import { FakeIpcMain } from './fake-ipc-main';
import { pageBridgeScript } from './page-bridge';
import { assertRendererBuilt, PROJECT_ROOT, RENDERER_BUILD, SCREENSHOT_DIR } from './paths';
import { ShellDouble } from './shell-double';
import { serveDirectory } from './static-server';

const BINDING = '__zoneStatsInvoke';
const MENU_HOOK = '__zoneStatsMenuCommand';
/** The harness's stand-in for the preload's `webUtils.getPathForFile`: answered here, never by main. */
const PATH_FOR_FILE = 'e2e:pathForFile';

export interface LaunchOptions {
  /** An existing data folder, kept after close; by default a fresh temporary one, removed on close. */
  storeDir?: string;
  /** Stored before the page loads, as if chosen in an earlier session. */
  preferences?: Partial<Preferences>;
  /** The screen to open first (the location hash). */
  screen?: Screen;
  /** The operating system's light or dark setting (prefers-color-scheme). */
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  clock?: Clock;
}

export interface AppUnderTest {
  page: Page;
  context: BrowserContext;
  /** The data folder the store and preferences live in. */
  directory: string;
  /** The current store, handlers and preferences (restart() replaces them). */
  readonly store: OpenedDatasetStore;
  readonly handlers: AppHandlers;
  readonly preferences: OpenedPreferencesStore;
  /** The dialogs' stand-in: queue files to open, see what was saved or revealed. */
  shell: ShellDouble;
  /** Console errors and uncaught exceptions of the page (a CSP violation shows up here). */
  errors: string[];
  /** Loads the app afresh at this screen (stored preferences are read again). */
  goto(screen: Screen): Promise<void>;
  reload(): Promise<void>;
  /** As quitting and starting the app: the store is closed, opened again from disk, the page reloaded. */
  restart(): Promise<void>;
  /** What a native menu item would send. */
  menuCommand(command: MenuCommand): Promise<void>;
  /** Saves test-artifacts/e2e/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

interface Services {
  store: OpenedDatasetStore;
  preferences: OpenedPreferencesStore;
  handlers: AppHandlers;
  ipc: FakeIpcMain;
}

/**
 * The built renderer in Chromium, its `window.api` and `window.shell` bound to main's own IPC
 * bindings (sender check, argument validation) over the real use cases and a store on disk.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<AppUnderTest> {
  assertRendererBuilt();
  const workDirectory = await mkdtemp(path.join(tmpdir(), 'zone-stats-e2e-'));
  const directory = options.storeDir ?? path.join(workDirectory, 'data');
  mkdirSync(directory, { recursive: true });
  const clock = options.clock ?? systemClock;
  const appVersion = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version as string;
  // The policy main puts on every response of the packaged app, on top of the page's own meta tag.
  const server = await serveDirectory(RENDERER_BUILD, { csp: contentSecurityPolicy() });
  const servedPage = appPage(server.url, path.join(RENDERER_BUILD, 'index.html'));
  const isTrusted = (frame: SenderFrame | null) => isTrustedSender(frame, servedPage);
  const shell = new ShellDouble(workDirectory);

  async function openServices(): Promise<Services> {
    const store = await openDatasetStore({ directory, clock });
    const preferences = openPreferencesStore({ directory });
    const files = new FileRegistry();
    const handlers = createHandlers({
      store,
      preferences,
      clock,
      application: { name: 'Zone Stats', version: appVersion },
      files,
      deflate: nodeRawDeflate,
    });
    const ipc = new FakeIpcMain();
    bindApi(ipc, handlers, { isTrusted, log: () => undefined });
    bindShell(
      ipc,
      shell.deps({
        appVersion,
        dataDirectory: directory,
        maxOpenBytes: () => preferences.get().importSizeLimitMb * 1024 * 1024,
        isTrusted,
        files,
      }),
    );
    return { store, preferences, handlers, ipc };
  }

  let services = await openServices();
  if (options.preferences) services.preferences.set(options.preferences);

  const context = await launchChromium({
    userDataDir: path.join(workDirectory, 'chromium-profile'),
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-US',
  });
  await context.exposeBinding(BINDING, async (source, channel: string, argJson: string | undefined) => {
    const frame: SenderFrame = { url: source.frame.url(), parent: source.frame.parentFrame() };
    const arg: unknown = argJson === undefined ? undefined : JSON.parse(argJson);
    if (channel === PATH_FOR_FILE) return JSON.stringify(shell.pathForFile(String(arg)));
    const reply = await services.ipc.invoke(
      channel,
      { senderFrame: frame },
      channel === SHELL_CHANNELS.saveFile ? withBytes(arg) : arg,
    );
    return reply === undefined ? undefined : JSON.stringify(reply);
  });
  await context.addInitScript({
    content: pageBridgeScript({
      binding: BINDING,
      methods: API_METHODS,
      apiPrefix: API_CHANNEL_PREFIX,
      shellChannels: SHELL_CHANNELS,
      pathForFileChannel: PATH_FOR_FILE,
      menuHook: MENU_HOOK,
    }),
  });

  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  if (process.env.E2E_DEBUG) {
    page.on('console', (message) => console.log('[page]', message.type(), message.text()));
    page.on('pageerror', (error) => console.log('[page error]', error.message));
  }

  const ready = () => page.locator('.app').waitFor();
  await page.goto(`${server.url}#/${options.screen ?? 'entry'}`);
  await ready();

  const app: AppUnderTest = {
    page,
    context,
    directory,
    get store() {
      return services.store;
    },
    get handlers() {
      return services.handlers;
    },
    get preferences() {
      return services.preferences;
    },
    shell,
    errors,
    async goto(screen) {
      // A fresh document, even when only the hash would change (which would not reload the page).
      await page.goto('about:blank');
      await page.goto(`${server.url}#/${screen}`);
      await ready();
    },
    async reload() {
      await page.reload();
      await ready();
    },
    async restart() {
      await services.store.close();
      services = await openServices();
      await app.reload();
    },
    async menuCommand(command) {
      await page.evaluate(([hook, sent]) => (window as unknown as Record<string, (c: unknown) => void>)[hook]?.(sent), [
        MENU_HOOK,
        command,
      ] as const);
    },
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      return file;
    },
    async close() {
      await context.close();
      await server.close();
      await services.store.close();
      await rm(workDirectory, { recursive: true, force: true });
    },
  };
  return app;
}

/** Bytes the page sent as a list of numbers (JSON has no bytes) as the Uint8Array structured clone would deliver. */
function withBytes(arg: unknown): unknown {
  if (typeof arg !== 'object' || arg === null || !Array.isArray((arg as { bytes?: unknown }).bytes)) return arg;
  return { ...arg, bytes: Uint8Array.from((arg as { bytes: number[] }).bytes) };
}
