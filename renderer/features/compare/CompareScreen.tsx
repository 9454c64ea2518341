import { useTranslation } from 'react-i18next';
import { CatalogGate } from '../../components/CatalogGate';
import { PageHeader } from '../../components/PageHeader';
import { CompareWorkspace } from './components/CompareWorkspace';
import './compare.css';

/** Compare zones and periods, once there are zones and indicators to compare. */
export function CompareScreen() {
  const { t } = useTranslation();
  return (
    <CatalogGate
      needs="catalog"
      header={<PageHeader title={t('screens.compare.title')} description={t('screens.compare.description')} />}
    >
      {({ zones, indicators }) => <CompareWorkspace zones={zones} indicators={indicators} />}
    </CatalogGate>
  );
}
