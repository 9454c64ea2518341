import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { RenderEditCellProps } from 'react-data-grid';
import type { HardProblem } from '../../model/checks/hard-checks';
import type { Direction } from '../../model/grid/selection';
import { plainNumber } from '../../model/format';
import type { FigureField } from '../../model/session/figures';
import { useGridEditing, type AfterEdit } from '../../model/grid/editing-context';
import type { GridRow } from '../../model/grid/grid-rows';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Where the message of a blocked cell goes: just below the cell, above everything else. */
function useBubblePosition(input: HTMLInputElement | null, visible: boolean): { top: number; left: number } | null {
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  useLayoutEffect(() => {
    if (!visible || !input) return;
    const rect = input.getBoundingClientRect();
    // Measuring the laid-out cell is the only way to place the bubble; it runs once per problem.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPosition({ top: rect.bottom + 2, left: rect.left });
  }, [input, visible]);
  return visible ? position : null;
}

/**
 * The editor of one figure cell. Enter, Tab and (when typing replaced the figure) arrows commit
 * and move on; a figure that cannot be saved keeps the editor open with the reason below it.
 */
export function CellEditor({ row, column, onClose, field }: RenderEditCellProps<GridRow> & { field: FigureField }) {
  const editing = useGridEditing();
  const col = column.idx - 1;
  const [start] = useState(() => editing.editStart());
  const [text, setText] = useState(() => plainNumber(row.cells[col]?.figures?.[field] ?? null));
  const [problem, setProblem] = useState<HardProblem | null>(null);
  const [input, setInput] = useState<HTMLInputElement | null>(null);
  const finished = useRef(false);
  const messageId = useId();
  const bubble = useBubblePosition(input, problem !== null);

  function attach(element: HTMLInputElement | null) {
    setInput(element);
    if (!element || element.dataset.ready) return;
    element.dataset.ready = 'true';
    element.focus();
    if (start === 'f2') element.setSelectionRange(element.value.length, element.value.length);
    else element.select();
  }

  function commit(after: AfterEdit, toSelection = false): void {
    const blocked = toSelection ? editing.commitSelection(text) : editing.commitCell(row.index, col, text);
    if (blocked) {
      setProblem(blocked);
      return;
    }
    finished.current = true;
    onClose(false, true);
    editing.moveAfterEdit(after);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const { key, shiftKey } = event;
    const direction = ARROWS[key];
    if (key === 'Enter')
      commit(
        event.ctrlKey || event.metaKey ? { kind: 'stay' } : { kind: 'advance', key: 'enter', backwards: shiftKey },
        event.ctrlKey || event.metaKey,
      );
    else if (key === 'Tab') commit({ kind: 'advance', key: 'tab', backwards: shiftKey });
    else if (direction && start === 'type' && !event.altKey) commit({ kind: 'move', direction });
    else if (key === 'Escape') {
      finished.current = true;
      onClose(false, true);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }

  function onBlur() {
    if (finished.current) return;
    finished.current = true;
    const blocked = editing.commitCell(row.index, col, text);
    if (blocked) editing.reportDiscarded(blocked);
    onClose(false, false);
  }

  return (
    <>
      <input
        ref={attach}
        className={`entry-grid__editor${problem ? ' entry-grid__editor--invalid' : ''}`}
        value={text}
        aria-label={editing.cellLabel(row.index, col)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? messageId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      {problem &&
        createPortal(
          <div
            id={messageId}
            role="alert"
            className="entry-grid__bubble"
            style={bubble ? { top: bubble.top, left: bubble.left } : undefined}
          >
            {editing.describeProblem(problem)}
          </div>,
          document.body,
        )}
    </>
  );
}
