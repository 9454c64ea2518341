import type { Zone } from '../../../../shared/model';
import { displayName } from '../../../../shared/model';
import { Field } from '../../../components/Field';
import type { BriefFile } from '../model/use-brief-file';
import type { BriefState } from '../model/use-brief';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

/** The text (pasted, opened or dropped), the publication date and the default zone, then Read. */
export function BriefInputForm({ brief, file, zones }: { brief: BriefState; file: BriefFile; zones: readonly Zone[] }) {
  const { t } = useTranslation('brief');
  const language = useLanguage();
  const { input, setInput } = brief;

  return (
    <form
      className="brief-input"
      onSubmit={(event) => {
        event.preventDefault();
        void brief.read();
      }}
    >
      <Field label={t('input.text')} hint={t('input.textHint')} wide>
        {(control) => (
          <textarea
            {...control}
            className="input brief-input__text"
            rows={8}
            value={input.text}
            onChange={(event) => setInput({ ...input, text: event.target.value, origin: '' })}
          />
        )}
      </Field>
      <div className="brief-input__row">
        <Field label={t('input.published')} hint={t('input.publishedHint')}>
          {(control) => (
            <input
              {...control}
              type="date"
              className="input"
              value={input.published}
              onChange={(event) => setInput({ ...input, published: event.target.value })}
            />
          )}
        </Field>
        <Field label={t('input.zone')} hint={t('input.zoneHint')}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={input.defaultZoneId}
              onChange={(event) => setInput({ ...input, defaultZoneId: event.target.value })}
            >
              <option value="">{t('input.noZone')}</option>
              {zones.map((zone) => (
                <option key={zone.id} value={zone.id}>
                  {displayName(zone, language)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {file.notice && (
        <p className="muted" role="status">
          {file.notice}
        </p>
      )}
      {file.failure && (
        <p className="field__error" role="alert">
          {file.failure}
        </p>
      )}
      <div className="brief-input__actions">
        <button type="button" className="button" onClick={() => void file.open()}>
          {t('input.open')}
        </button>
        <button type="submit" className="button button--primary" disabled={brief.busy || input.text.trim() === ''}>
          {brief.busy ? t('input.reading') : t('input.read')}
        </button>
      </div>
    </form>
  );
}
