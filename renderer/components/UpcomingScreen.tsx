import { useTranslation } from 'react-i18next';
import { useCatalog } from '../app/catalog';
import { EmptyState } from './EmptyState';
import { ScreenIcon } from './Icon';
import { Loading } from './Loading';
import { NoCatalogState } from './NoCatalogState';
import { PageHeader } from './PageHeader';

type UpcomingScreenName = 'entry' | 'compare' | 'import' | 'export';

/**
 * A screen whose feature is still to come: what it is for, and either how to get data in first
 * or what will appear here. Each feature folder replaces this with its real screen.
 */
export function UpcomingScreen({ screen, needsCatalog }: { screen: UpcomingScreenName; needsCatalog: boolean }) {
  const { t } = useTranslation();
  const { zones, indicators, status } = useCatalog();
  const catalogMissing = zones.length === 0 || indicators.length === 0;

  return (
    <>
      <PageHeader title={t(`screens.${screen}.title`)} description={t(`screens.${screen}.description`)} />
      {needsCatalog && status === 'loading' ? (
        <Loading />
      ) : needsCatalog && catalogMissing ? (
        <NoCatalogState />
      ) : (
        <EmptyState title={t(`screens.${screen}.comingTitle`)} icon={<ScreenIcon screen={screen} />}>
          <p>{t(`screens.${screen}.comingBody`, { zones: zones.length, indicators: indicators.length })}</p>
        </EmptyState>
      )}
    </>
  );
}
