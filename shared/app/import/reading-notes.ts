import type { ImportOptions, ImportPreview, ImportProfile, ReadingNote } from '../../api/import';
import type { LayoutChoice } from '../../workbook/read';
import type { DataTable } from './data-table';

/** How the layout was chosen: the winner's confidence and reason, and the runner-up's. */
export function detectionOf(choice: LayoutChoice): ImportPreview['detection'] {
  if (!choice.layout || !choice.detection) return null;
  const runnerUp = choice.runnerUp
    ? {
        layout: choice.runnerUp.layout,
        confidence: choice.runnerUp.detection.confidence,
        reason: `${choice.runnerUp.sheet}: ${choice.runnerUp.detection.reason}`,
      }
    : null;
  return { layout: choice.layout, confidence: choice.detection.confidence, reason: choice.detection.reason, runnerUp };
}

/**
 * What was read and why, one line each, before any figure: a sheet or layout the user named, the header
 * rows, the zone, the period, the unit scales applied, the mapping's profile, and the reader's own notes.
 */
export function readingNotes(
  choice: LayoutChoice,
  table: DataTable,
  options: ImportOptions,
  profile: ImportProfile | null,
  profileReason: 'named' | 'fingerprint' | null,
  scales: { from: string; to: string; indicator: string; place: string }[],
): ReadingNote[] {
  const notes: ReadingNote[] = [];
  if (choice.data && options.sheet !== undefined)
    notes.push({ what: 'sheet', value: choice.data.name, from: 'option' });
  // The layout itself is told by `detection` (its confidence, reason and runner-up); a layout the user named, here.
  if (choice.layout && options.layout !== undefined)
    notes.push({ what: 'layout', value: choice.layout, from: 'option' });
  const own = table.reading?.notes ?? [];
  // One detected header row is told with the sheet; two rows, or a row the user chose, are worth a line.
  if (
    table.headerRow >= 0 &&
    (table.headerRows > 1 || options.headerRow !== undefined) &&
    !own.some((note) => note.what === 'header-rows')
  ) {
    const last = table.headerRow + table.headerRows;
    notes.push({
      what: 'header-rows',
      value: table.headerRows > 1 ? `${table.headerRow + 1}–${last}` : `${last}`,
      from: options.headerRow !== undefined ? 'option' : 'detected',
    });
  }
  if (table.given.zoneId !== null)
    notes.push({
      what: 'zone',
      value: table.given.zoneId,
      from: options.zoneId !== undefined ? 'option' : (table.zoneFrom ?? 'title'),
    });
  if (table.given.period !== null && !own.some((note) => note.what === 'period'))
    notes.push({ what: 'period', value: table.given.period, from: options.period !== undefined ? 'option' : 'header' });
  if (options.basis !== undefined) notes.push({ what: 'basis', value: options.basis, from: 'option' });
  notes.push(...own);
  for (const scale of scales)
    notes.push({ what: 'unit-scale', value: `${scale.from} → ${scale.to} (${scale.indicator})`, from: scale.place });
  if (profile)
    notes.push({
      what: 'profile',
      value: profile.name,
      from: profileReason === 'named' ? 'option' : 'header fingerprint',
    });
  return notes.sort((a, b) => ORDER.indexOf(a.what) - ORDER.indexOf(b.what));
}

/** The order a reading is told in: where, how, then what the figures are. */
const ORDER: ReadingNote['what'][] = [
  'sheet',
  'layout',
  'header-rows',
  'zone',
  'period',
  'basis',
  'indicator',
  'series',
  'unit-scale',
  'profile',
];
