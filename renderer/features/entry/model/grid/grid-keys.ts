import type { Direction } from './selection';

/** What a key pressed on a cell (not while editing) asks the grid to do. */
export type GridCommand =
  | { kind: 'move'; direction: Direction; extend: boolean; toEdge: boolean }
  | { kind: 'homeEnd'; key: 'home' | 'end'; extend: boolean; wholeGrid: boolean }
  | { kind: 'advance'; key: 'tab' | 'enter'; backwards: boolean }
  | { kind: 'edit' }
  | { kind: 'clear' }
  | { kind: 'selectAll' }
  | { kind: 'fill'; direction: 'down' | 'right' }
  | { kind: 'history' }
  /** Ctrl+C, Ctrl+X, Ctrl+V: the browser's clipboard event does the work; no editor opens. */
  | { kind: 'clipboard' }
  /** Keys the screen handles (Alt+arrows change the period, Ctrl+Z undoes): the grid ignores them. */
  | { kind: 'screen' }
  /** Typing starts an editor, PageUp/PageDown scroll: the grid's own behaviour. */
  | { kind: 'default' };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Spreadsheet keys, as in Excel and WPS. */
export function gridCommand(press: KeyPress): GridCommand {
  const { key, shiftKey: shift, altKey: alt } = press;
  const ctrl = press.ctrlKey || press.metaKey;
  if (alt) return { kind: 'screen' };
  const direction = ARROWS[key];
  if (direction) return { kind: 'move', direction, extend: shift, toEdge: ctrl };
  if (key === 'Home' || key === 'End')
    return { kind: 'homeEnd', key: key === 'Home' ? 'home' : 'end', extend: shift, wholeGrid: ctrl };
  if (key === 'Tab') return { kind: 'advance', key: 'tab', backwards: shift };
  if (key === 'Enter' && !ctrl) return { kind: 'advance', key: 'enter', backwards: shift };
  if (key === 'F2') return { kind: 'edit' };
  if (key === 'Delete') return { kind: 'clear' };
  if (ctrl) {
    const letter = key.toLowerCase();
    if (letter === 'a') return { kind: 'selectAll' };
    if (letter === 'd') return { kind: 'fill', direction: 'down' };
    if (letter === 'r') return { kind: 'fill', direction: 'right' };
    if (letter === 'h' && shift) return { kind: 'history' };
    if (letter === 'c' || letter === 'x' || letter === 'v') return { kind: 'clipboard' };
    return { kind: 'screen' };
  }
  return { kind: 'default' };
}
