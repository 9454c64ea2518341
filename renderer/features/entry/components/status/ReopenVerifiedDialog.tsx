import { Dialog } from '../../../../components/Dialog';
import { useTranslation } from 'react-i18next';

interface ReopenVerifiedDialogProps {
  /** Verified zone-months the change touches. */
  count: number;
  onAnswer(reopen: boolean): void;
}

/** Asked before an edit lands in a verified month: keeping it verified (the safe choice) drops the edit. */
export function ReopenVerifiedDialog({ count, onAnswer }: ReopenVerifiedDialogProps) {
  const { t } = useTranslation('entry');
  return (
    <Dialog
      title={t('status.reopenTitle')}
      onClose={() => onAnswer(false)}
      size="small"
      role="alertdialog"
      footer={
        <>
          <button type="button" className="button" onClick={() => onAnswer(false)} data-autofocus>
            {t('status.keepVerified')}
          </button>
          <button type="button" className="button button--primary" onClick={() => onAnswer(true)}>
            {t('status.reopen')}
          </button>
        </>
      }
    >
      <p>{t('status.reopenBody', { count })}</p>
    </Dialog>
  );
}
