import { useMemo, useState, type ReactNode } from 'react';
import { warningFigures, type MetricWarning } from '../../../../../shared/metrics';
import {
  addMonths,
  type Basis,
  type Indicator,
  type ObservationKey,
  type Period,
  type Zone,
} from '../../../../../shared/model';
import { readFigureText } from '../../model/checks/cell-input';
import { describeProblem, describeWarning } from '../../model/checks/describe';
import { cellWarnings } from '../../model/checks/cell-warnings';
import { indicatorLines } from '../../model/indicator-order';
import { displayName } from '../../../../../shared/model';
import { shortPeriodLabel as periodLabel } from '../../../../i18n/format';
import type { EntrySession } from '../../model/session/entry-session';
import { UnsavedEntriesContext } from '../../model/form/unsaved-context';
import type { FigureField, TextField } from '../../model/session/figures';
import { useSaveState, useSessionVersion } from '../../model/session/use-session';
import { copySources, editField, type PendingTexts } from '../../model/form/form-changes';
import { FormRow } from './FormRow';
import { useLiveMetrics } from '../../model/form/use-live-metrics';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useLanguage } from '../../../../i18n/use-language';

export interface EntryFormProps {
  session: EntrySession;
  zone: Zone;
  benchmark: Zone | undefined;
  indicators: readonly Indicator[];
  period: Period;
  basis: Basis;
  latest: Period;
  onOpenHistory(key: ObservationKey, title: string): void;
  /** The zone-month's status control, shown beside the form's actions; told how many warnings lack a reason note. */
  status?: (unexplainedWarnings: number) => ReactNode;
}

function metricWarningText(
  t: TFunction<'entry'>,
  language: string,
  indicators: readonly Indicator[],
  warning: MetricWarning,
): string {
  return t(`checks.${warning.kind}`, { ...warningFigures(warning, indicators, language === 'zh' ? 'zh' : 'en') });
}

/**
 * Every indicator of one zone for one period and basis, grouped under its parent: value, published
 * YoY, source and note, with the computed figures beside them. Mount it per zone-month (key it).
 */
export function EntryForm({
  session,
  zone,
  benchmark,
  indicators,
  period,
  basis,
  latest,
  onOpenHistory,
  status,
}: EntryFormProps) {
  const { t } = useTranslation('entry');
  const language = useLanguage();
  useSessionVersion(session);
  const saveState = useSaveState(session);
  const [pending, setPending] = useState<Record<string, PendingTexts>>({});
  const [notice, setNotice] = useState('');
  const lines = useMemo(() => indicatorLines(indicators), [indicators]);
  const metrics = useLiveMetrics({
    zoneId: zone.id,
    period,
    basis,
    revision: saveState.kind === 'saved' ? saveState.at.getTime() : saveState.kind,
  });
  const keyOf = (indicatorId: string): ObservationKey => ({ zoneId: zone.id, indicatorId, period, basis });
  const figuresAt = (key: ObservationKey) => session.figures(key);

  function commitFigure(indicator: Indicator, field: FigureField, text: string) {
    const reading = readFigureText(text, field, indicator, period, latest);
    if (!reading.ok) return reading.problem;
    const key = keyOf(indicator.id);
    const edit = editField(key, session.figures(key), pending[indicator.id], field, reading.value);
    if (edit.change) session.commit('edit', [edit.change]);
    setPending((all) => ({ ...all, [indicator.id]: edit.pending ?? {} }));
    return null;
  }

  function commitText(indicator: Indicator, field: TextField, text: string) {
    const key = keyOf(indicator.id);
    const edit = editField(key, session.figures(key), pending[indicator.id], field, text);
    if (edit.change) session.commit('edit', [edit.change]);
    setPending((all) => ({ ...all, [indicator.id]: edit.pending ?? {} }));
  }

  /** The source in the latest earlier month (within a year) that had one. */
  function earlierSource(indicatorId: string): { source: string; period: Period } | null {
    for (let back = 1; back <= 12; back++) {
      const earlier = addMonths(period, -back);
      const source = session.figures({ ...keyOf(indicatorId), period: earlier })?.source;
      if (source) return { source, period: earlier };
    }
    return null;
  }

  function onCopySources() {
    const rows = lines.map(({ indicator }) => ({ indicatorId: indicator.id, key: keyOf(indicator.id) }));
    const copy = copySources(rows, figuresAt, (id) => earlierSource(id)?.source ?? null, pending);
    if (copy.changes.length > 0) session.commit('sources', copy.changes);
    setPending(copy.pending);
    const from =
      lines.map(({ indicator }) => earlierSource(indicator.id)?.period).find(Boolean) ?? addMonths(period, -1);
    setNotice(
      copy.count > 0
        ? t('form.copySourcesDone', { count: copy.count, period: periodLabel(from, basis, language) })
        : t('form.copySourcesNone', { period: periodLabel(addMonths(period, -1), basis, language) }),
    );
  }

  const rowsByIndicator = new Map(metrics?.rows.map((row) => [row.indicatorId, row]));
  const marks = new Map(
    metrics?.marks.filter((mark) => mark.field === 'yoyPct').map((mark) => [mark.indicatorId, mark.mark]),
  );
  const benchmarkName = benchmark ? displayName(benchmark, language) : null;
  const rows = lines.map(({ indicator, depth }) => {
    const key = keyOf(indicator.id);
    const warnings = [
      ...cellWarnings(key, indicator, indicators, figuresAt).map((warning) => describeWarning(t, language, warning)),
      ...(metrics?.warnings ?? [])
        .filter((warning) => warning.indicatorId === indicator.id)
        .map((warning) => metricWarningText(t, language, indicators, warning)),
    ];
    return { indicator, depth, key, name: displayName(indicator, language), warnings };
  });
  const unexplained = rows.filter((row) => row.warnings.length > 0 && !session.figures(row.key)?.note).length;

  return (
    <section
      className="entry-form"
      aria-label={t('form.caption', {
        zone: displayName(zone, language),
        period: periodLabel(period, basis, language),
      })}
    >
      <div className="entry-form__actions">
        {status?.(unexplained)}
        <button type="button" className="button button--small" onClick={onCopySources}>
          {t('form.copySources')}
        </button>
        <p className="entry-form__notice" role="status" aria-live="polite">
          {notice}
        </p>
        <p className="entry-form__keys">{t('form.enterHint')}</p>
      </div>
      <div className="table-wrap entry-form__wrap">
        <table className="table entry-form__table">
          <caption className="visually-hidden">
            {t('form.caption', { zone: displayName(zone, language), period: periodLabel(period, basis, language) })}
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('form.indicator')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('fields.value')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('fields.yoyPct')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('form.sourceAndNote')}
              </th>
              <th scope="colgroup" colSpan={4} className="entry-form__live-head">
                {t('form.live')}
              </th>
              <th scope="col" rowSpan={2}>
                <span className="visually-hidden">{t('grid.history')}</span>
              </th>
            </tr>
            <tr>
              <th scope="col" className="entry-form__live-head">
                {t('form.computedYoy')}
              </th>
              <th scope="col" className="entry-form__live-head">
                {t('form.priorValue')}
              </th>
              <th scope="col" className="entry-form__live-head">
                {t('form.contribution')}
              </th>
              <th scope="col" className="entry-form__live-head">
                {benchmarkName ? t('form.gap', { benchmark: benchmarkName }) : t('form.gapNoBenchmark')}
              </th>
            </tr>
          </thead>
          <UnsavedEntriesContext value={session.unsaved}>
            <tbody>
              {rows.map(({ indicator, depth, key, name, warnings }, index) => (
                <FormRow
                  key={indicator.id}
                  index={index}
                  indicator={indicator}
                  name={name}
                  depth={depth}
                  figures={session.figures(key)}
                  pendingSource={pending[indicator.id]?.source}
                  pendingNote={pending[indicator.id]?.note}
                  warnings={warnings}
                  metrics={rowsByIndicator.get(indicator.id)}
                  mark={marks.get(indicator.id)}
                  t={t}
                  language={language}
                  onFigure={(field, text) => commitFigure(indicator, field, text)}
                  onText={(field, text) => commitText(indicator, field, text)}
                  onHistory={() => onOpenHistory(key, `${name} · ${periodLabel(period, basis, language)}`)}
                  describe={(problem) => describeProblem(t, language, problem)}
                />
              ))}
            </tbody>
          </UnsavedEntriesContext>
        </table>
      </div>
    </section>
  );
}
