import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../shared/model';
import { formatNumber } from '../../i18n/format';
import { displayName } from './display-name';
import { indicatorTree } from './hierarchy';
import { NameCell } from './NameCell';
import { RowActions } from './RowActions';

interface IndicatorsTableProps {
  indicators: readonly Indicator[];
  onEdit(indicator: Indicator): void;
  onDelete(indicator: Indicator): void;
}

function plausibleText(indicator: Indicator, t: TFunction, locale: string): string {
  const { plausibleYoyMin: min, plausibleYoyMax: max } = indicator;
  const format = (value: number) => formatNumber(value, locale);
  if (min !== null && max !== null) return t('catalog.rangeText', { min: format(min), max: format(max) });
  if (min !== null) return t('catalog.rangeFrom', { min: format(min) });
  if (max !== null) return t('catalog.rangeTo', { max: format(max) });
  return t('common.notSet');
}

/** Components sit under their parent, indented: the hierarchy reads at a glance, with no "part of" column. */
export function IndicatorsTable({ indicators, onEdit, onDelete }: IndicatorsTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" aria-label={t('catalog.indicators.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('catalog.columns.name')}</th>
            <th scope="col">{t('catalog.columns.id')}</th>
            <th scope="col">{t('catalog.columns.unit')}</th>
            <th scope="col">{t('catalog.columns.kind')}</th>
            <th scope="col">{t('catalog.columns.required')}</th>
            <th scope="col">{t('catalog.columns.plausible')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {indicatorTree(indicators).map(({ indicator, depth }) => {
            return (
              <tr key={indicator.id} data-id={indicator.id}>
                <NameCell
                  entity={indicator}
                  style={{ paddingInlineStart: `${0.75 + depth * 1.5}rem` }}
                  prefix={depth > 0 && <span className="tree-mark" aria-hidden="true">└</span>}
                />
                <td>
                  <code className="code">{indicator.id}</code>
                </td>
                <td>{indicator.unit || t('common.notSet')}</td>
                <td>{t(`catalog.kinds.${indicator.kind}`)}</td>
                <td>{indicator.required ? t('common.yes') : t('common.notSet')}</td>
                <td className="table__nowrap">{plausibleText(indicator, t, i18n.language)}</td>
                <td className="table__actions">
                  <RowActions name={displayName(indicator, i18n.language)} onEdit={() => onEdit(indicator)} onDelete={() => onDelete(indicator)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
