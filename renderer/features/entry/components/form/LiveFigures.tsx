import { withPointsUnit, type MetricRow } from '../../../../../shared/metrics';
import type { IndicatorKind } from '../../../../../shared/model';
import { formatLevel, formatOneDecimal } from '../../model/format';
import type { TFunction } from 'i18next';

interface LiveFiguresProps {
  row: MetricRow | undefined;
  /** A rate's YoY is a change in pp, and says so. */
  kind: IndicatorKind;
  mark: string | undefined;
  t: TFunction<'entry'>;
  language: string;
}

function pp(value: number | null, language: string): string {
  return value === null ? '' : `${value > 0 ? '+' : ''}${formatOneDecimal(value, language)}`;
}

/** Computed YoY (marked when computed rather than published), prior-year value, contribution and gap: read-only cells. */
export function LiveFigures({ row, kind, mark, t, language }: LiveFiguresProps) {
  const yoy = row?.yoyPct ?? null;
  return (
    <>
      <td className="entry-form__live">
        {yoy !== null ? (
          <>
            {withPointsUnit(formatOneDecimal(yoy, language), kind, language === 'zh' ? 'zh' : 'en')}
            {row?.yoySource === 'computed' && (
              <span className="entry-tag entry-tag--computed">{t('yoySource.computed')}</span>
            )}
          </>
        ) : (
          (mark ?? '')
        )}
      </td>
      <td className="entry-form__live">{formatLevel(row?.priorValue ?? null, language)}</td>
      <td className="entry-form__live">{pp(row?.contributionPp ?? null, language)}</td>
      <td className="entry-form__live">{pp(row?.gapPp ?? null, language)}</td>
    </>
  );
}
