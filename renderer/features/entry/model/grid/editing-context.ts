import { createContext, useContext } from 'react';
import type { HardProblem } from '../checks/hard-checks';
import type { Direction } from './selection';

/** How an editor was opened: typing replaces the figure, F2 or a double click edits it in place. */
export type EditStart = 'type' | 'f2';

/** Where the active cell goes once an edit is committed. */
export type AfterEdit =
  | { kind: 'advance'; key: 'tab' | 'enter'; backwards: boolean }
  | { kind: 'move'; direction: Direction }
  | { kind: 'stay' };

export interface GridEditing {
  editStart(): EditStart;
  /** Saves one cell's text; the hard problem that blocks it, or null once committed. */
  commitCell(row: number, col: number, text: string): HardProblem | null;
  /** Ctrl+Enter: the text into every selected cell. */
  commitSelection(text: string): HardProblem | null;
  moveAfterEdit(after: AfterEdit): void;
  /** An edit left by clicking elsewhere that could not be saved: said below the grid. */
  reportDiscarded(problem: HardProblem): void;
  describeProblem(problem: HardProblem): string;
  /** What a screen reader says for the editor: the row's name and the month. */
  cellLabel(row: number, col: number): string;
}

export const GridEditingContext = createContext<GridEditing | null>(null);

export function useGridEditing(): GridEditing {
  const editing = useContext(GridEditingContext);
  if (!editing) throw new Error('a grid cell editor is used outside the entry grid');
  return editing;
}
