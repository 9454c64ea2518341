import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../app/catalog';
import { Loading } from '../../components/Loading';
import { NoCatalogState } from '../../components/NoCatalogState';
import { PageHeader } from '../../components/PageHeader';
import './entry.css';
import { EntryWorkspace } from './components/workspace/EntryWorkspace';

/** Monthly data entry: the form and the grid, once there are zones and indicators to enter. */
export function EntryScreen() {
  const { t } = useTranslation();
  const { zones, indicators, status } = useCatalog();
  if (status === 'ready' && zones.length > 0 && indicators.length > 0)
    return <EntryWorkspace zones={zones} indicators={indicators} />;
  return (
    <>
      <PageHeader title={t('screens.entry.title')} description={t('screens.entry.description')} />
      {status === 'loading' ? <Loading /> : <NoCatalogState />}
    </>
  );
}
