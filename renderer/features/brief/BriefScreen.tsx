import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../app/catalog';
import { PageHeader } from '../../components/PageHeader';
import { useWindowDrop } from '../../components/use-window-drop';
import { BriefDropHint } from './file/BriefDropHint';
import { useBriefFile } from './file/use-brief-file';
import { BriefChanges } from './parts/BriefChanges';
import { BriefInputForm } from './parts/BriefInputForm';
import { BriefTextView } from './parts/BriefTextView';
import { NameMatches } from './parts/NameMatches';
import { StatementList } from './parts/StatementList';
import { useBrief } from './model/use-brief';
import './brief.css';

/** Read a published brief: its figures proposed, its claims checked, then committed as an import (docs/briefs.md). */
export function BriefScreen() {
  const { t } = useTranslation();
  const { zones } = useCatalog();
  const brief = useBrief();
  const file = useBriefFile(brief.setInput);
  const dragging = useWindowDrop(file.dropped);
  return (
    <>
      <PageHeader title={t('screens.brief.title')} description={t('screens.brief.description')} />
      <div className="brief-screen">
        <BriefInputForm brief={brief} file={file} zones={zones} />
        {dragging && <BriefDropHint />}
        {brief.failure && (
          <p className="field__error" role="alert">
            {brief.failure.message}
          </p>
        )}
        {brief.preview && (
          <div className="brief-columns">
            <BriefTextView text={brief.readText} preview={brief.preview} />
            <div className="brief-side">
              <NameMatches brief={brief} />
              <StatementList preview={brief.preview} />
              <BriefChanges brief={brief} />
            </div>
          </div>
        )}
      </div>
    </>
  );
}
