import { useTranslation } from 'react-i18next';

/** Edit and Delete for one table row; their accessible names say which row. */
export function RowActions({ name, onEdit, onDelete }: { name: string; onEdit(): void; onDelete(): void }) {
  const { t } = useTranslation();
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button button--small button--ghost"
        aria-label={t('common.editNamed', { name })}
        onClick={onEdit}
      >
        {t('common.edit')}
      </button>
      <button
        type="button"
        className="button button--small button--ghost button--danger-text"
        aria-label={t('common.deleteNamed', { name })}
        onClick={onDelete}
      >
        {t('common.delete')}
      </button>
    </div>
  );
}
