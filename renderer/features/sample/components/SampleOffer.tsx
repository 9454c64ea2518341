import { useTranslation } from 'react-i18next';
import { request } from '../../../api';
import { useSampleStatus } from '../model/use-sample-status';

/** First run: a user with no data may look at the sample first (in its own folder; theirs stays empty). */
export function SampleOffer() {
  const { t } = useTranslation();
  const status = useSampleStatus();
  if (!status?.offered) return null;
  return (
    <button
      type="button"
      className="button"
      title={t('sample.offerHint')}
      onClick={() => void request('openSampleData', {}).catch(() => undefined)}
    >
      {t('sample.open')}
    </button>
  );
}
