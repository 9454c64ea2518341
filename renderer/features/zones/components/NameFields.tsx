import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { isChinese } from '../../../i18n/format';
import { withName, withNameZh, type NameField, type NamedDraft } from '../model/named-draft';

interface NameFieldsProps<D extends NamedDraft> {
  draft: D;
  update(next: D): void;
  message(field: NameField): string | undefined;
  /** An existing entry keeps its id: observations refer to it. */
  idReadOnly: boolean;
}

/**
 * The names and the id every catalog form starts with: in the Chinese UI the Chinese name first
 * (focused) and the English one optional; the id made from them (pinyin for a Chinese name) until typed.
 */
export function NameFields<D extends NamedDraft>({ draft, update, message, idReadOnly }: NameFieldsProps<D>) {
  const { t, i18n } = useTranslation();
  const chineseFirst = isChinese(i18n.language);
  const english = (
    <Field key="name" label={t('catalog.fields.name')} hint={t('catalog.fields.nameHint')} error={message('name')}>
      {(control) => (
        <input
          {...control}
          className="input"
          data-autofocus={chineseFirst ? undefined : true}
          value={draft.name}
          onChange={(event) => update(withName(draft, event.target.value))}
        />
      )}
    </Field>
  );
  const chinese = (
    <Field key="nameZh" label={t('catalog.fields.nameZh')} error={message('nameZh')}>
      {(control) => (
        <input
          {...control}
          className="input"
          lang="zh-CN"
          data-autofocus={chineseFirst ? true : undefined}
          value={draft.nameZh}
          onChange={(event) => update(withNameZh(draft, event.target.value))}
        />
      )}
    </Field>
  );
  return (
    <>
      {chineseFirst ? [chinese, english] : [english, chinese]}
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
