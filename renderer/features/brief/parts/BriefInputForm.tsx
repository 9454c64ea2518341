import { useState } from 'react';
import type { Zone } from '../../../../shared/model';
import { displayName } from '../../../../shared/model';
import { shell } from '../../../api';
import { Field } from '../../../components/Field';
import { useBriefText } from '../i18n/use-brief-text';
import type { BriefState } from '../model/use-brief';

const TEXT_EXTENSIONS = ['txt', 'md', 'html', 'htm'];

function decodeUtf8(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** The text (pasted or opened), the publication date and the default zone, then Read. */
export function BriefInputForm({ brief, zones }: { brief: BriefState; zones: readonly Zone[] }) {
  const { t, language } = useBriefText();
  const [openFailure, setOpenFailure] = useState<string | null>(null);
  const { input, setInput } = brief;

  const open = async () => {
    try {
      const picked = await shell().openFile({ title: t('input.dialogTitle'), filters: [{ name: t('input.filterName'), extensions: TEXT_EXTENSIONS }] });
      setOpenFailure(null);
      if (picked) setInput({ ...input, text: decodeUtf8(picked.base64), origin: picked.name });
    } catch (cause) {
      setOpenFailure(cause instanceof Error ? cause.message : String(cause));
    }
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
        {(control) => <textarea {...control} className="input brief-input__text" rows={8} value={input.text} onChange={(event) => setInput({ ...input, text: event.target.value, origin: '' })} />}
      </Field>
      <div className="brief-input__row">
        <Field label={t('input.published')} hint={t('input.publishedHint')}>
          {(control) => <input {...control} type="date" className="input" value={input.published} onChange={(event) => setInput({ ...input, published: event.target.value })} />}
        </Field>
        <Field label={t('input.zone')} hint={t('input.zoneHint')}>
          {(control) => (
            <select {...control} className="select" value={input.defaultZoneId} onChange={(event) => setInput({ ...input, defaultZoneId: event.target.value })}>
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
