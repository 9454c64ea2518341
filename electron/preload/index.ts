import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildApi, buildShell, type Subscribe } from './build-api';

/** The page never sees the IPC event (it carries `sender`), only the payload. */
const subscribe: Subscribe = (channel, listener) => {
  const wrapped = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
};

const invoke = (channel: string, arg?: unknown) => ipcRenderer.invoke(channel, arg);

contextBridge.exposeInMainWorld('api', buildApi(invoke));
contextBridge.exposeInMainWorld(
  'shell',
  buildShell(invoke, subscribe, (file) => webUtils.getPathForFile(file as File)),
);
