import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shell } from '../../../api';

export function AboutSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const [version, setVersion] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    shell()
      .appVersion()
      .then((value) => live && setVersion(value))
      .catch(() => live && setVersion(null));
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('settings.about.title')}
      </h2>
      <dl className="facts">
        <dt>{t('app.name')}</dt>
        <dd>{t('app.tagline')}</dd>
        <dt>{t('settings.about.version')}</dt>
        <dd data-testid="app-version">{version ?? t('common.notSet')}</dd>
      </dl>
    </section>
  );
}
