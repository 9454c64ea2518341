import { useId, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { FormFailureAlert } from './FormFailureAlert';
import type { FormFailure } from '../model/use-entity-form';

interface CatalogFormDialogProps {
  title: string;
  /** Creating says Create on the button; editing says Save. */
  creating: boolean;
  form: {
    busy: boolean;
    dirty: boolean;
    failure: FormFailure | null;
    formRef: RefObject<HTMLFormElement | null>;
    submit(event: FormEvent): Promise<void>;
  };
  onClose(): void;
  /** The form's fields. */
  children: ReactNode;
}

/**
 * The frame of a create/edit dialog: the two-column form, what the store refused, Cancel and Save.
 * Esc or × on a dialog with something typed asks before discarding it; Cancel is explicit.
 */
export function CatalogFormDialog({ title, creating, form, onClose, children }: CatalogFormDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const { busy, dirty, failure, formRef, submit } = form;
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  return (
    <Dialog
      title={title}
      onClose={() => (dirty && !askingToDiscard ? setAskingToDiscard(true) : onClose())}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy} aria-busy={busy}>
            {busy ? t('common.saving') : t(creating ? 'common.create' : 'common.save')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        ref={formRef}
        className="form-grid form-grid--two"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        {children}
        <FormFailureAlert failure={failure} />
        {askingToDiscard && (
          <div className="form-alert catalog-discard" role="alert">
            <p>{t('catalog.discardQuestion')}</p>
            <div className="catalog-discard__actions">
              <button
                type="button"
                className="button"
                ref={(button) => button?.focus()}
                onClick={() => setAskingToDiscard(false)}
              >
                {t('catalog.keepEditing')}
              </button>
              <button type="button" className="button button--danger" onClick={onClose}>
                {t('catalog.discard')}
              </button>
            </div>
          </div>
        )}
      </form>
    </Dialog>
  );
}
