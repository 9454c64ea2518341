import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  onConfirm(): Promise<void> | void;
  onCancel(): void;
}

/** Asks before something that removes or replaces data; the safe choice has the focus. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  tone = 'danger',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={title}
      onClose={onCancel}
      size="small"
      role="alertdialog"
      footer={
        <>
          <button type="button" className="button" onClick={onCancel} data-autofocus>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={`button button--${tone}`}
            onClick={() => void confirm()}
            disabled={busy}
            aria-busy={busy}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
