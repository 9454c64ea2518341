import type { ImportPreview } from '../../../../shared/api';
import { useTranslation } from 'react-i18next';

const ORIGINS = ['option', 'detected', 'title', 'header', 'header fingerprint'] as const;
type Origin = (typeof ORIGINS)[number];

/** How the file was read, before any figure: the layout and why (with the runner-up), then each inference and its origin. */
export function ReadingSummary({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('import');
  const { detection, reading } = preview;
  // An origin is a place (表1!A1), or one of the words the pipeline uses, which are translated.
  const originText = (from: string) =>
    ORIGINS.includes(from as Origin) ? t(`reading.origins.${from as Origin}`) : from;
  if (!detection && reading.length === 0) return null;
  return (
    <section className="import-reading" aria-labelledby="import-reading-title">
      <h2 id="import-reading-title" className="import-reading__title">
        {t('reading.title')}
      </h2>
      <dl className="import-reading__list">
        {detection && (
          <>
            <dt>{t('reading.what.layout')}</dt>
            <dd>
              {t('reading.layout', {
                layout: t(`source.layouts.${detection.layout}`),
                confidence: Math.round(detection.confidence * 100),
              })}{' '}
              <span lang="en">{detection.reason}</span>
              {detection.runnerUp && (
                <span className="muted">
                  {' '}
                  {t('reading.runnerUp', {
                    layout: t(`source.layouts.${detection.runnerUp.layout}`),
                    confidence: Math.round(detection.runnerUp.confidence * 100),
                  })}
                </span>
              )}
            </dd>
          </>
        )}
        {reading.map((note, index) => (
          <div key={`${note.what}-${index}`} className="import-reading__row">
            <dt>{t(`reading.what.${note.what}`)}</dt>
            <dd>
              {note.value} <span className="muted">{t('reading.from', { from: originText(note.from) })}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
