import { useState } from 'react';
import type { Zone } from '../../../../shared/model';
import { displayName } from '../../../../shared/model';
import { call, shell } from '../../../api';
import { Field } from '../../../components/Field';
import type { BriefState } from '../model/use-brief';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

const TEXT_EXTENSIONS = ['txt', 'md', 'html', 'htm'];

/** The text (pasted or opened), the publication date and the default zone, then Read. */
export function BriefInputForm({ brief, zones }: { brief: BriefState; zones: readonly Zone[] }) {
  const { t } = useTranslation('brief');
  const language = useLanguage();
  const [openFailure, setOpenFailure] = useState<string | null>(null);
  const { input, setInput } = brief;

  const open = async () => {
    const picked = await shell().openFile({
      title: t('input.dialogTitle'),
      filters: [{ name: t('input.filterName'), extensions: TEXT_EXTENSIONS }],
    });
    if (!picked.ok) return setOpenFailure(picked.error.message);
    if (!picked.value) return setOpenFailure(null);
    const read = await call('readBriefFile', { file: { handle: picked.value.handle, name: picked.value.name } });
    if (!read.ok) return setOpenFailure(read.error.message);
    setOpenFailure(null);
    setInput({ ...input, text: read.value.text, origin: read.value.name });
  };

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
      {openFailure && (
        <p className="field__error" role="alert">
          {openFailure}
        </p>
      )}
      <div className="brief-input__actions">
        <button type="button" className="button" onClick={() => void open()}>
          {t('input.open')}
        </button>
        <button type="submit" className="button button--primary" disabled={brief.busy || input.text.trim() === ''}>
          {brief.busy ? t('input.reading') : t('input.read')}
        </button>
      </div>
    </form>
  );
}
