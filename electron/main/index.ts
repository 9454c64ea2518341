import {
  app,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  type BrowserWindow,
} from 'electron';
import path from 'node:path';
import {
  DATA_LOCATION_CHANNELS,
  errorMessage,
  languageFromLocale,
  SHELL_CHANNELS,
  type MenuCommand,
} from '../../shared/api';
import { copyDataset, createHandlers, systemClock, type DatasetStore } from '../../shared/app';
import { createSampleSwitch, isSampleLaunch, sampleDataDirectory } from './sample-switch';
import { DATASET_FOLDER, openDatasetStore, openPreferencesStore, openWindowStateStore, PRODUCT_NAME } from '../store';
import { electronStoreEngine } from '../store/electron-store-engine';
import { openPgDatasetStore, testConnection } from '../store-pg';
import { appPage, isTrustedSender } from './app-page';
import { APP_SCHEME_PRIVILEGES, serveApp } from './app-protocol';
import { contentSecurityPolicy } from './csp';
import { bindDataLocation } from './data-location-ipc';
import { createDataLocationSettings } from './data-location-settings';
import { bindApi } from './ipc';
import { menuTemplate } from './menu';
import { onPreferencesSaved } from './preferences-listener';
import { guardApp, guardSession } from './security';
import { bindShell } from './shell-ipc';
import { FileRegistry } from '../files/file-registry';
import { nodeRawDeflate } from '../files/raw-deflate';
import { createMainWindow } from './window';
import { switchableHandlers } from './switchable-handlers';
import { restoreBounds } from './window-bounds';
import { createWorkerCodec } from './worker-codec';

/** The composition root: stores, use cases, IPC, menu and the one window. */
const devServerUrl = typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;
const page = appPage(devServerUrl, path.join(import.meta.dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}`));
const log = (message: string) => console.warn(`[zone-stats] ${message}`);

// A second process would open the same store: it hands over to the first and leaves.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch((cause: unknown) => {
    dialog.showErrorBox('Zone Stats could not start', errorMessage(cause));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  // Both before ready: every renderer sandboxed, and app:// a standard, secure scheme.
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);
  guardApp(app, page, log);
  await app.whenReady();
  if (page.kind === 'app') serveApp(protocol, page.root, contentSecurityPolicy(), (url) => net.fetch(url));
  guardSession(session.defaultSession, contentSecurityPolicy(devServerUrl));

  const userData = app.getPath('userData');
  // The folder the command line's defaultDataDirectory() finds too, so both see one dataset.
  const userDataDirectory = path.join(userData, DATASET_FOLDER);
  const dataDirectory = isSampleLaunch(process.argv) ? sampleDataDirectory(userDataDirectory) : userDataDirectory;
  const dataLocation = createDataLocationSettings({
    file: path.join(userData, 'data-location.json'),
    safeStorage,
    test: testConnection,
  });
  type OpenedStore = DatasetStore & { close(): Promise<void> };
  const openStore = async (): Promise<OpenedStore> => {
    const url = dataLocation.connectionUrl();
    // A local folder opens lazily: the first screen is answered while older years are read in the background.
    return url
      ? openPgDatasetStore({ url })
      : openDatasetStore({ directory: dataDirectory, engine: electronStoreEngine, lazy: true });
  };
  // The shared database unreachable at start: the user decides (try again, this computer's data, quit); never a silent switch.
  const openChosenStore = async (): Promise<OpenedStore> => {
    for (;;) {
      try {
        return await openStore();
      } catch (cause) {
        const { response } = await dialog.showMessageBox({
          type: 'error',
          message: 'The shared database could not be opened',
          detail: errorMessage(cause),
          buttons: ['Try again', "Use this computer's data", 'Quit'],
          defaultId: 0,
          cancelId: 2,
        });
        if (response === 2) throw cause;
        if (response === 1) dataLocation.useLocal();
      }
    }
  };
  let store = await openChosenStore();
  // The user's preferences, in the sample too.
  const preferences = openPreferencesStore({
    directory: userDataDirectory,
    engine: electronStoreEngine,
    firstRun: { language: languageFromLocale(app.getLocale()) },
  });
  const sample = createSampleSwitch({
    argv: process.argv,
    close: () => store.close(),
    relaunch: (args) => app.relaunch({ args }),
    exit: () => app.exit(0),
  });
  const windowState = openWindowStateStore({ directory: userData, engine: electronStoreEngine });
  const workbookCodec = createWorkerCodec({
    workerUrl: new URL(/* @vite-ignore */ './workbook-worker.js', import.meta.url),
  });
  const files = new FileRegistry();
  let window: BrowserWindow | null = null;

  const send = (command: MenuCommand) => window?.webContents.send(SHELL_CHANNELS.menuCommand, command);
  const refreshMenu = () => {
    const template = menuTemplate({
      language: preferences.get().language,
      platform: process.platform,
      dev: devServerUrl !== undefined,
      send,
      editText: (action) => window?.webContents[action](),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  const isTrusted = (frame: Parameters<typeof isTrustedSender>[0]) => isTrustedSender(frame, page);

  const handlersOver = (opened: DatasetStore) =>
    createHandlers({
      store: opened,
      preferences,
      clock: systemClock,
      application: { name: PRODUCT_NAME, version: app.getVersion() },
      workbookCodec,
      files,
      deflate: nodeRawDeflate,
      sample,
    });
  const current = switchableHandlers(handlersOver(store));
  // Other users' commits to a shared database, passed on to the page so its screens read again.
  const forwardCommits = (opened: DatasetStore) =>
    opened.subscribe?.(({ by, zoneIds, catalog, replaced }) =>
      window?.webContents.send(DATA_LOCATION_CHANNELS.changedElsewhere, { by, zoneIds, catalog, replaced }),
    );
  let stopForwarding = forwardCommits(store);
  bindApi(ipcMain, onPreferencesSaved(current.handlers, refreshMenu), { isTrusted, log });
  bindDataLocation(ipcMain, {
    settings: dataLocation,
    async reopen() {
      const next = await openStore();
      const previous = store;
      store = next;
      current.swap(handlersOver(next));
      stopForwarding?.();
      stopForwarding = forwardCommits(next);
      await previous.close();
    },
    async copy(direction) {
      // The database is in use, so this computer's folder is free to open beside it.
      const local = await openDatasetStore({ directory: dataDirectory, engine: electronStoreEngine });
      try {
        return direction === 'toDatabase'
          ? await copyDataset(local, store, { kind: 'copying', from: 'local' })
          : await copyDataset(store, local, { kind: 'copying', from: 'database' });
      } finally {
        await local.close();
        // The dataset in use may have been replaced: fresh handlers drop what their caches held.
        current.swap(handlersOver(store));
      }
    },
    isTrusted,
    log,
  });
  bindShell(ipcMain, {
    showOpenDialog: (options) =>
      window
        ? dialog.showOpenDialog(window, { ...options, properties: ['openFile'] })
        : dialog.showOpenDialog({ ...options, properties: ['openFile'] }),
    showSaveDialog: (options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
    showItemInFolder: (file) => shell.showItemInFolder(file),
    appVersion: () => app.getVersion(),
    maxOpenBytes: () => preferences.get().importSizeLimitMb * 1024 * 1024,
    warmReader: () => workbookCodec.warm(),
    documentsDirectory: app.getPath('documents'),
    dataDirectory,
    isTrusted,
    files,
    log,
  });
  refreshMenu();

  const openWindow = () => {
    window = createMainWindow({
      preloadPath: path.join(import.meta.dirname, 'preload.cjs'),
      page,
      title: app.getName(),
      bounds: restoreBounds(
        windowState.get(),
        screen.getAllDisplays().map((display) => display.workArea),
      ),
      saveBounds: (bounds) => windowState.set(bounds),
    });
    window.on('closed', () => {
      window = null;
    });
  };
  openWindow();

  app.on('second-instance', () => {
    if (!window) return openWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (!window) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Quitting waits until every coalesced write is on disk (close flushes) and the lock is released.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    Promise.all([store.close(), workbookCodec.close()])
      .catch((cause: unknown) => log(`closing the store: ${errorMessage(cause)}`))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
