import {
  API_METHODS,
  apiChannel,
  DATA_LOCATION_CHANNELS,
  fail,
  isChangedElsewhere,
  isMenuCommand,
  SHELL_CHANNELS,
  type AppApi,
  type AppShell,
  type ChangedElsewhere,
  type CopyOutcome,
  type DataLocation,
  type DroppedFile,
  type MenuCommand,
} from '../../shared/api';

/** `ipcRenderer.invoke`, narrowed to what the bridge needs. */
export type Invoke = (channel: string, arg?: unknown) => Promise<unknown>;
/** Subscribes to a main → page channel; returns the unsubscribe function. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;
/** `webUtils.getPathForFile`: a dropped file's path, '' for a file that is not on disk. */
export type PathForFile = (file: DroppedFile) => string;

/**
 * `window.api`: one function per listed method, each on its own `api:<method>` channel.
 * Built from API_METHODS alone, so no other channel can be reached from the page.
 */
export function buildApi(invoke: Invoke): AppApi {
  const api: Record<string, (arg: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    const channel = apiChannel(method);
    api[method] = (arg: unknown) => invoke(channel, arg);
  }
  return Object.freeze(api) as unknown as AppApi;
}

/** `window.shell`: the dialogs, dropped files, reveal-in-folder, the app version, menu commands and where the data lives. */
export function buildShell(invoke: Invoke, subscribe: Subscribe, pathForFile: PathForFile): AppShell {
  return Object.freeze({
    openFile: (options) => invoke(SHELL_CHANNELS.openFile, options) as ReturnType<AppShell['openFile']>,
    openDroppedFile: async (file, kind) => {
      let path = '';
      try {
        path = pathForFile(file);
      } catch {
        // Not a File object: refused below like a file that is not on disk.
      }
      if (!path)
        return fail(
          'not_found',
          'This file is not on disk (dropped from another app?): save it to a folder and import it from there.',
        );
      return invoke(SHELL_CHANNELS.openDroppedFile, { path, kind }) as ReturnType<AppShell['openDroppedFile']>;
    },
    saveFile: (options) => invoke(SHELL_CHANNELS.saveFile, options) as ReturnType<AppShell['saveFile']>,
    chooseSaveTarget: (options) =>
      invoke(SHELL_CHANNELS.chooseSaveTarget, options) as ReturnType<AppShell['chooseSaveTarget']>,
    revealInFolder: async (path) => {
      await invoke(SHELL_CHANNELS.revealInFolder, path);
    },
    appVersion: () => invoke(SHELL_CHANNELS.appVersion) as Promise<string>,
    getDataLocation: () => invoke(DATA_LOCATION_CHANNELS.get) as Promise<DataLocation>,
    useDatabase: (url: string) => invoke(DATA_LOCATION_CHANNELS.useDatabase, url) as Promise<DataLocation>,
    useLocalData: () => invoke(DATA_LOCATION_CHANNELS.useLocal) as Promise<DataLocation>,
    copyData: (direction) => invoke(DATA_LOCATION_CHANNELS.copy, direction) as Promise<CopyOutcome>,
    onChangedElsewhere: (listener: (change: ChangedElsewhere) => void) =>
      subscribe(DATA_LOCATION_CHANNELS.changedElsewhere, (payload) => {
        if (isChangedElsewhere(payload)) listener(payload);
      }),
    onMenuCommand: (listener: (command: MenuCommand) => void) =>
      subscribe(SHELL_CHANNELS.menuCommand, (payload) => {
        if (isMenuCommand(payload)) listener(payload);
      }),
  } satisfies AppShell);
}
