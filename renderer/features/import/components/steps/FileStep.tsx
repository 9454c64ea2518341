import { useTranslation } from 'react-i18next';

/** The first step: drop a spreadsheet on the window, or choose one. */
export function FileStep({ dragging, busy, onChoose }: { dragging: boolean; busy: boolean; onChoose(): void }) {
  const { t } = useTranslation('import');
  return (
    <div className={`import-drop${dragging ? ' import-drop--active' : ''}`}>
      <svg className="import-drop__icon" viewBox="0 0 24 24" aria-hidden="true">
        <path
          d="M12 3v12m0 0-4-4m4 4 4-4M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <h2 className="import-drop__title">{dragging ? t('file.dropHere') : t('file.dropTitle')}</h2>
      <p className="muted">{t('file.dropBody')}</p>
      <button type="button" className="button button--primary" onClick={onChoose} disabled={busy}>
        {t('file.choose')}
      </button>
    </div>
  );
}
