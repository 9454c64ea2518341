import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { withName, type NameField, type NamedDraft } from './named-draft';

interface NameFieldsProps<D extends NamedDraft> {
  draft: D;
  update(next: D): void;
  message(field: NameField): string | undefined;
  /** An existing entry keeps its id: observations refer to it. */
  idReadOnly: boolean;
}

/** The English name (focused first), the Chinese name and the id that every catalog form starts with. */
export function NameFields<D extends NamedDraft>({ draft, update, message, idReadOnly }: NameFieldsProps<D>) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('catalog.fields.name')} error={message('name')}>
        {(control) => <input {...control} className="input" data-autofocus value={draft.name} onChange={(event) => update(withName(draft, event.target.value))} />}
      </Field>
      <Field label={t('catalog.fields.nameZh')} error={message('nameZh')}>
        {(control) => (
          <input {...control} className="input" lang="zh-CN" value={draft.nameZh} onChange={(event) => update({ ...draft, nameZh: event.target.value })} />
        )}
      </Field>
      <Field label={t('catalog.fields.id')} hint={t('catalog.fields.idHint')} error={message('id')}>
        {(control) => (
          <input
            {...control}
            className="input input--code"
            value={draft.id}
            readOnly={idReadOnly}
            spellCheck={false}
            autoCapitalize="off"
            onChange={(event) => update({ ...draft, id: event.target.value, idEdited: true })}
          />
        )}
      </Field>
    </>
  );
}
