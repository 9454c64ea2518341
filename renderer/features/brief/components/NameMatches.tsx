import { CREATE, type BriefState } from '../model/use-brief';
import { displayName } from '../../../../shared/model';
import { useCatalog } from '../../../app/catalog';
import { Field } from '../../../components/Field';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

/** A choice per phrase the catalog did not know; each choice reads the brief again with it. */
export function NameMatches({ brief }: { brief: BriefState }) {
  const { t } = useTranslation('brief');
  const language = useLanguage();
  const { zones, indicators } = useCatalog();
  const pending = brief.preview?.unresolved ?? [];
  const chosen = brief.matches;
  const answered = [...chosen, ...brief.creates];
  const phrases = [
    ...pending,
    ...answered.filter(
      (match) => !pending.some((phrase) => phrase.kind === match.kind && phrase.phrase === match.phrase),
    ),
  ];
  if (phrases.length === 0) return null;
  return (
    <section className="brief-panel" aria-labelledby="brief-names-title">
      <h2 id="brief-names-title" className="brief-panel__title">
        {t('names.title')}
      </h2>
      <p className="field__hint">{t('names.hint')}</p>
      <div className="brief-names">
        {phrases.map(({ kind, phrase }) => {
          const options = kind === 'zone' ? zones : indicators;
          const created = brief.creates.some((entry) => entry.kind === kind && entry.phrase === phrase);
          const value = created
            ? CREATE
            : (chosen.find((match) => match.kind === kind && match.phrase === phrase)?.id ?? '');
          return (
            <Field key={`${kind}:${phrase}`} label={t(kind === 'zone' ? 'names.zone' : 'names.indicator', { phrase })}>
              {(control) => (
                <select
                  {...control}
                  className="select"
                  value={value}
                  disabled={brief.busy}
                  onChange={(event) => brief.setMatch({ kind, phrase, id: event.target.value })}
                >
                  <option value="">{t('names.choose')}</option>
                  <option value={CREATE}>
                    {t(kind === 'zone' ? 'names.createZone' : 'names.createIndicator', { phrase })}
                  </option>
                  {options.map((entry) => (
                    <option key={entry.id} value={entry.id}>
                      {displayName(entry, language)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          );
        })}
      </div>
    </section>
  );
}
