import type { BriefPreview } from '../../../../shared/api';
import { textSegments } from '../model/segments';
import { useTranslation } from 'react-i18next';

/** The text as read: every read figure's sentence highlighted, every unread sentence marked. */
export function BriefTextView({ text, preview }: { text: string; preview: BriefPreview }) {
  const { t } = useTranslation('brief');
  return (
    <section className="brief-panel" aria-labelledby="brief-text-title">
      <h2 id="brief-text-title" className="brief-panel__title">
        {t('text.title')}
      </h2>
      <p className="brief-legend">
        <mark className="brief-mark brief-mark--read">{t('text.legendRead')}</mark>{' '}
        <mark className="brief-mark brief-mark--unread">{t('text.legendUnread')}</mark>
      </p>
      <div className="brief-text" tabIndex={0} role="document" aria-label={t('text.title')}>
        {textSegments(text, preview).map((segment, index) =>
          segment.mark === null ? (
            <span key={index}>{segment.text}</span>
          ) : (
            <mark
              key={index}
              className={`brief-mark brief-mark--${segment.mark}`}
              title={segment.mark === 'read' ? t('text.legendRead') : t('text.legendUnread')}
            >
              {segment.text}
            </mark>
          ),
        )}
      </div>
    </section>
  );
}
