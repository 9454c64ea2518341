import { useTranslation } from 'react-i18next';
import { hashOf } from '../app/routes';
import { EmptyState } from './EmptyState';
import { ScreenIcon } from './Icon';
import { SampleOffer } from '../features/sample/components/SampleOffer';

/** For screens that need zones and indicators first: where to add them, or bring them in. */
export function NoCatalogState() {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('screens.noCatalog.title')}
      icon={<ScreenIcon screen="zones" />}
      actions={
        <>
          <a className="button button--primary" href={hashOf('zones')}>
            {t('screens.noCatalog.toCatalog')}
          </a>
          <a className="button" href={hashOf('import')}>
            {t('screens.noCatalog.toImport')}
          </a>
          <SampleOffer />
        </>
      }
    >
      <p>{t('screens.noCatalog.body')}</p>
    </EmptyState>
  );
}
