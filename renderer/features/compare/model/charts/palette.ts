/**
 * Okabe–Ito colours: told apart with every common colour-vision deficiency. Growth uses blue for
 * a rise and orange for a fall, never red and green.
 */
export const SERIES_COLOURS = {
  light: ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#555555', '#F0E442'],
  dark: ['#56B4E9', '#E69F00', '#2BBF8F', '#E08FC0', '#7FB8E8', '#F07A3A', '#C8C8C8', '#F0E442'],
} as const;

export const GROWTH_COLOURS = {
  light: { up: '#0072B2', down: '#D55E00', neutral: '#8A94A3' },
  dark: { up: '#56B4E9', down: '#F0A050', neutral: '#8A94A3' },
} as const;

export type ChartTheme = keyof typeof SERIES_COLOURS;

/** The chart's own background, so a saved PNG is not transparent. */
export const CHART_BACKGROUND: Record<ChartTheme, string> = { light: '#ffffff', dark: '#1b1f25' };
