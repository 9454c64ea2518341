import { PageHeader } from '../../components/PageHeader';
import './import.css';
import { useImportText } from './i18n/use-import-text';
import { ImportWizardView } from './components/ImportWizardView';

/** Spreadsheet import: the wizard from a file to its report, and the recent imports to undo. */
export function ImportScreen() {
  const { t } = useImportText();
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ImportWizardView />
    </>
  );
}
