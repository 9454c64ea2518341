import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../app/catalog';
import { Loading } from '../../components/Loading';
import { NoCatalogState } from '../../components/NoCatalogState';
import { PageHeader } from '../../components/PageHeader';
import { ExportWorkspace } from './components/ExportWorkspace';
import './export.css';

/** Save the comparison workbook or the Metrics CSV, once there are zones and indicators. */
export function ExportScreen() {
  const { t } = useTranslation();
  const { zones, indicators, status } = useCatalog();
  if (status === 'ready' && zones.length > 0 && indicators.length > 0)
    return <ExportWorkspace zones={zones} indicators={indicators} />;
  return (
    <>
      <PageHeader title={t('screens.export.title')} description={t('screens.export.description')} />
      {status === 'loading' ? <Loading /> : <NoCatalogState />}
    </>
  );
}
