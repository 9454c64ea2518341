import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hashOf } from '../../../app/routes';
import { EmptyState } from '../../../components/EmptyState';
import { ScreenIcon } from '../../../components/Icon';

/** No zones (or indicators) yet: what they are for, add one, or import a workbook that has them. */
export function CatalogEmptyState({ kind, action }: { kind: 'zones' | 'indicators'; action: ReactNode }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t(`catalog.${kind}.emptyTitle`)}
      icon={<ScreenIcon screen="zones" />}
      actions={
        <>
          {action}
          <a className="button" href={hashOf('import')}>
            {t('screens.noCatalog.toImport')}
          </a>
        </>
      }
    >
      <p>{t(`catalog.${kind}.emptyBody`)}</p>
    </EmptyState>
  );
}
