import type { ImportItem } from '../../../../../shared/api';
import { useCatalog } from '../../../../app/catalog';
import type { Decisions, RowChoice } from '../../model/conflict-decisions';
import { keyText } from '../../model/names';
import { useFigureText } from '../../model/use-figure-text';
import { nameOf } from '../../../../i18n/names';
import { TableFrame } from '../../../../components/TableFrame';
import { shortPeriodLabel } from '../../../../i18n/format';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/use-language';

/** The conflicts side by side, stored and incoming, each with its own choice. */
export function ConflictTable({
  conflicts,
  decisions,
  onChoose,
}: {
  conflicts: readonly ImportItem[];
  decisions: Decisions;
  onChoose(key: string, choice: RowChoice | null): void;
}) {
  const { t } = useTranslation('import');
  const language = useLanguage();
  const { zones, indicators } = useCatalog();
  const figureText = useFigureText();
  return (
    <TableFrame label={t('changes.conflictsCaption')}>
      <table className="table">
        <caption className="import-caption">{t('changes.conflictsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('changes.key')}</th>
            <th scope="col">{t('problems.place')}</th>
            <th scope="col" className="table__number">
              {t('changes.stored')}
            </th>
            <th scope="col" className="table__number">
              {t('changes.incoming')}
            </th>
            <th scope="col">{t('changes.choice')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((item) => {
            const id = keyText(item.key);
            const indicator = nameOf(indicators, item.key.indicatorId, language);
            const where = `${nameOf(zones, item.key.zoneId, language)} · ${shortPeriodLabel(item.key.period, item.key.basis, language)} · ${t(`source.bases.${item.key.basis}`)}`;
            const label = `${indicator} · ${where}`;
            return (
              <tr key={id}>
                <th scope="row" className="import-conflict__key">
                  <span className="table__name">{indicator}</span>
                  <span className="muted">{where}</span>
                </th>
                <td className="code">{item.place}</td>
                <td className="table__number table__nowrap">{figureText(item.existing)}</td>
                <td className="table__number table__nowrap">{figureText(item.incoming)}</td>
                <td>
                  <select
                    className="select select--compact"
                    aria-label={t('changes.choiceFor', { key: label })}
                    value={decisions.rows[id] ?? ''}
                    onChange={(event) => onChoose(id, (event.target.value || null) as RowChoice | null)}
                  >
                    <option value="">{t('changes.choices.default')}</option>
                    <option value="overwrite">{t('changes.choices.overwrite')}</option>
                    <option value="keep">{t('changes.choices.keep')}</option>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableFrame>
  );
}
