import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPeriod, type Indicator, type ObservationKey, type Zone } from '../../../../../shared/model';
import { useNotify } from '../../../../app/notifications';
import { onChangedElsewhere } from '../../../../api';
import { Loading } from '../../../../components/Loading';
import { PageHeader } from '../../../../components/PageHeader';
import { EntryForm } from '../form/EntryForm';
import { GridView } from '../grid/GridView';
import { HistoryDialog } from '../history/HistoryDialog';
import { stepPeriod, windowQuery } from '../../model/entry-choice';
import { defaultPeriod } from '../../model/periods';
import { ReopenVerifiedDialog } from '../status/ReopenVerifiedDialog';
import { StatusControl } from '../status/StatusControl';
import { EntryToolbar } from '../toolbar/EntryToolbar';
import { SaveIndicator } from '../toolbar/SaveIndicator';
import { UndoButtons } from '../toolbar/UndoButtons';
import { isVersionConflict } from '../../model/session/entry-session';
import { appEntrySession } from '../../model/workspace/app-session';
import { conflictText } from '../../model/workspace/conflict-text';
import { useEntryChoice } from '../../model/workspace/use-entry-choice';
import { useGuardedChoice } from '../../model/workspace/use-guarded-choice';
import { useLeaveGuard } from '../../model/workspace/use-leave-guard';
import { useReopenAsker } from '../../model/workspace/use-reopen-asker';
import { usePendingWritesGuard } from '../../model/workspace/use-pending-writes-guard';
import { usePeriodKeys } from '../../model/workspace/use-period-keys';
import { useUndoCommands } from '../../model/workspace/use-undo-commands';
import { useWindowLoad } from '../../model/workspace/use-window-load';

/** The entry screen once zones and indicators exist: toolbar, then the form or the grid. */
export function EntryWorkspace({ zones, indicators }: { zones: readonly Zone[]; indicators: readonly Indicator[] }) {
  const { t: tApp } = useTranslation();
  const { t } = useTranslation('entry');
  const notify = useNotify();
  const [session] = useState(appEntrySession);
  const [now] = useState(() => new Date());
  const latest = currentPeriod(now);
  const [choice, setChoiceUnguarded] = useEntryChoice(zones, indicators, defaultPeriod(now), latest);
  const refuseChoice = useCallback(() => notify({ tone: 'error', text: t('save.keptInPlace') }), [notify, t]);
  const setChoice = useGuardedChoice(session, setChoiceUnguarded, refuseChoice);
  useLeaveGuard(session, refuseChoice);
  const reopenQuestion = useReopenAsker(session);
  const [history, setHistory] = useState<{ key: ObservationKey; title: string } | null>(null);
  const [reload, setReload] = useState(0);
  const load = useWindowLoad(session, windowQuery(choice, zones), reload);
  useUndoCommands(session);
  usePendingWritesGuard(session);

  useEffect(
    () =>
      session.onFailure((error) => {
        notify({
          tone: 'error',
          text: isVersionConflict(error) ? conflictText(t, error) : t('save.failed', { message: error.message }),
        });
        setReload((count) => count + 1);
      }),
    [session, notify, t],
  );

  useEffect(
    () =>
      session.onOutsideChange((change) => {
        notify(
          change === 'changed'
            ? { tone: 'error', text: t('undo.changedOutside') }
            : { tone: 'success', text: t('undo.replaced') },
        );
        setReload((count) => count + 1);
      }),
    [session, notify, t],
  );

  useEffect(
    () =>
      onChangedElsewhere((change) => {
        notify({ tone: 'success', text: t('save.changedElsewhere', { by: change.by }) });
        setReload((count) => count + 1);
      }),
    [notify, t],
  );

  const step = (direction: -1 | 1) => setChoice((current) => ({ period: stepPeriod(current, direction, latest) }));
  usePeriodKeys(step);

  const zone = zones.find((candidate) => candidate.id === choice.zoneId);
  const openHistory = (key: ObservationKey, title: string) => setHistory({ key, title });

  return (
    <div className="entry-screen">
      <PageHeader
        title={tApp('screens.entry.title')}
        description={tApp('screens.entry.description')}
        actions={
          <>
            <SaveIndicator session={session} />
            <UndoButtons session={session} />
          </>
        }
      />
      <EntryToolbar
        choice={choice}
        zones={zones}
        indicators={indicators}
        latest={latest}
        onChange={setChoice}
        onStep={step}
      />
      {load.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          {load.error.message}
        </p>
      )}
      {load.kind === 'loading' && <Loading />}
      {load.kind === 'ready' && choice.view === 'form' && zone && (
        <EntryForm
          key={`${zone.id}|${choice.period}|${choice.basis}`}
          session={session}
          zone={zone}
          benchmark={zones.find((candidate) => candidate.id === zone.benchmarkZoneId)}
          indicators={indicators}
          period={choice.period}
          basis={choice.basis}
          latest={latest}
          onOpenHistory={openHistory}
          status={(unexplained) => (
            <StatusControl
              session={session}
              zoneId={zone.id}
              period={choice.period}
              basis={choice.basis}
              indicators={indicators}
              unexplainedWarnings={unexplained}
            />
          )}
        />
      )}
      {load.kind === 'ready' && choice.view === 'grid' && (
        <GridView
          session={session}
          choice={choice}
          zones={zones}
          indicators={indicators}
          latest={latest}
          onOpenHistory={openHistory}
        />
      )}
      {reopenQuestion && <ReopenVerifiedDialog count={reopenQuestion.count} onAnswer={reopenQuestion.answer} />}
      {history && <HistoryDialog session={session} target={history} onClose={() => setHistory(null)} />}
    </div>
  );
}
