import { Fragment, useState } from 'react';
import type { Indicator, Zone } from '../../../../shared/model';
import { entered, unitLabel, wholeNumber } from '../model/format';
import { displayName } from '../../../../shared/model';
import {
  nextSortOrder,
  sortZoneTable,
  type SortKey,
  type SortOrder,
  type ZoneTableField,
  type ZoneTableRow,
} from '../model/zone-table';
import { GrowthValue } from './GrowthValue';
import { SortableHeader } from './SortableHeader';
import { TableFrame } from '../../../components/TableFrame';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

interface ZoneTableProps {
  caption: string;
  rows: readonly ZoneTableRow[];
  indicators: readonly Indicator[];
  focusZoneId: string;
}

const FIELD_LABELS: Record<ZoneTableField, 'zones.value' | 'zones.yoy' | 'zones.gap' | 'zones.rank' | 'zones.streak'> =
  {
    value: 'zones.value',
    yoyPct: 'zones.yoy',
    gapPp: 'zones.gap',
    rank: 'zones.rank',
    streakMonths: 'zones.streak',
  };

/** Zones × chosen indicators: value, YoY %, gap to benchmark, rank and streak; every column sorts. */
export function ZoneTable({ caption, rows, indicators, focusZoneId }: ZoneTableProps) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  const firstYoy: SortKey = indicators[0]
    ? { column: 'metric', indicatorId: indicators[0].id, field: 'yoyPct' }
    : { column: 'zone' };
  const [order, setOrder] = useState<SortOrder>({ key: firstYoy, descending: true });
  const sorted = sortZoneTable(rows, order, (zone) => displayName(zone, language));
  const directionOf = (key: SortKey) =>
    JSON.stringify(order.key) === JSON.stringify(key) ? (order.descending ? 'descending' : 'ascending') : null;
  const sortBy = (key: SortKey) => setOrder((current) => nextSortOrder(current, key));
  const benchmarkTitle = (zones: Zone[]) =>
    t('zones.benchmarkHint', { zones: zones.map((zone) => displayName(zone, language)).join(', ') });

  return (
    <TableFrame label={caption}>
      <table className="table compare-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} aria-sort={directionOf({ column: 'zone' }) ?? 'none'}>
              <button
                type="button"
                className="sort-button"
                onClick={() => sortBy({ column: 'zone' })}
                title={t('zones.sortBy', { column: t('zones.zone') })}
              >
                {t('zones.zone')}
                <span className="sort-button__mark" aria-hidden="true">
                  {order.key.column === 'zone' ? (order.descending ? '↓' : '↑') : '↕'}
                </span>
              </button>
            </th>
            {indicators.map((indicator) => (
              <th key={indicator.id} scope="colgroup" colSpan={5} className="compare-table__group">
                {displayName(indicator, language)}
                {indicator.unit && (
                  <span className="compare-table__unit"> ({unitLabel(indicator.unit, language)})</span>
                )}
              </th>
            ))}
          </tr>
          <tr>
            {indicators.map((indicator) => (
              <Fragment key={indicator.id}>
                {(Object.keys(FIELD_LABELS) as ZoneTableField[]).map((field) => {
                  const key: SortKey = { column: 'metric', indicatorId: indicator.id, field };
                  return (
                    <SortableHeader
                      key={field}
                      label={t(FIELD_LABELS[field])}
                      direction={directionOf(key)}
                      onSort={() => sortBy(key)}
                      numeric
                    />
                  );
                })}
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.zone.id} className={row.zone.id === focusZoneId ? 'compare-table__focus' : undefined}>
              <th scope="row" className="table__name">
                {displayName(row.zone, language)}
                {row.benchmarkOf.length > 0 && (
                  <span className="badge" title={benchmarkTitle(row.benchmarkOf)}>
                    {t('zones.benchmark')}
                  </span>
                )}
              </th>
              {indicators.map((indicator) => {
                const cell = row.cells[indicator.id];
                return (
                  <Fragment key={indicator.id}>
                    <td className="table__number">{entered(cell?.value)}</td>
                    <td className="table__number">
                      <GrowthValue value={cell?.yoyPct} kind={indicator.kind} />
                    </td>
                    <td className="table__number">
                      <GrowthValue value={cell?.gapPp} signed />
                    </td>
                    <td className="table__number">{wholeNumber(cell?.rank)}</td>
                    <td className="table__number">
                      {cell?.streakMonths
                        ? t('zones.streakMonths', { count: cell.streakMonths })
                        : wholeNumber(cell?.streakMonths)}
                    </td>
                  </Fragment>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
