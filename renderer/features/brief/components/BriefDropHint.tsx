import { ScreenIcon } from '../../../components/Icon';
import { useTranslation } from 'react-i18next';
import './brief-drop.css';

/** Over the screen while a file is dragged over the window: where it goes once dropped. */
export function BriefDropHint() {
  const { t } = useTranslation('brief');
  return (
    <div className="brief-drop-hint" role="status">
      <div className="brief-drop-hint__card">
        <span className="brief-drop-hint__icon">
          <ScreenIcon screen="brief" />
        </span>
        <p className="brief-drop-hint__title">{t('drop.hint')}</p>
        <p className="brief-drop-hint__body">{t('drop.hintBody')}</p>
      </div>
    </div>
  );
}
