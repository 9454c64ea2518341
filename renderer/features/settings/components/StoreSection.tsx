import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreInfo } from '../../../../shared/api';
import { reportError, shell } from '../../../api';
import { formatBytes } from '../../../i18n/format';

/** Where the data is, and how big: enough to find it, copy it or send it to support. */
export function StoreSection({ info, onRefresh }: { info: StoreInfo; onRefresh(): void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();

  async function reveal() {
    try {
      await shell().revealInFolder(info.location);
    } catch (cause) {
      reportError({ code: 'internal', message: cause instanceof Error ? cause.message : String(cause) });
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId} className="panel__title">
          {t('settings.store.title')}
        </h2>
        <button type="button" className="button button--ghost" onClick={onRefresh}>
          {t('settings.store.refresh')}
        </button>
      </div>
      <dl className="facts">
        <dt>{t('settings.store.location')}</dt>
        <dd className="facts__location">
          <code>{info.location}</code>
          <button type="button" className="button button--small" onClick={() => void reveal()}>
            {t('settings.store.reveal')}
          </button>
        </dd>
        <dt>{t('settings.store.size')}</dt>
        <dd>{formatBytes(info.sizeBytes, t, i18n.language)}</dd>
        <dt>{t('settings.store.files')}</dt>
        <dd>{info.fileCount}</dd>
        <dt>{t('settings.store.schemaVersion')}</dt>
        <dd>{info.schemaVersion}</dd>
      </dl>
    </section>
  );
}
