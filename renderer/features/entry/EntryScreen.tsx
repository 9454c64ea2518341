import { useTranslation } from 'react-i18next';
import { CatalogGate } from '../../components/CatalogGate';
import { PageHeader } from '../../components/PageHeader';
import './entry.css';
import { EntryWorkspace } from './components/workspace/EntryWorkspace';

/** Monthly data entry: the form and the grid, once there are zones and indicators to enter. */
export function EntryScreen() {
  const { t } = useTranslation();
  return (
    <CatalogGate
      needs="catalog"
      header={<PageHeader title={t('screens.entry.title')} description={t('screens.entry.description')} />}
    >
      {({ zones, indicators }) => <EntryWorkspace zones={zones} indicators={indicators} />}
    </CatalogGate>
  );
}
