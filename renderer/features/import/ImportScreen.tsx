import { PageHeader } from '../../components/PageHeader';
import './import.css';
import { ImportWizardView } from './components/ImportWizardView';
import { useTranslation } from 'react-i18next';

/** Spreadsheet import: the wizard from a file to its report, and the recent imports to undo. */
export function ImportScreen() {
  const { t } = useTranslation('import');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ImportWizardView />
    </>
  );
}
