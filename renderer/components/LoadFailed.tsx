import { useTranslation } from 'react-i18next';

/** What could not be read, and a way to try again. */
export function LoadFailed({ onRetry }: { onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <section className="panel">
      <p>{t('errors.loadFailed')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </section>
  );
}
