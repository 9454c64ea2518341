import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../../shared/api';
import { menuTemplate, type MenuOptions } from '../../../../electron/main/menu';

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = [];
  const editText = vi.fn();
  const template = menuTemplate({
    language: 'en',
    platform: 'linux',
    dev: false,
    send: (command) => sent.push(command),
    editText,
    ...overrides,
  });
  const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
  const all = items(template);
  const byId = (id: string) => all.find((item) => item.id === id) as MenuItemConstructorOptions;
  const click = (id: string) => (byId(id).click as () => void)();
  return { template, all, byId, click, sent, editText };
}

describe('the application menu', () => {
  it('has the standard menus and edit roles', () => {
    const { template, all } = build();
    expect(template.map((item) => item.role ?? item.id)).toEqual([
      'fileMenu',
      'editMenu',
      'go',
      'viewMenu',
      'windowMenu',
      'help',
    ]);
    const roles = all.map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining([
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
        'quit',
      ]),
    );
  });

  it('adds the app menu on macOS', () => {
    expect(build({ platform: 'darwin' }).template[0]?.role).toBe('appMenu');
  });

  it('opens each screen with CmdOrCtrl+1…7', () => {
    const { byId, click, sent } = build();
    const screens = ['entry', 'compare', 'import', 'brief', 'export', 'zones', 'settings'] as const;
    screens.forEach((screen, index) => {
      expect(byId(`navigate-${screen}`).accelerator).toBe(`CmdOrCtrl+${index + 1}`);
      click(`navigate-${screen}`);
    });
    expect(sent).toEqual(screens.map((screen) => ({ kind: 'navigate', screen })));
  });

  it('sends import (CmdOrCtrl+O) and export (CmdOrCtrl+E) to the page', () => {
    const { byId, click, sent } = build();
    expect([byId('import').accelerator, byId('export').accelerator]).toEqual(['CmdOrCtrl+O', 'CmdOrCtrl+E']);
    click('import');
    click('export');
    expect(sent).toEqual([{ kind: 'import' }, { kind: 'export' }]);
  });

  it('undoes a text edit natively and tells the page, for undo and redo', () => {
    const { click, sent, editText } = build();
    click('undo');
    click('redo');
    expect(editText.mock.calls).toEqual([['undo'], ['redo']]);
    expect(sent).toEqual([{ kind: 'undo' }, { kind: 'redo' }]);
  });

  it('offers reload and developer tools only under the dev server', () => {
    const roles = (dev: boolean) => build({ dev }).all.map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('speaks the saved language', () => {
    const { template, byId } = build({ language: 'zh' });
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '转到', '视图', '窗口', '帮助']);
    expect(byId('navigate-zones').label).toBe('园区与指标');
    expect(build({ language: 'en' }).byId('navigate-zones').label).toBe('Zones & Indicators');
  });
});
