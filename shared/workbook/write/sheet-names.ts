import type { Language } from './language';

/** The sheets of docs/workbook.md §2 by their English names. */
export type SheetName = 'Highlights' | 'Comparison' | 'Metrics' | 'Zones' | 'Indicators' | 'Observations' | 'About';

/**
 * Each sheet's name in the workbook's language. The import finds the canonical sheets under
 * either name (`开发区`, `指标`, `数据`: shared/workbook/read/layout.ts and layouts/canonical.ts),
 * so a Chinese export still imports back whole.
 */
export const SHEET_NAMES: Record<Language, Record<SheetName, string>> = {
  en: {
    Highlights: 'Highlights',
    Comparison: 'Comparison',
    Metrics: 'Metrics',
    Zones: 'Zones',
    Indicators: 'Indicators',
    Observations: 'Observations',
    About: 'About',
  },
  zh: {
    Highlights: '要点',
    Comparison: '对比',
    Metrics: '指标计算',
    Zones: '开发区',
    Indicators: '指标',
    Observations: '数据',
    About: '说明',
  },
};
