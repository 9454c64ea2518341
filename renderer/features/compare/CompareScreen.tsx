import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../app/catalog';
import { Loading } from '../../components/Loading';
import { NoCatalogState } from '../../components/NoCatalogState';
import { PageHeader } from '../../components/PageHeader';
import { CompareWorkspace } from './components/CompareWorkspace';
import './compare.css';

/** Compare zones and periods, once there are zones and indicators to compare. */
export function CompareScreen() {
  const { t } = useTranslation();
  const { zones, indicators, status } = useCatalog();
  if (status === 'ready' && zones.length > 0 && indicators.length > 0)
    return <CompareWorkspace zones={zones} indicators={indicators} />;
  return (
    <>
      <PageHeader title={t('screens.compare.title')} description={t('screens.compare.description')} />
      {status === 'loading' ? <Loading /> : <NoCatalogState />}
    </>
  );
}
