/**
 * The shapes an import reads, one reader each (see `./index.ts`):
 * - `canonical`: Zones / Indicators / Observations sheets (docs/workbook.md §1);
 * - `release-table`: indicators down, measures across (`4月 | 1-4月` over `绝对量 | 同比增长(%)`);
 * - `indicators-by-periods`: indicators down, periods across (national database exports);
 * - `periods-by-indicators`: periods down, series across (中经网 exports);
 * - `zones-by-periods`: zones down, periods or measures across, one indicator from the title.
 */
export const IMPORT_LAYOUTS = [
  'canonical',
  'release-table',
  'indicators-by-periods',
  'periods-by-indicators',
  'zones-by-periods',
] as const;
export type ImportLayoutName = (typeof IMPORT_LAYOUTS)[number];

/** Names earlier versions saved in profiles. */
export const LEGACY_LAYOUT_NAMES: Readonly<Record<string, ImportLayoutName>> = { bureau: 'release-table' };
