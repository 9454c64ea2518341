import { useCallback, useState } from 'react';
import type {
  AppError,
  BriefCreate,
  BriefMatch,
  BriefPreview,
  ConflictPolicy,
  ImportReport,
} from '../../../../shared/api';
import { call } from '../../../api';
import { useCatalog } from '../../../app/catalog';

export interface BriefInput {
  text: string;
  published: string;
  defaultZoneId: string;
  /** The file's name when the text came from one. */
  origin: string;
}

export interface BriefState {
  input: BriefInput;
  /** The text the preview was read from (spans point into it). */
  readText: string;
  preview: BriefPreview | null;
  matches: BriefMatch[];
  creates: BriefCreate[];
  report: ImportReport | null;
  undone: boolean;
  failure: AppError | null;
  busy: boolean;
  /** A new input, or a change of the latest one (a file read after an await). */
  setInput(next: BriefInput | ((current: BriefInput) => BriefInput)): void;
  /** A phrase's answer: an entry's id, CREATE to add it to the catalog, '' to leave it open. */
  setMatch(match: BriefMatch): void;
  read(): Promise<void>;
  commit(onConflict: ConflictPolicy): Promise<void>;
  undo(): Promise<void>;
}

/** The select value that asks for a new catalog entry named as the phrase (not an id: ids have no spaces or brackets). */
export const CREATE = '(create)';

/** Paste → read (previewBrief) → match names → commit (commitBrief) → undo, as an import goes. */
export function useBrief(): BriefState {
  const { reload } = useCatalog();
  const [input, setInput] = useState<BriefInput>({ text: '', published: '', defaultZoneId: '', origin: '' });
  const [readText, setReadText] = useState('');
  const [preview, setPreview] = useState<BriefPreview | null>(null);
  const [matches, setMatches] = useState<BriefMatch[]>([]);
  const [creates, setCreates] = useState<BriefCreate[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [undone, setUndone] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const argument = useCallback(
    (withMatches: BriefMatch[], withCreates: BriefCreate[]) => ({
      text: input.text,
      matches: withMatches,
      creates: withCreates,
      ...(input.published ? { published: input.published } : {}),
      ...(input.defaultZoneId ? { defaultZoneId: input.defaultZoneId } : {}),
      ...(input.origin ? { origin: input.origin } : {}),
    }),
    [input],
  );

  const preview_ = useCallback(
    async (withMatches: BriefMatch[], withCreates: BriefCreate[]) => {
      setBusy(true);
      const result = await call('previewBrief', argument(withMatches, withCreates));
      setBusy(false);
      setFailure(result.ok ? null : result.error);
      setPreview(result.ok ? result.value : null);
      setReadText(input.text);
      setReport(null);
      setUndone(false);
    },
    [argument, input.text],
  );

  const setMatch = useCallback(
    (match: BriefMatch) => {
      const other = (known: BriefCreate) => known.kind !== match.kind || known.phrase !== match.phrase;
      const nextMatches = [...matches.filter(other), ...(match.id && match.id !== CREATE ? [match] : [])];
      const nextCreates = [
        ...creates.filter(other),
        ...(match.id === CREATE ? [{ kind: match.kind, phrase: match.phrase }] : []),
      ];
      setMatches(nextMatches);
      setCreates(nextCreates);
      void preview_(nextMatches, nextCreates);
    },
    [matches, creates, preview_],
  );

  const commit = useCallback(
    async (onConflict: ConflictPolicy) => {
      setBusy(true);
      const result = await call('commitBrief', { ...argument(matches, creates), onConflict });
      setBusy(false);
      setFailure(result.ok ? null : result.error);
      if (!result.ok) return;
      setReport(result.value);
      if (matches.length > 0 || creates.length > 0) await reload();
    },
    [argument, matches, creates, reload],
  );

  const undo = useCallback(async () => {
    if (!report?.importId) return;
    const result = await call('undoImport', { importId: report.importId });
    setFailure(result.ok ? null : result.error);
    if (result.ok) setUndone(true);
  }, [report]);

  return {
    input,
    readText,
    preview,
    matches,
    creates,
    report,
    undone,
    failure,
    busy,
    setInput,
    setMatch,
    read: () => preview_(matches, creates),
    commit,
    undo,
  };
}
