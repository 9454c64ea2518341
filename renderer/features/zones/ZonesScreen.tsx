import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeleteOutcome } from '../../../shared/api';
import type { Indicator, Zone } from '../../../shared/model';
import { useCatalog } from '../../app/catalog';
import { useNotify } from '../../app/notifications';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { CatalogGate } from '../../components/CatalogGate';
import { DeleteFlow, type DeleteTarget } from './components/DeleteFlow';
import { displayName } from '../../../shared/model';
import { IndicatorFormDialog } from './components/IndicatorFormDialog';
import { IndicatorsTable } from './components/IndicatorsTable';
import { ZoneFormDialog } from './components/ZoneFormDialog';
import { ZonesTable } from './components/ZonesTable';

type Tab = 'zones' | 'indicators';
type Editing = { kind: 'zone'; zone?: Zone } | { kind: 'indicator'; indicator?: Indicator };

/** Zones and indicators: list, add, edit and delete, one tab each. */
export function ZonesScreen() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const catalog = useCatalog();
  const [tab, setTab] = useState<Tab>('zones');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);

  async function saved(entity: Zone | Indicator, kind: 'zones' | 'indicators', mode: 'create' | 'update') {
    setEditing(null);
    await catalog.reload();
    notify({
      tone: 'success',
      text: t(`catalog.${kind}.${mode === 'create' ? 'created' : 'saved'}`, {
        name: displayName(entity, i18n.language),
      }),
    });
  }

  async function deleted(target: DeleteTarget, _outcome: DeleteOutcome) {
    setDeleting(null);
    await catalog.reload();
    notify({
      tone: 'success',
      text: t(`catalog.${target.kind === 'zone' ? 'zones' : 'indicators'}.deleted`, { name: target.name }),
    });
  }

  const addButton =
    tab === 'zones' ? (
      <button type="button" className="button button--primary" onClick={() => setEditing({ kind: 'zone' })}>
        {t('catalog.zones.add')}
      </button>
    ) : (
      <button type="button" className="button button--primary" onClick={() => setEditing({ kind: 'indicator' })}>
        {t('catalog.indicators.add')}
      </button>
    );

  return (
    <>
      <PageHeader title={t('catalog.title')} description={t('catalog.description')} actions={addButton} />
      <Tabs
        label={t('catalog.tabs.label')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { key: 'zones', label: <TabLabel text={t('catalog.tabs.zones')} count={catalog.zones.length} /> },
          {
            key: 'indicators',
            label: <TabLabel text={t('catalog.tabs.indicators')} count={catalog.indicators.length} />,
          },
        ]}
      >
        <CatalogGate needs={tab} action={addButton}>
          {({ zones, indicators }) =>
            tab === 'zones' ? (
              <ZonesTable
                zones={zones}
                onEdit={(zone) => setEditing({ kind: 'zone', zone })}
                onDelete={(zone) => setDeleting({ kind: 'zone', id: zone.id, name: displayName(zone, i18n.language) })}
              />
            ) : (
              <IndicatorsTable
                indicators={indicators}
                onEdit={(indicator) => setEditing({ kind: 'indicator', indicator })}
                onDelete={(indicator) =>
                  setDeleting({ kind: 'indicator', id: indicator.id, name: displayName(indicator, i18n.language) })
                }
              />
            )
          }
        </CatalogGate>
      </Tabs>

      {editing?.kind === 'zone' && (
        <ZoneFormDialog
          zone={editing.zone}
          zones={catalog.zones}
          onClose={() => setEditing(null)}
          onSaved={(zone, mode) => void saved(zone, 'zones', mode)}
        />
      )}
      {editing?.kind === 'indicator' && (
        <IndicatorFormDialog
          indicator={editing.indicator}
          indicators={catalog.indicators}
          onClose={() => setEditing(null)}
          onSaved={(indicator, mode) => void saved(indicator, 'indicators', mode)}
        />
      )}
      {deleting && (
        <DeleteFlow
          target={deleting}
          onDeleted={(outcome) => void deleted(deleting, outcome)}
          onCancel={(error) => {
            setDeleting(null);
            if (error?.code === 'not_found') void catalog.reload();
          }}
        />
      )}
    </>
  );
}

function TabLabel({ text, count }: { text: string; count: number }) {
  return (
    <>
      {text} <span className="tabs__count">{count}</span>
    </>
  );
}
