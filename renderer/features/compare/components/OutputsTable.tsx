import { level, unitLabel } from '../format';
import { useCompareText } from '../i18n/use-compare-text';
import type { OutputRow } from '../model/outputs';
import { displayName } from '../names';
import { GrowthValue } from './GrowthValue';

/** The product output table: output, unit, YoY %, and the prior-year output the growth implies. */
export function OutputsTable({ rows }: { rows: readonly OutputRow[] }) {
  const { t, language } = useCompareText();
  return (
    <section className="panel" aria-labelledby="outputs-title">
      <h2 className="panel__title" id="outputs-title">
        {t('outputs.title')}
      </h2>
      {rows.length === 0 ? (
        <p className="compare-note">{t('outputs.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('outputs.indicator')}</th>
                <th scope="col" className="table__number">
                  {t('outputs.value')}
                </th>
                <th scope="col">{t('outputs.unit')}</th>
                <th scope="col" className="table__number">
                  {t('outputs.yoy')}
                </th>
                <th scope="col" className="table__number">
                  {t('outputs.prior')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ indicator, row }) => (
                <tr key={indicator.id}>
                  <th scope="row" className="table__name">
                    {displayName(indicator, language)}
                  </th>
                  <td className="table__number">{level(row.value)}</td>
                  <td>{unitLabel(indicator.unit, language)}</td>
                  <td className="table__number">
                    <GrowthValue value={row.yoyPct} />
                  </td>
                  <td className="table__number">{level(row.priorValue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
