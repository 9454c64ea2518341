import { useTranslation } from 'react-i18next';
import type { Zone } from '../../../../shared/model';
import { CatalogRow } from './CatalogRow';
import { CatalogTable } from './CatalogTable';
import { displayName } from '../../../../shared/model';

interface ZonesTableProps {
  zones: readonly Zone[];
  onEdit(zone: Zone): void;
  onDelete(zone: Zone): void;
}

export function ZonesTable({ zones, onEdit, onDelete }: ZonesTableProps) {
  const { t, i18n } = useTranslation();
  const byId = new Map(zones.map((zone) => [zone.id, zone]));
  return (
    <CatalogTable
      label={t('catalog.zones.tableLabel')}
      columns={[
        t('catalog.columns.name'),
        t('catalog.columns.id'),
        t('catalog.columns.region'),
        t('catalog.columns.benchmark'),
      ]}
    >
      {zones.map((zone) => {
        const benchmark = zone.benchmarkZoneId ? byId.get(zone.benchmarkZoneId) : undefined;
        return (
          <CatalogRow key={zone.id} entity={zone} onEdit={() => onEdit(zone)} onDelete={() => onDelete(zone)}>
            <td>{zone.region || t('common.notSet')}</td>
            <td>{benchmark ? displayName(benchmark, i18n.language) : t('common.notSet')}</td>
          </CatalogRow>
        );
      })}
    </CatalogTable>
  );
}
