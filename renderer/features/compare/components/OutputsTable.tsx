import { entered, level, unitLabel } from '../model/format';
import type { OutputRow } from '../model/outputs';
import { GrowthValue } from './GrowthValue';
import { IndicatorTable, NumberHeader } from './IndicatorTable';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

/** The product output table: output, unit, YoY %, and the prior-year output the growth implies. */
export function OutputsTable({ rows }: { rows: readonly OutputRow[] }) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  return (
    <section className="panel" aria-labelledby="outputs-title">
      <h2 className="panel__title" id="outputs-title">
        {t('outputs.title')}
      </h2>
      <IndicatorTable
        labelledBy="outputs-title"
        rows={rows}
        empty={t('outputs.empty')}
        head={
          <tr>
            <th scope="col">{t('outputs.indicator')}</th>
            <NumberHeader>{t('outputs.value')}</NumberHeader>
            <th scope="col">{t('outputs.unit')}</th>
            <NumberHeader>{t('outputs.yoy')}</NumberHeader>
            <NumberHeader>{t('outputs.prior')}</NumberHeader>
          </tr>
        }
        cells={({ indicator, row }) => (
          <>
            <td className="table__number">{entered(row.value)}</td>
            <td>{unitLabel(indicator.unit, language)}</td>
            <td className="table__number">
              <GrowthValue value={row.yoyPct} kind={indicator.kind} />
            </td>
            <td className="table__number">{level(row.priorValue)}</td>
          </>
        )}
      />
    </section>
  );
}
