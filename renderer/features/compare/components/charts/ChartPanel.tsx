import { useEffect, useMemo, useRef, useState } from 'react';
import { shell } from '../../../../api';
import { usePreferences } from '../../../../app/preferences';
import { useResolvedTheme } from '../../../../app/use-document-settings';
import { chartFigures } from '../../model/charts/chart-figures';
import { ChartFiguresTable } from './ChartFiguresTable';
import { echarts, type EChartsCoreOption } from '../../model/charts/echarts';
import { CHART_BACKGROUND, type ChartTheme } from '../../model/charts/palette';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/use-language';

interface ChartPanelProps {
  /** The chart's name for screen readers and the save dialog. */
  title: string;
  /** Builds the option for the theme shown; rebuilt when the theme or language changes. */
  option: (theme: ChartTheme) => EChartsCoreOption;
  fileName: string;
  height?: number;
  /** The header of the figures table's first column: what the chart's axis lists (periods, zones). */
  categoryLabel: string;
}

type SaveState = { kind: 'idle' } | { kind: 'saved'; path: string } | { kind: 'failed'; message: string };

/** One ECharts chart that follows the theme and language, with "Save as PNG" through the save dialog. */
export function ChartPanel({ title, option, fileName, height = 340, categoryLabel }: ChartPanelProps) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  const { preferences } = usePreferences();
  const theme = useResolvedTheme(preferences.theme);
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const figures = useMemo(() => chartFigures(option(theme)), [option, theme]);

  // The theme and the locale are fixed when a chart is made: a change makes a new one.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, theme === 'dark' ? 'dark' : undefined, {
      locale: language === 'zh' ? 'ZH' : 'EN',
      renderer: 'canvas',
    });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [theme, language]);

  useEffect(() => {
    chart.current?.setOption(option(theme), { notMerge: true });
  }, [option, theme, language]);

  async function save() {
    const instance = chart.current;
    if (!instance) return;
    const url = instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: CHART_BACKGROUND[theme] });
    try {
      const path = await shell().saveFile({
        title,
        defaultName: fileName,
        filters: [{ name: t('charts.pngFilter'), extensions: ['png'] }],
        bytes: pngBytes(url),
      });
      setSaveState(path ? { kind: 'saved', path } : { kind: 'idle' });
    } catch (cause) {
      setSaveState({ kind: 'failed', message: cause instanceof Error ? cause.message : String(cause) });
    }
  }

  return (
    <figure className="chart-panel" aria-label={title}>
      <div
        className="chart-panel__canvas"
        ref={container}
        style={{ height }}
        data-chart={fileName}
        role="img"
        aria-label={title}
      />
      <ChartFiguresTable title={title} categoryLabel={categoryLabel} figures={figures} />
      <figcaption className="chart-panel__actions">
        <span className="chart-panel__status" role="status">
          {saveState.kind === 'saved'
            ? t('charts.saved', { path: saveState.path })
            : saveState.kind === 'failed'
              ? t('charts.saveFailed', { message: saveState.message })
              : ''}
        </span>
        <button type="button" className="button button--small" onClick={() => void save()}>
          {t('charts.savePng')}
        </button>
      </figcaption>
    </figure>
  );
}

/** ECharts hands its image over only as a data URL: its bytes are decoded here, and only bytes cross to main. */
function pngBytes(dataUrl: string): Uint8Array {
  const text = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}
