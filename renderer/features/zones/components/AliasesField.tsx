import { useTranslation } from 'react-i18next';
import { parseAliases } from '../../../../shared/model';
import { Field } from '../../../components/Field';
import type { NamedDraft } from '../model/named-draft';

interface AliasesFieldProps<D extends NamedDraft> {
  draft: D;
  update(next: D): void;
}

/** Other names the entry is written under in files and briefs, `;`-separated, shown as chips beneath. */
export function AliasesField<D extends NamedDraft>({ draft, update }: AliasesFieldProps<D>) {
  const { t } = useTranslation();
  const aliases = parseAliases(draft.aliases);
  return (
    <Field label={t('catalog.fields.aliases')} hint={t('catalog.fields.aliasesHint')} wide>
      {(control) => (
        <>
          <input
            {...control}
            className="input"
            lang="zh-CN"
            value={draft.aliases}
            onChange={(event) => update({ ...draft, aliases: event.target.value })}
          />
          {aliases.length > 0 && (
            <ul className="chips" aria-label={t('catalog.fields.aliases')}>
              {aliases.map((alias) => (
                <li key={alias} className="chip">
                  {alias}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Field>
  );
}
