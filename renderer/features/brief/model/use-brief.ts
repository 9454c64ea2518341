import { useCallback, useState } from 'react';
import type { AppError, BriefMatch, BriefPreview, ConflictPolicy, ImportReport } from '../../../../shared/api';
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
  report: ImportReport | null;
  undone: boolean;
  failure: AppError | null;
  busy: boolean;
  setInput(next: BriefInput): void;
  setMatch(match: BriefMatch): void;
  read(): Promise<void>;
  commit(onConflict: ConflictPolicy): Promise<void>;
  undo(): Promise<void>;
}

/** Paste → read (previewBrief) → match names → commit (commitBrief) → undo, as an import goes. */
export function useBrief(): BriefState {
  const { reload } = useCatalog();
  const [input, setInput] = useState<BriefInput>({ text: '', published: '', defaultZoneId: '', origin: '' });
  const [readText, setReadText] = useState('');
  const [preview, setPreview] = useState<BriefPreview | null>(null);
  const [matches, setMatches] = useState<BriefMatch[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [undone, setUndone] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const argument = useCallback(
    (withMatches: BriefMatch[]) => ({
      text: input.text,
      matches: withMatches,
      ...(input.published ? { published: input.published } : {}),
      ...(input.defaultZoneId ? { defaultZoneId: input.defaultZoneId } : {}),
      ...(input.origin ? { origin: input.origin } : {}),
    }),
    [input],
  );

  const preview_ = useCallback(
    async (withMatches: BriefMatch[]) => {
      setBusy(true);
      const result = await call('previewBrief', argument(withMatches));
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
      const next = [...matches.filter((known) => known.kind !== match.kind || known.phrase !== match.phrase), ...(match.id ? [match] : [])];
      setMatches(next);
      void preview_(next);
    },
    [matches, preview_],
  );

  const commit = useCallback(
    async (onConflict: ConflictPolicy) => {
      setBusy(true);
      const result = await call('commitBrief', { ...argument(matches), onConflict });
      setBusy(false);
      setFailure(result.ok ? null : result.error);
      if (!result.ok) return;
      setReport(result.value);
      if (matches.length > 0) await reload();
    },
    [argument, matches, reload],
  );

  const undo = useCallback(async () => {
    if (!report?.importId) return;
    const result = await call('undoImport', { importId: report.importId });
    setFailure(result.ok ? null : result.error);
    if (result.ok) setUndone(true);
  }, [report]);

  return {
    input, readText, preview, matches, report, undone, failure, busy,
    setInput: (next) => setInput(next),
    setMatch,
    read: () => preview_(matches),
    commit,
    undo,
  };
}
