import {
  CONFLICT_POLICIES,
  IMPORT_LAYOUTS,
  ImportOptionsSchema,
  type ConflictPolicy,
  type ImportOptions,
  type IndicatorChoices,
  type MappingChoice,
} from '../../../shared/api';
import type { OptionSpecs, OptionValues } from '../command';
import { OptionReader } from '../option-values';

export const IMPORT_OPTIONS: OptionSpecs = {
  'dry-run': { type: 'boolean' },
  'on-conflict': { type: 'string' },
  'valid-only': { type: 'boolean' },
  sheet: { type: 'string' },
  layout: { type: 'string' },
  zone: { type: 'string' },
  period: { type: 'string' },
  basis: { type: 'string' },
  profile: { type: 'string' },
  map: { type: 'string', multiple: true },
  'skip-unmapped': { type: 'boolean' },
  'create-zones': { type: 'boolean' },
  'map-indicator': { type: 'string', multiple: true },
  'skip-indicator': { type: 'string', multiple: true },
  'create-indicator': { type: 'string', multiple: true },
  'reopen-verified': { type: 'boolean' },
  'accept-damaged': { type: 'boolean' },
};

export interface ImportRequest {
  files: string[];
  dryRun: boolean;
  onConflict: ConflictPolicy;
  validOnly: boolean;
  /** Returns verified zone-months the import changes to draft (else they are refused). */
  reopenVerified: boolean;
  /** Writes even though the store has just set a damaged file aside. */
  acceptDamaged: boolean;
  options: ImportOptions;
}

/** `--map "本月(亿元)=value"`: the header text, then the field (empty: leave the column out). */
function mappingChoice(text: string, problems: string[]): MappingChoice | undefined {
  const equals = text.lastIndexOf('=');
  const header = text.slice(0, Math.max(equals, 0)).trim();
  if (equals < 0 || header === '') {
    problems.push(
      `--map "${text}": expected "HEADER=field", such as "本月(亿元)=value" (or "HEADER=" to leave the column out)`,
    );
    return undefined;
  }
  const field = text.slice(equals + 1).trim();
  return { header, field: field === '' ? null : field };
}

/** `--map-indicator "规模以上工业增加值=iav"`, `--skip-indicator NAME`, `--create-indicator NAME`: what to do with an indicator the store lacks. */
function indicatorChoices(reader: OptionReader): IndicatorChoices | undefined {
  const choices: IndicatorChoices = {};
  for (const text of reader.list('map-indicator')) {
    const equals = text.lastIndexOf('=');
    const name = text.slice(0, Math.max(equals, 0)).trim();
    const id = text.slice(equals + 1).trim();
    if (equals < 0 || name === '' || id === '')
      reader.problems.push(
        `--map-indicator "${text}": expected "NAME=ID", such as "规模以上工业增加值=industrial_value_added"`,
      );
    else choices[name] = { mapTo: id };
  }
  for (const name of reader.list('skip-indicator')) choices[name.trim()] = 'skip';
  for (const name of reader.list('create-indicator')) choices[name.trim()] = 'create';
  return Object.keys(choices).length > 0 ? choices : undefined;
}

function layoutName(reader: OptionReader): ImportOptions['layout'] {
  const name = reader.text('layout');
  if (name === undefined) return undefined;
  // The contract's own schema: it also reads the names earlier versions saved (`bureau`).
  const layout = ImportOptionsSchema.shape.layout.safeParse(name);
  if (layout.success) return layout.data;
  reader.problems.push(`--layout "${name}": expected one of ${IMPORT_LAYOUTS.join(', ')}`);
  return undefined;
}

/** The command line as an import request, or every reason it is not one. */
export function readImportArgs(
  positional: string[],
  values: OptionValues,
): { ok: true; value: ImportRequest } | { ok: false; problems: string[] } {
  const reader = new OptionReader(values);
  const { problems } = reader;
  if (positional.length === 0) problems.push('at least one FILE to import is required');
  const onConflict = reader.oneOf('on-conflict', CONFLICT_POLICIES, 'stop');
  const options: ImportOptions = {};
  const sheet = reader.text('sheet');
  const layout = layoutName(reader);
  const zoneId = reader.text('zone');
  const period = reader.period();
  const basis = reader.basis();
  const profile = reader.text('profile');
  const mapping = reader.list('map').map((text) => mappingChoice(text, problems));
  const indicators = indicatorChoices(reader);
  if (problems.length > 0) return { ok: false, problems };

  if (sheet !== undefined) options.sheet = sheet;
  if (layout !== undefined) options.layout = layout;
  if (zoneId !== undefined) options.zoneId = zoneId;
  if (period !== undefined) options.period = period;
  if (basis !== undefined) options.basis = basis;
  if (profile !== undefined) options.profile = profile;
  if (mapping.length > 0) options.mapping = mapping as MappingChoice[];
  if (reader.flag('skip-unmapped')) options.skipUnmapped = true;
  if (reader.flag('create-zones')) options.createZones = true;
  if (indicators) options.indicatorChoices = indicators;
  return {
    ok: true,
    value: {
      files: positional,
      dryRun: reader.flag('dry-run'),
      onConflict,
      validOnly: reader.flag('valid-only'),
      reopenVerified: reader.flag('reopen-verified'),
      acceptDamaged: reader.flag('accept-damaged'),
      options,
    },
  };
}
