import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../app/catalog';
import { PageHeader } from '../../components/PageHeader';
import { useWindowDrop } from '../../components/use-window-drop';
import { BriefChanges } from './components/BriefChanges';
import { BriefDropHint } from './components/BriefDropHint';
import { BriefInputForm } from './components/BriefInputForm';
import { BriefTextView } from './components/BriefTextView';
import { NameMatches } from './components/NameMatches';
import { StatementList } from './components/StatementList';
import { useBriefFile } from './model/use-brief-file';
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
