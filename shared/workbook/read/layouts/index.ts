import type { SheetGrid } from '../grid';
import { canonicalReader } from './canonical';
import type { ImportLayoutName } from './names';
import type { Detection, LayoutReader, ReaderContext } from './reader';
import { indicatorsByPeriodsReader } from './indicators-by-periods';
import { periodsByIndicatorsReader } from './periods-by-indicators';
import { releaseTableReader } from './release-table';
import { zonesByPeriodsReader } from './zones-by-periods';

export * from './names';
export * from './reader';

/** Every shape an import reads. A new reader is added here and nowhere else. */
export const LAYOUT_READERS: readonly LayoutReader[] = [
  canonicalReader,
  releaseTableReader,
  indicatorsByPeriodsReader,
  periodsByIndicatorsReader,
  zonesByPeriodsReader,
];

/** Below this no reader is sure enough to read a sheet unasked. */
export const MIN_CONFIDENCE = 0.25;

export function layoutReader(name: ImportLayoutName): LayoutReader | null {
  return LAYOUT_READERS.find((reader) => reader.name === name) ?? null;
}

export interface Candidate {
  sheet: SheetGrid;
  reader: LayoutReader;
  detection: Detection;
}

export interface ReaderChoice {
  chosen: Candidate;
  /** The best reading of another layout, for the user to see what else it could have been. */
  runnerUp: Candidate | null;
}

/**
 * Asks every reader (or only the one the user named) how well each sheet reads in its shape; the
 * most confident wins, the earlier sheet and the earlier reader on a tie. `candidates` is empty
 * when no reading reaches MIN_CONFIDENCE; then `seen` says what each sheet looked like.
 */
export function chooseReader(
  sheets: readonly SheetGrid[],
  context: ReaderContext,
  only?: ImportLayoutName,
): { choice: ReaderChoice | null; seen: Candidate[] } {
  const readers = only ? LAYOUT_READERS.filter((reader) => reader.name === only) : LAYOUT_READERS;
  const candidates: Candidate[] = [];
  for (const sheet of sheets)
    for (const reader of readers) candidates.push({ sheet, reader, detection: reader.detect(sheet, context) });
  const ranked = [...candidates].sort((a, b) => b.detection.confidence - a.detection.confidence);
  const best = ranked[0];
  const forced = only !== undefined && best !== undefined;
  if (!best || (!forced && best.detection.confidence < MIN_CONFIDENCE)) return { choice: null, seen: candidates };
  const runnerUp =
    ranked.find((candidate) => candidate.reader.name !== best.reader.name && candidate.detection.confidence > 0) ??
    null;
  return { choice: { chosen: best, runnerUp }, seen: candidates };
}
