import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { AboutSection } from './components/AboutSection';
import { BackupsSection } from './components/BackupsSection';
import { DataLocationSection } from './components/DataLocationSection';
import { PreferencesSection } from './components/PreferencesSection';
import { StoreSection } from './components/StoreSection';
import { useStoreInfo } from './model/use-store-info';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { info, failed, reload, replace } = useStoreInfo();
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <div className="stack">
        <PreferencesSection />
        <DataLocationSection onSwitched={() => void reload()} />
        {info ? (
          <>
            <StoreSection info={info} onRefresh={() => void reload()} />
            <BackupsSection backups={info.backups} onRestored={replace} />
          </>
        ) : failed ? (
          <LoadFailed onRetry={() => void reload()} />
        ) : (
          <Loading />
        )}
        <AboutSection />
      </div>
    </>
  );
}
