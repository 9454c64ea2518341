/**
 * Runs in the page before its own scripts, like the preload: builds `window.api` from the method
 * list (one `api:<method>` channel each) and `window.shell` on the shell channels, all through one
 * exposed binding. Arguments and results cross as JSON; files cross as handles main registered. A
 * dropped file's path, which Electron's preload gets from `webUtils.getPathForFile`, is asked of the
 * test's shell double by the file's name; bytes the page made itself (a chart's PNG) cross as a
 * list of numbers and become a Uint8Array again on the other side, as structured clone keeps them.
 * It must be self-contained: Playwright sends its source text, not its imports.
 */
export interface PageBridgeConfig {
  binding: string;
  methods: readonly string[];
  apiPrefix: string;
  shellChannels: {
    openFile: string;
    openDroppedFile: string;
    saveFile: string;
    chooseSaveTarget: string;
    revealInFolder: string;
    appVersion: string;
  };
  /** The harness's own channel standing in for `webUtils.getPathForFile`: a file name to its path, '' when none was dropped. */
  pathForFileChannel: string;
  menuHook: string;
}

export function installPageBridge(config: PageBridgeConfig): void {
  type Invoke = (channel: string, argJson: string | undefined) => Promise<string | undefined>;
  const target = window as unknown as Record<string, unknown>;
  const binding = target[config.binding] as Invoke;
  const invoke = async (channel: string, arg?: unknown): Promise<unknown> => {
    const reply = await binding(channel, arg === undefined ? undefined : JSON.stringify(arg));
    return reply === undefined ? undefined : JSON.parse(reply);
  };

  const api: Record<string, (arg: unknown) => Promise<unknown>> = {};
  for (const method of config.methods) api[method] = (arg) => invoke(`${config.apiPrefix}${method}`, arg);

  const listeners = new Set<(command: unknown) => void>();
  target[config.menuHook] = (command: unknown) => listeners.forEach((listener) => listener(command));
  const channels = config.shellChannels;
  const shell = {
    openFile: (options: unknown) => invoke(channels.openFile, options),
    openDroppedFile: async (file: { name: string }, kind: string) => {
      const path = (await invoke(config.pathForFileChannel, file.name)) as string;
      if (!path)
        return {
          ok: false,
          error: {
            code: 'not_found',
            message:
              'This file is not on disk (dropped from another app?): save it to a folder and import it from there.',
          },
        };
      return invoke(channels.openDroppedFile, { path, kind });
    },
    saveFile: (options: { bytes: Uint8Array }) =>
      invoke(channels.saveFile, { ...options, bytes: Array.from(options.bytes) }),
    chooseSaveTarget: (options: unknown) => invoke(channels.chooseSaveTarget, options),
    revealInFolder: async (path: string) => {
      await invoke(channels.revealInFolder, path);
    },
    appVersion: () => invoke(channels.appVersion),
    onMenuCommand: (listener: (command: unknown) => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };

  Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true });
  Object.defineProperty(window, 'shell', { value: Object.freeze(shell), enumerable: true });
}

/**
 * The bridge as script text. Transpilers that keep function names (tsx/esbuild) wrap functions in
 * a `__name(...)` helper that only exists in Node, so the page gets a no-op one of its own.
 */
export function pageBridgeScript(config: PageBridgeConfig): string {
  return `(() => { const __name = (target) => target; (${installPageBridge.toString()})(${JSON.stringify(config)}); })();`;
}
