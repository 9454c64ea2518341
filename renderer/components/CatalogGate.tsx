import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Zone } from '../../shared/model';
import { useCatalog } from '../app/catalog';
import { hashOf } from '../app/routes';
import { SampleOffer } from '../features/sample/components/SampleOffer';
import { EmptyState } from './EmptyState';
import { ScreenIcon } from './Icon';
import { LoadFailed } from './LoadFailed';
import { Loading } from './Loading';

export interface ReadyCatalog {
  zones: Zone[];
  indicators: Indicator[];
}

interface CatalogGateProps {
  /** What the content needs: zones and indicators both, or one list of the zones screen. */
  needs: 'catalog' | 'zones' | 'indicators';
  /** Shown above the loading, failed or empty state, for screens whose content draws its own header. */
  header?: ReactNode;
  /** The first action of the empty state; by default the way to the zones screen. */
  action?: ReactNode;
  children(catalog: ReadyCatalog): ReactNode;
}

/** The content once the catalog it needs is in; until then loading, a failure with a retry, or what to add first. */
export function CatalogGate({ needs, header, action, children }: CatalogGateProps) {
  const { zones, indicators, status, reload } = useCatalog();
  const missing = (needs !== 'indicators' && zones.length === 0) || (needs !== 'zones' && indicators.length === 0);
  if (status === 'ready' && !missing) return children({ zones, indicators });
  return (
    <>
      {header}
      {status === 'loading' ? (
        <Loading />
      ) : status === 'failed' ? (
        <LoadFailed onRetry={() => void reload()} />
      ) : (
        <NothingYet needs={needs} action={action} />
      )}
    </>
  );
}

/** No zones or indicators yet: what they are for, where to add them, or bring them in. */
function NothingYet({ needs, action }: Pick<CatalogGateProps, 'needs' | 'action'>) {
  const { t } = useTranslation();
  const text =
    needs === 'catalog'
      ? { title: t('screens.noCatalog.title'), body: t('screens.noCatalog.body') }
      : { title: t(`catalog.${needs}.emptyTitle`), body: t(`catalog.${needs}.emptyBody`) };
  return (
    <EmptyState
      title={text.title}
      icon={<ScreenIcon screen="zones" />}
      actions={
        <>
          {action ?? (
            <a className="button button--primary" href={hashOf('zones')}>
              {t('screens.noCatalog.toCatalog')}
            </a>
          )}
          <a className="button" href={hashOf('import')}>
            {t('screens.noCatalog.toImport')}
          </a>
          {needs === 'catalog' && <SampleOffer />}
        </>
      }
    >
      <p>{text.body}</p>
    </EmptyState>
  );
}
