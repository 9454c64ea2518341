import { useTranslation } from 'react-i18next';
import { CatalogGate } from '../../components/CatalogGate';
import { PageHeader } from '../../components/PageHeader';
import { ExportWorkspace } from './components/ExportWorkspace';
import './export.css';

/** Save the comparison workbook or the Metrics CSV, once there are zones and indicators. */
export function ExportScreen() {
  const { t } = useTranslation();
  return (
    <CatalogGate
      needs="catalog"
      header={<PageHeader title={t('screens.export.title')} description={t('screens.export.description')} />}
    >
      {({ zones, indicators }) => <ExportWorkspace zones={zones} indicators={indicators} />}
    </CatalogGate>
  );
}
