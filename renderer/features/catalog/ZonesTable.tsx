import { useTranslation } from 'react-i18next';
import type { Zone } from '../../../shared/model';
import { displayName } from './display-name';
import { NameCell } from './NameCell';
import { RowActions } from './RowActions';

interface ZonesTableProps {
  zones: readonly Zone[];
  onEdit(zone: Zone): void;
  onDelete(zone: Zone): void;
}

export function ZonesTable({ zones, onEdit, onDelete }: ZonesTableProps) {
  const { t, i18n } = useTranslation();
  const byId = new Map(zones.map((zone) => [zone.id, zone]));
  return (
    <div className="table-wrap">
      <table className="table" aria-label={t('catalog.zones.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('catalog.columns.name')}</th>
            <th scope="col">{t('catalog.columns.id')}</th>
            <th scope="col">{t('catalog.columns.region')}</th>
            <th scope="col">{t('catalog.columns.benchmark')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {zones.map((zone) => {
            const benchmark = zone.benchmarkZoneId ? byId.get(zone.benchmarkZoneId) : undefined;
            const name = displayName(zone, i18n.language);
            return (
              <tr key={zone.id} data-id={zone.id}>
                <NameCell entity={zone} />
                <td>
                  <code className="code">{zone.id}</code>
                </td>
                <td>{zone.region || t('common.notSet')}</td>
                <td>{benchmark ? displayName(benchmark, i18n.language) : t('common.notSet')}</td>
                <td className="table__actions">
                  <RowActions name={name} onEdit={() => onEdit(zone)} onDelete={() => onDelete(zone)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
