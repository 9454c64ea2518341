import type { MenuItemConstructorOptions } from 'electron';
import { SCREENS, type Language, type MenuCommand } from '../../shared/api';
import { MENU_LABELS } from './menu-labels';

export interface MenuOptions {
  language: Language;
  platform: NodeJS.Platform;
  /** Reload and developer tools appear only under `electron-forge start`. */
  dev: boolean;
  send(command: MenuCommand): void;
  /** Undoes or redoes a text edit in the focused field (Chromium's own editing history). */
  editText(action: 'undo' | 'redo'): void;
}

/**
 * The native menu: the platform's standard roles plus the app's commands, in the saved language.
 * Undo and redo do both jobs: Chromium undoes a text edit, then the page may undo a data change.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const labels = MENU_LABELS[options.language];
  const mac = options.platform === 'darwin';
  const send = (command: MenuCommand) => () => options.send(command);
  const history = (action: 'undo' | 'redo') => () => {
    options.editText(action);
    options.send({ kind: action });
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const file: MenuItemConstructorOptions = {
    role: 'fileMenu',
    label: labels.file,
    submenu: [
      { id: 'import', label: labels.import, accelerator: 'CmdOrCtrl+O', click: send({ kind: 'import' }) },
      { id: 'export', label: labels.export, accelerator: 'CmdOrCtrl+E', click: send({ kind: 'export' }) },
      separator,
      mac ? { role: 'close', label: labels.close } : { role: 'quit', label: labels.quit },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    role: 'editMenu',
    label: labels.edit,
    submenu: [
      { id: 'undo', label: labels.undo, accelerator: 'CmdOrCtrl+Z', click: history('undo') },
      {
        id: 'redo',
        label: labels.redo,
        accelerator: mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y',
        click: history('redo'),
      },
      separator,
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { role: 'selectAll', label: labels.selectAll },
    ],
  };
  const go: MenuItemConstructorOptions = {
    id: 'go',
    label: labels.go,
    submenu: SCREENS.map((screen, index) => ({
      id: `navigate-${screen}`,
      label: labels.screens[screen],
      accelerator: `CmdOrCtrl+${index + 1}`,
      click: send({ kind: 'navigate', screen }),
    })),
  };
  const developer: MenuItemConstructorOptions[] = options.dev
    ? [
        { role: 'reload', label: labels.reload },
        { role: 'forceReload', label: labels.forceReload },
        { role: 'toggleDevTools', label: labels.toggleDevTools },
        separator,
      ]
    : [];
  const view: MenuItemConstructorOptions = {
    role: 'viewMenu',
    label: labels.view,
    submenu: [
      ...developer,
      { role: 'resetZoom', label: labels.resetZoom },
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      separator,
      { role: 'togglefullscreen', label: labels.toggleFullScreen },
    ],
  };
  const window: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: labels.window,
    submenu: [
      { role: 'minimize', label: labels.minimize },
      mac ? { role: 'zoom', label: labels.zoom } : { role: 'close', label: labels.close },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: labels.help,
    submenu: [{ role: 'about', label: labels.about }],
  };

  return [...(mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []), file, edit, go, view, window, help];
}
