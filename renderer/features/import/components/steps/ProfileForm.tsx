import { useState, type FormEvent } from 'react';
import type { ImportPreview, ImportProfile } from '../../../../../shared/api';
import { call } from '../../../../api';
import { useNotify } from '../../../../app/notifications';
import { useApiValue } from '../../../../data/use-api-value';
import { useTranslation } from 'react-i18next';

/** Saves the current mapping under a source's name, lists the saved profiles, deletes one. */
export function ProfileForm({ preview, zoneId }: { preview: ImportPreview; zoneId: string | undefined }) {
  const { t } = useTranslation('import');
  const notify = useNotify();
  const [name, setName] = useState(preview.profile ?? '');
  const saved = useApiValue('listImportProfiles', {}, { followDataset: false });
  const profiles = saved.value ?? [];

  async function save(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || !preview.layout) return;
    const profile: ImportProfile = {
      name: trimmed,
      layout: preview.layout,
      ...(preview.sheet ? { sheet: preview.sheet } : {}),
      ...(preview.headerRow ? { headerRow: preview.headerRow } : {}),
      mapping: preview.mapping
        .filter((entry) => entry.header.trim() !== '')
        .map(({ header, field }) => ({ header, field })),
      ...(zoneId ? { zoneId } : {}),
    };
    const result = await call('saveImportProfile', { profile });
    if (!result.ok) return notify({ tone: 'error', text: result.error.message });
    saved.replace(result.value);
    notify({ tone: 'success', text: t('mapping.saved', { name: trimmed }) });
  }

  async function remove(profileName: string) {
    const result = await call('deleteImportProfile', { name: profileName });
    if (!result.ok) return notify({ tone: 'error', text: result.error.message });
    saved.replace(result.value);
    notify({ tone: 'success', text: t('mapping.deleted', { name: profileName }) });
  }

  return (
    <div className="import-profile">
      <form className="import-profile__form" onSubmit={(event) => void save(event)}>
        <label className="field">
          <span className="field__label">{t('mapping.profileName')}</span>
          <input
            className="input"
            value={name}
            maxLength={100}
            onChange={(event) => setName(event.target.value)}
            aria-describedby="import-profile-hint"
          />
          <span id="import-profile-hint" className="field__hint">
            {t('mapping.profileHint')}
          </span>
        </label>
        <button type="submit" className="button" disabled={!name.trim() || !preview.layout}>
          {t('mapping.save')}
        </button>
      </form>
      {profiles.length > 0 && (
        <div>
          <h3 className="import-subtitle">{t('mapping.profiles')}</h3>
          <ul className="import-profile__list">
            {profiles.map((profile) => (
              <li key={profile.name}>
                <span>{profile.name}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('mapping.deleteProfile', { name: profile.name })}
                  onClick={() => void remove(profile.name)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
