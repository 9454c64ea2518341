import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../../shared/model';
import { formatNumber } from '../../../i18n/format';
import { CatalogRow } from './CatalogRow';
import { CatalogTable } from './CatalogTable';
import { indicatorTree } from '../model/hierarchy';

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
    <CatalogTable
      label={t('catalog.indicators.tableLabel')}
      columns={[
        t('catalog.columns.name'),
        t('catalog.columns.id'),
        t('catalog.columns.unit'),
        t('catalog.columns.kind'),
        t('catalog.columns.required'),
        t('catalog.columns.plausible'),
      ]}
    >
      {indicatorTree(indicators).map(({ indicator, depth }) => (
        <CatalogRow
          key={indicator.id}
          entity={indicator}
          nameCell={{
            style: { paddingInlineStart: `${0.75 + depth * 1.5}rem` },
            prefix: depth > 0 && (
              <span className="tree-mark" aria-hidden="true">
                └
              </span>
            ),
          }}
          onEdit={() => onEdit(indicator)}
          onDelete={() => onDelete(indicator)}
        >
          <td>{indicator.unit || t('common.notSet')}</td>
          <td>{t(`catalog.kinds.${indicator.kind}`)}</td>
          <td>{indicator.required ? t('common.yes') : t('common.notSet')}</td>
          <td className="table__nowrap">{plausibleText(indicator, t, i18n.language)}</td>
        </CatalogRow>
      ))}
    </CatalogTable>
  );
}
