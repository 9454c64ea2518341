import type { Language, Screen } from '../../shared/api';

/** The menu's words. The renderer's i18next does not reach main, so the menu has its own table. */
interface MenuLabels {
  file: string;
  edit: string;
  view: string;
  go: string;
  window: string;
  help: string;
  import: string;
  export: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  reload: string;
  forceReload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  minimize: string;
  zoom: string;
  close: string;
  quit: string;
  about: string;
  screens: Record<Screen, string>;
}

export const MENU_LABELS: Record<Language, MenuLabels> = {
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    go: 'Go',
    window: 'Window',
    help: 'Help',
    import: 'Import…',
    export: 'Export…',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    forceReload: 'Force Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    minimize: 'Minimize',
    zoom: 'Zoom',
    close: 'Close Window',
    quit: 'Quit Zone Stats',
    about: 'About Zone Stats',
    screens: {
      entry: 'Entry',
      compare: 'Compare',
      import: 'Import',
      brief: 'Brief',
      export: 'Export',
      zones: 'Zones & Indicators',
      settings: 'Settings',
    },
  },
  zh: {
    file: '文件',
    edit: '编辑',
    view: '视图',
    go: '转到',
    window: '窗口',
    help: '帮助',
    import: '导入…',
    export: '导出…',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    reload: '重新加载',
    forceReload: '强制重新加载',
    toggleDevTools: '切换开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    toggleFullScreen: '切换全屏',
    minimize: '最小化',
    zoom: '缩放',
    close: '关闭窗口',
    quit: '退出 Zone Stats',
    about: '关于 Zone Stats',
    screens: {
      entry: '数据录入',
      compare: '对比',
      import: '导入',
      brief: '简报',
      export: '导出',
      zones: '园区与指标',
      settings: '设置',
    },
  },
};
