import type { ImportOptions, ImportPreview, ImportProblem, ImportReport } from '../../../shared/api';

/** `error Observations!E17: not a number (found "abc"; expected a number such as 14.8)`. */
export function problemLine(problem: Omit<ImportProblem, 'severity'> & { severity?: string }): string {
  const detail = [
    problem.found !== undefined ? `found "${problem.found}"` : '',
    problem.expected ? `expected ${problem.expected}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return `${problem.severity ?? 'error'} ${problem.place ? `${problem.place}: ` : ''}${problem.message}${detail ? ` (${detail})` : ''}`;
}

type Reading = Pick<
  ImportPreview,
  | 'fileName'
  | 'format'
  | 'encoding'
  | 'layout'
  | 'sheet'
  | 'headerRow'
  | 'detection'
  | 'reading'
  | 'given'
  | 'profile'
  | 'profileReason'
  | 'mapping'
>;

const PROFILE_REASONS = { named: 'named by --profile', fingerprint: 'the file has its headers' } as const;

/**
 * What was read and why, before any figure: the sheet and header row, the layout (how sure, and the
 * runner-up), what the import was told or inferred (zone, period, unit scales, with their source),
 * the profile applied and why, and the column mapping.
 */
export function readingLines(preview: Reading): string[] {
  const format = `${preview.format}${preview.encoding ? ` (${preview.encoding})` : ''}`;
  const lines = [
    `${preview.fileName}: read as ${format}, sheet ${preview.sheet ?? '-'}, header row ${preview.headerRow ?? '-'}, ${preview.layout ?? 'no'} layout`,
  ];
  const { detection } = preview;
  if (detection) {
    const runnerUp = detection.runnerUp
      ? `${detection.runnerUp.layout} (confidence ${detection.runnerUp.confidence}: ${detection.runnerUp.reason})`
      : 'none';
    lines.push(
      `  layout ${detection.layout} (confidence ${detection.confidence}: ${detection.reason}); runner-up ${runnerUp}`,
    );
  }
  for (const note of preview.reading) lines.push(`  ${note.what}: ${note.value} (from ${note.from})`);
  const { given } = preview;
  const used = [
    given.zoneId && `zone ${given.zoneId}`,
    given.period && `period ${given.period}`,
    given.basis && `basis ${given.basis}`,
  ].filter(Boolean);
  if (used.length > 0) lines.push(`  for what the sheet does not say: ${used.join(', ')}`);
  if (preview.profile)
    lines.push(
      `  profile ${preview.profile} applied${preview.profileReason ? ` (${PROFILE_REASONS[preview.profileReason]})` : ''}`,
    );
  if (preview.mapping.length > 0)
    lines.push(
      `  mapping: ${preview.mapping.map((column) => `${column.column} "${column.header}" → ${column.field ?? '(left out)'}`).join('; ')}`,
    );
  return lines;
}

/** What to add to the command line when the file holds figures no mapping reads, or zones or indicators the store lacks. */
export function hintLines(
  preview: Pick<ImportPreview, 'unmapped' | 'zonesToCreate'> & Partial<Pick<ImportPreview, 'unknownIndicators'>>,
  options: ImportOptions,
): string[] {
  const lines: string[] = [];
  if (preview.unmapped > 0 && !options.skipUnmapped) {
    lines.push(
      `  ${preview.unmapped} ${preview.unmapped === 1 ? 'figure' : 'figures'} in the file no column mapping reads (each listed with its place); add --skip-unmapped to import without them`,
    );
  }
  if (preview.zonesToCreate.length > 0 && !options.createZones) {
    lines.push(
      `  proposed zones: ${preview.zonesToCreate.map((zone) => (zone.nameZh || zone.name ? `${zone.id} (${zone.nameZh || zone.name})` : zone.id)).join(', ')}`,
    );
    lines.push('  add --create-zones to create them');
  }
  for (const unknown of (preview.unknownIndicators ?? []).filter((entry) => entry.choice === null)) {
    const likeliest = unknown.suggestion
      ? `, likeliest ${unknown.suggestion.id} (${unknown.suggestion.nameZh || unknown.suggestion.name})`
      : '';
    lines.push(
      `  indicator "${unknown.name}" (${unknown.place}, ${unknown.rows} row(s)) is not in the store${likeliest}: created unless --map-indicator "${unknown.name}=ID" or --skip-indicator "${unknown.name}"`,
    );
  }
  return lines;
}

export function dryRunLines(preview: ImportPreview, options: ImportOptions): string[] {
  const { diff } = preview;
  return [
    ...readingLines(preview),
    `  dry run, nothing written: would add ${diff.added}, change ${diff.changed}, leave ${diff.unchanged} unchanged; conflicts ${diff.conflicts}, errors ${preview.errors}, warnings ${preview.warnings}`,
    `  zones to create: ${preview.zonesToCreate.map((zone) => zone.id).join(', ') || 'none'}; indicators to create: ${preview.indicatorsToCreate.map((indicator) => indicator.id).join(', ') || 'none'}`,
    ...preview.problems.map((problem) => `  ${problemLine(problem)}`),
    ...hintLines(preview, options),
  ];
}

export function reportLines(report: ImportReport): string[] {
  return [
    report.importId
      ? `  committed as import ${report.importId} (backup ${report.backupId})`
      : '  nothing to write, the store already holds these figures',
    `  added ${report.added}, changed ${report.changed}, unchanged ${report.unchanged}, conflicts ${report.conflicts} (overwritten ${report.overwritten}, kept ${report.kept}), errors ${report.errors}, warnings ${report.warnings}${report.skipped ? `, rows left out ${report.skipped}` : ''}`,
    `  zones created: ${report.zonesCreated.join(', ') || 'none'}; indicators created: ${report.indicatorsCreated.join(', ') || 'none'}${report.catalogUpdated.length ? `; updated: ${report.catalogUpdated.join(', ')}` : ''}`,
    ...report.problems.map((problem) => `  ${problemLine(problem)}`),
  ];
}
