import type { ImportOptions, ImportPreview } from '../../../../shared/api';
import { useImportText } from '../i18n/use-import-text';

/**
 * What the user must confirm before such an import can go ahead: leaving out figures no column
 * reads, and creating the zones the file names that the store does not have.
 */
export function ImportConfirmations({ preview, options, onChange }: { preview: ImportPreview; options: ImportOptions; onChange(patch: ImportOptions): void }) {
  const { t } = useImportText();
  const askUnmapped = preview.unmapped > 0 || options.skipUnmapped === true;
  const askZones = preview.zonesToCreate.length > 0 || options.createZones === true;
  if (!askUnmapped && !askZones) return null;
  return (
    <fieldset className="import-confirmations">
      <legend>{t('confirm.legend')}</legend>
      {askUnmapped && (
        <label className="checkbox">
          <input type="checkbox" checked={options.skipUnmapped === true} onChange={(event) => onChange({ skipUnmapped: event.target.checked })} />
          <span>{t('confirm.skipUnmapped', { count: preview.unmapped })}</span>
        </label>
      )}
      {askZones && (
        <label className="checkbox">
          <input type="checkbox" checked={options.createZones === true} onChange={(event) => onChange({ createZones: event.target.checked })} />
          <span>{t('confirm.createZones', { count: preview.zonesToCreate.length, names: preview.zonesToCreate.map((zone) => zone.nameZh || zone.name).join('、') })}</span>
        </label>
      )}
    </fieldset>
  );
}
