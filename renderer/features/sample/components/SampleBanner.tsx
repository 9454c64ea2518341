import { useTranslation } from 'react-i18next';
import { request } from '../../../api';
import { useSampleStatus } from '../model/use-sample-status';

/** On every screen while the sample is open: what it is, and leaving it in one click. */
export function SampleBanner() {
  const { t } = useTranslation();
  const status = useSampleStatus();
  if (!status?.active) return null;
  return (
    <div className="notice sample-banner" role="region" aria-label={t('sample.bannerLabel')}>
      <p className="notice__text">{t('sample.banner')}</p>
      <button
        type="button"
        className="button"
        onClick={() => void request('leaveSampleData', {}).catch(() => undefined)}
      >
        {t('sample.leave')}
      </button>
    </div>
  );
}
