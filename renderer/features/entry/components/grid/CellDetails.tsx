import { describeWarning } from '../../model/checks/describe';
import type { EntryWarning } from '../../../../../shared/model';
import { formatOneDecimal, formatValue } from '../../model/format';
import type { Figures } from '../../model/session/figures';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/use-language';

interface CellDetailsProps {
  title: string;
  figures: Figures | null;
  warnings: readonly EntryWarning[];
  unit: string;
  onHistory(): void;
}

/** The active cell in full below the grid: both figures, source, note, warnings, and its history. */
export function CellDetails({ title, figures, warnings, unit, onHistory }: CellDetailsProps) {
  const { t } = useTranslation('entry');
  const language = useLanguage();
  const value = figures?.value ?? null;
  return (
    <section className="entry-details" aria-label={t('grid.activeCell')}>
      <h2 className="entry-details__title">{title}</h2>
      <dl className="entry-details__list">
        <div>
          <dt>{t('fields.value')}</dt>
          <dd>{value === null ? '—' : `${formatValue(value, language)} ${unit}`.trim()}</dd>
        </div>
        <div>
          <dt>{t('fields.yoyPct')}</dt>
          <dd>{figures?.yoyPct == null ? '—' : formatOneDecimal(figures.yoyPct, language)}</dd>
        </div>
        <div>
          <dt>{t('fields.source')}</dt>
          <dd>{figures?.source || '—'}</dd>
        </div>
        <div>
          <dt>{t('fields.note')}</dt>
          <dd>{figures?.note || '—'}</dd>
        </div>
      </dl>
      {warnings.length > 0 && (
        <ul className="entry-details__warnings">
          {warnings.map((warning) => (
            <li key={warning.kind}>{describeWarning(t, language, warning)}</li>
          ))}
        </ul>
      )}
      <button type="button" className="button button--small" onClick={onHistory} aria-keyshortcuts="Control+Shift+H">
        {t('grid.history')}
      </button>
    </section>
  );
}
