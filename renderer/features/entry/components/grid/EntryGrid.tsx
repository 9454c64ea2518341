import 'react-data-grid/lib/styles.css';
import { useMemo, useRef, useState, type ClipboardEvent, type MouseEvent } from 'react';
import {
  DataGrid,
  type CellKeyDownArgs,
  type CellKeyboardEvent,
  type CellMouseArgs,
  type CellMouseEvent,
  type DataGridHandle,
  type PositionChangeArgs,
} from 'react-data-grid';
import type { Indicator, ObservationKey, Period } from '../../../../../shared/model';
import { describeProblem, describeWarning } from '../../model/checks/describe';
import { copyRange } from '../../model/grid/copy';
import { fillDown, fillRight, fillWith } from '../../model/grid/fill';
import { planPaste, planPairedPaste, valueGrowthPairs, type CellWrite } from '../../model/grid/paste';
import {
  advance,
  clampSelection,
  homeOrEnd,
  moveSelection,
  rangeWidth,
  samePos,
  selectAll,
  selectTo,
  single,
  type CellPos,
  type Selection,
} from '../../model/grid/selection';
import { parseTsv } from '../../model/grid/tsv';
import { plainNumber } from '../../model/format';
import { monthLabel } from '../../../../i18n/format';
import type { EntrySession } from '../../model/session/entry-session';
import type { TransactionKind } from '../../model/session/transaction';
import { useSessionVersion } from '../../model/session/use-session';
import { CellDetails } from './CellDetails';
import { changesForWrites, type CellProblem } from '../../model/grid/cell-writes';
import { GridEditingContext, type AfterEdit, type EditStart, type GridEditing } from '../../model/grid/editing-context';
import { gridCommand, type GridCommand } from '../../model/grid/grid-keys';
import { keyAt, type GridModel, type GridRowSpec } from '../../model/grid/grid-model';
import { buildGridRows, type GridRow, type RefusedText } from '../../model/grid/grid-rows';
import { gridColumns } from './columns';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/use-language';

export interface EntryGridProps {
  session: EntrySession;
  model: GridModel;
  indicators: readonly Indicator[];
  latest: Period;
  label: string;
  rowLabel(spec: GridRowSpec): string;
  onOpenHistory(key: ObservationKey, title: string): void;
  /** Off in component tests only: happy-dom lays nothing out, so a virtualized grid would show no rows. */
  virtualize?: boolean;
}

type Notice = { tone: 'info' | 'error'; text: string } | null;

function observationId(key: ObservationKey): string {
  return `${key.zoneId}|${key.indicatorId}|${key.period}|${key.basis}`;
}

const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 34;

/** The header row is row 1 of the ARIA grid; data rows follow. */
const HEADER_ROWS = 1;

function cellPosOf(target: EventTarget): CellPos | null {
  if (!(target instanceof Element)) return null;
  const cell = target.closest('[role="gridcell"]');
  const row = cell?.closest('[role="row"]');
  if (!cell || !row) return null;
  return {
    row: Number(row.getAttribute('aria-rowindex')) - HEADER_ROWS - 1,
    col: Number(cell.getAttribute('aria-colindex')) - 2,
  };
}

function isTypingKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return (event.key.length === 1 || event.key === 'Backspace') && !event.ctrlKey && !event.metaKey && !event.altKey;
}

function isInEditor(target: EventTarget): boolean {
  return target instanceof HTMLInputElement;
}

/**
 * Rows × the months of a year, edited like a spreadsheet: arrows, Tab, Enter, F2, Esc, Delete,
 * Home/End and Ctrl+arrows; a rectangular selection; paste of a block copied from Excel or WPS,
 * copy out as TSV, fill down and right. Every committed change is saved at once.
 */
export function EntryGrid({
  session,
  model,
  indicators,
  latest,
  label,
  rowLabel,
  onOpenHistory,
  virtualize = true,
}: EntryGridProps) {
  const { t } = useTranslation('entry');
  const language = useLanguage();
  const version = useSessionVersion(session);
  const gridRef = useRef<DataGridHandle>(null);
  const expectedPosition = useRef<CellPos | null>(null);
  const editStart = useRef<EditStart>('type');
  const dragAnchor = useRef<CellPos | null>(null);
  const [rawSelection, setSelection] = useState<Selection>(() => single({ row: 0, col: 0 }));
  const [notice, setNotice] = useState<Notice>(null);
  const [refused, setRefused] = useState<ReadonlyMap<string, RefusedText>>(() => new Map());
  const bounds = { rows: model.rows.length, cols: model.periods.length };
  const selection = clampSelection(rawSelection, bounds);
  const { field } = model;

  const figuresAtCell = (row: number, col: number) => {
    const key = keyAt(model, row, col);
    return key ? session.figures(key) : null;
  };
  const textAt = (row: number, col: number) => plainNumber(figuresAtCell(row, col)?.[field] ?? null);
  const isFilled = (cell: CellPos) => (figuresAtCell(cell.row, cell.col)?.[field] ?? null) !== null;
  const cellTitle = (row: number, col: number) =>
    `${model.rows[row] ? rowLabel(model.rows[row]) : ''} · ${model.periods[col] ? monthLabel(model.periods[col], model.basis, language) : ''}`;

  const rows = useMemo(
    () =>
      buildGridRows(
        model,
        indicators,
        (key) => session.figures(key),
        selection.range,
        latest,
        (key) => refused.get(observationId(key)) ?? null,
      ),
    // `version` changes whenever the session's figures do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      model,
      indicators,
      session,
      latest,
      version,
      refused,
      selection.range.top,
      selection.range.left,
      selection.range.bottom,
      selection.range.right,
    ],
  );

  function select(next: Selection): void {
    setSelection(next);
    const grid = gridRef.current;
    if (!grid) return;
    if (!samePos(next.active, selection.active)) {
      expectedPosition.current = next.active;
      grid.setActivePosition({ idx: next.active.col + 1, rowIdx: next.active.row }, { shouldFocus: true });
    }
    const corner = next.range.bottom === next.active.row ? next.range.top : next.range.bottom;
    grid.scrollToCell({
      idx: (next.range.right === next.active.col ? next.range.left : next.range.right) + 1,
      rowIdx: corner,
    });
  }

  /** Saved cells lose their refused text; refused ones keep theirs, with the reason, in place. */
  function markRefused(saved: readonly ObservationKey[], problems: readonly CellProblem[]): void {
    if (saved.length === 0 && problems.length === 0) return;
    setRefused((current) => {
      const next = new Map(current);
      for (const key of saved) next.delete(observationId(key));
      for (const { row, col, text, problem } of problems) {
        const key = keyAt(model, row, col);
        if (key) next.set(observationId(key), { text: text.trim(), message: describeProblem(t, language, problem) });
      }
      return next;
    });
  }

  /**
   * Saves what can be saved; a cell that cannot keeps its text in place, marked with its problem.
   * False when nothing was saved.
   */
  function writeCells(writes: readonly CellWrite[], kind: TransactionKind, done: (count: number) => string): boolean {
    if (writes.length === 0) return false;
    const { changes, problems } = changesForWrites(model, writes, figuresAtCell, latest);
    if (changes.length > 0) session.commit(kind, changes);
    markRefused(
      changes.map((change) => change.key),
      problems,
    );
    const [first] = problems;
    if (first) {
      const where = `${cellTitle(first.row, first.col)}: ${describeProblem(t, language, first.problem)}`;
      setNotice({
        tone: 'error',
        text: t('grid.partlyWritten', { saved: changes.length, count: problems.length, first: where }),
      });
    } else {
      setNotice({ tone: 'info', text: done(changes.length) });
    }
    return changes.length > 0 || problems.length > 0;
  }

  function openHistory(cell: CellPos): void {
    const key = keyAt(model, cell.row, cell.col);
    if (key) onOpenHistory(key, cellTitle(cell.row, cell.col));
  }

  function startEditing(cell: CellPos, start: EditStart): void {
    if (model.periods[cell.col]! > latest) return;
    editStart.current = start;
    gridRef.current?.setActivePosition({ idx: cell.col + 1, rowIdx: cell.row }, { enableEditor: true });
  }

  /** Tab on one cell moves right and wraps to the next row; it leaves the grid after the last cell. */
  function tabTarget(backwards: boolean): Selection | null {
    const { row, col } = selection.active;
    if (rangeWidth(selection.range) > 1 || selection.range.top !== selection.range.bottom)
      return advance(selection, 'tab', backwards, bounds);
    if (!backwards && col < bounds.cols - 1) return single({ row, col: col + 1 });
    if (backwards && col > 0) return single({ row, col: col - 1 });
    if (!backwards && row < bounds.rows - 1) return single({ row: row + 1, col: 0 });
    if (backwards && row > 0) return single({ row: row - 1, col: bounds.cols - 1 });
    return null;
  }

  function run(command: GridCommand): boolean {
    switch (command.kind) {
      case 'move':
        select(moveSelection(selection, command.direction, command, bounds, isFilled));
        return true;
      case 'homeEnd':
        select(homeOrEnd(selection, command.key, command, bounds));
        return true;
      case 'advance': {
        const next =
          command.key === 'tab' ? tabTarget(command.backwards) : advance(selection, 'enter', command.backwards, bounds);
        if (!next) return false;
        select(next);
        return true;
      }
      case 'edit':
        startEditing(selection.active, 'f2');
        return true;
      case 'clear':
        writeCells(fillWith(selection.range, ''), 'clear', (count) => t('grid.cleared', { count }));
        return true;
      case 'selectAll':
        select(selectAll(selection, bounds));
        return true;
      case 'fill': {
        const writes =
          command.direction === 'down' ? fillDown(selection.range, textAt) : fillRight(selection.range, textAt);
        writeCells(writes, 'fill', (count) => t('grid.filled', { count }));
        return true;
      }
      case 'history':
        openHistory(selection.active);
        return true;
      default:
        return false;
    }
  }

  function onCellKeyDown(args: CellKeyDownArgs<GridRow>, event: CellKeyboardEvent): void {
    if (args.mode === 'EDIT') return;
    const command = gridCommand(event);
    if (command.kind === 'default') {
      if (isTypingKey(event)) editStart.current = 'type';
      return;
    }
    event.preventGridDefault();
    if (command.kind === 'screen' || command.kind === 'clipboard') return;
    if (run(command)) event.preventDefault();
  }

  function onActivePositionChange({ rowIdx, column }: PositionChangeArgs<GridRow>): void {
    if (rowIdx < 0 && bounds.rows > 0) {
      // Tabbing into the grid lands on a header cell: the headers do nothing, so go to the active cell.
      expectedPosition.current = selection.active;
      gridRef.current?.setActivePosition(
        { idx: selection.active.col + 1, rowIdx: selection.active.row },
        { shouldFocus: true },
      );
      return;
    }
    if (!column) return;
    const position = { row: rowIdx, col: column.idx - 1 };
    const expected = expectedPosition.current;
    expectedPosition.current = null;
    if (expected && samePos(expected, position)) return;
    if (position.col < 0) select(single({ row: position.row, col: 0 }));
    else setSelection(single(position));
  }

  function onCellMouseDown(args: CellMouseArgs<GridRow>, event: CellMouseEvent): void {
    const col = args.column.idx - 1;
    if (col < 0) {
      event.preventGridDefault();
      select({
        active: { row: args.rowIdx, col: 0 },
        range: { top: args.rowIdx, left: 0, bottom: args.rowIdx, right: bounds.cols - 1 },
      });
      return;
    }
    if (event.shiftKey) {
      event.preventGridDefault();
      setSelection(selectTo(selection.active, { row: args.rowIdx, col }));
      return;
    }
    dragAnchor.current = { row: args.rowIdx, col };
  }

  function onMouseOver(event: MouseEvent<HTMLDivElement>): void {
    const anchor = dragAnchor.current;
    if (!anchor) return;
    if ((event.buttons & 1) === 0) {
      dragAnchor.current = null;
      return;
    }
    const position = cellPosOf(event.target);
    if (position && position.col >= 0) setSelection(selectTo(anchor, position));
  }

  function onCopy(event: ClipboardEvent<HTMLDivElement>, cut = false): void {
    if (isInEditor(event.target)) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', copyRange(selection.range, textAt));
    const count = (selection.range.bottom - selection.range.top + 1) * rangeWidth(selection.range);
    if (cut) writeCells(fillWith(selection.range, ''), 'clear', () => t('grid.copied', { count }));
    else setNotice({ tone: 'info', text: t('grid.copied', { count }) });
  }

  function onPaste(event: ClipboardEvent<HTMLDivElement>): void {
    if (isInEditor(event.target)) return;
    event.preventDefault();
    const block = parseTsv(event.clipboardData.getData('text/plain'));
    // A value + 同比 block fills both figures of each cell, whichever the grid shows; the cell details show both.
    const pairs = valueGrowthPairs(block);
    const plan = pairs ? planPairedPaste(pairs, selection.range, bounds) : planPaste(block, selection.range, bounds);
    const pasted = writeCells(plan.writes, 'paste', (count) =>
      [t(pairs ? 'grid.pastedPairs' : 'grid.pasted', { count }), plan.clipped ? t('grid.pasteClipped') : '']
        .join(' ')
        .trim(),
    );
    if (pasted) select({ active: { row: plan.target.top, col: plan.target.left }, range: plan.target });
  }

  const editing: GridEditing = {
    editStart: () => editStart.current,
    commitCell(row, col, text) {
      const outcome = changesForWrites(model, [{ row, col, text }], figuresAtCell, latest);
      if (outcome.problems[0]) return outcome.problems[0].problem;
      session.commit('edit', outcome.changes);
      markRefused(
        outcome.changes.map((change) => change.key),
        [],
      );
      return null;
    },
    commitSelection(text) {
      // Typing into a selection is one figure for every cell: refused whole, as typing one cell is.
      const outcome = changesForWrites(model, fillWith(selection.range, text), figuresAtCell, latest);
      if (outcome.problems[0]) return outcome.problems[0].problem;
      session.commit('fill', outcome.changes);
      markRefused(
        outcome.changes.map((change) => change.key),
        [],
      );
      return null;
    },
    moveAfterEdit(after: AfterEdit) {
      if (after.kind === 'advance') run({ kind: 'advance', key: after.key, backwards: after.backwards });
      else if (after.kind === 'move') run({ kind: 'move', direction: after.direction, extend: false, toEdge: false });
    },
    reportDiscarded(problem) {
      setNotice({ tone: 'error', text: describeProblem(t, language, problem) });
    },
    describeProblem: (problem) => describeProblem(t, language, problem),
    cellLabel: cellTitle,
  };

  const columns = gridColumns(
    model,
    latest,
    language,
    rowLabel,
    model.mode === 'indicators' ? t('toolbar.indicator') : t('toolbar.zone'),
    t('grid.futureMonth'),
    t('checks.warningMarker'),
    (warning) => describeWarning(t, language, warning),
  );

  return (
    <GridEditingContext value={editing}>
      <div
        className="entry-grid"
        onMouseOver={onMouseOver}
        onMouseUp={() => (dragAnchor.current = null)}
        onCopy={(event) => onCopy(event)}
        onCut={(event) => onCopy(event, true)}
        onPaste={onPaste}
      >
        <DataGrid
          ref={gridRef}
          className="entry-grid__table"
          aria-label={label}
          aria-describedby="entry-grid-help"
          columns={columns}
          rows={rows}
          rowKeyGetter={(row) => row.spec.id}
          rowHeight={ROW_HEIGHT}
          headerRowHeight={HEADER_HEIGHT}
          style={{ blockSize: `min(62vh, ${HEADER_HEIGHT + ROW_HEIGHT * Math.max(model.rows.length, 3) + 2}px)` }}
          enableVirtualization={virtualize}
          onCellKeyDown={onCellKeyDown}
          onCellMouseDown={onCellMouseDown}
          onCellDoubleClick={() => (editStart.current = 'f2')}
          onActivePositionChange={onActivePositionChange}
        />
        <p id="entry-grid-help" className="entry-grid__help">
          {t('grid.help')}
        </p>
        <p
          className={`entry-grid__notice entry-grid__notice--${notice?.tone ?? 'info'}`}
          role="status"
          aria-live="polite"
        >
          {notice?.text ?? ''}
        </p>
        <CellDetails
          title={cellTitle(selection.active.row, selection.active.col)}
          figures={figuresAtCell(selection.active.row, selection.active.col)}
          warnings={rows[selection.active.row]?.cells[selection.active.col]?.warnings ?? []}
          unit={model.rows[selection.active.row]?.indicator.unit ?? ''}
          onHistory={() => openHistory(selection.active)}
        />
      </div>
    </GridEditingContext>
  );
}
