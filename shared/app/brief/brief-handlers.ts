import { ok, type AppHandlers, type Result } from '../../api';
import type { BriefPreview } from '../../api/brief';
import { checkClaims, htmlToText, looksLikeHtml, readBrief, resolveByName, type CheckedStatement } from '../../brief';
import type { UnreadSentence } from '../../brief';
import { observationKey, type Observation } from '../../model';
import { commitPlan } from '../import/commit';
import { countDiff, diffAgainst, itemOf } from '../import/diff';
import { ImportJobs } from '../import/jobs';
import type { ImportPlan } from '../import/plan';
import type { AppPorts } from '../ports';
import { readRegisteredFile } from '../read-registered-file';
import { decodeText } from '../../workbook/read/decode-text';
import { briefPlan, catalogWithMatches, entriesToCreate, unresolvedPhrases } from './brief-plan';
import { briefSource, briefTitle } from './brief-source';

type BriefHandlers = Pick<AppHandlers, 'readBriefFile' | 'previewBrief' | 'commitBrief'>;

/** A brief is a page of text: far below any spreadsheet's limit. */
const BRIEF_FILE_LIMIT_BYTES = 5 * 1024 * 1024;
type BriefArgument = Parameters<AppHandlers['previewBrief']>[0];

interface BriefRead {
  statements: CheckedStatement[];
  unread: UnreadSentence[];
  source: string;
  plan: ImportPlan;
  stored: Map<string, Observation>;
}

/**
 * A published brief through the import's machinery (docs/briefs.md §3): read and checked against the
 * store plus its own proposals, then the same diff, conflicts, backup, commit and undo as a file.
 */
export function createBriefHandlers(ports: AppPorts): BriefHandlers {
  const jobs = new ImportJobs();

  async function read(argument: BriefArgument): Promise<BriefRead> {
    const text = looksLikeHtml(argument.text) ? htmlToText(argument.text) : argument.text;
    const [stored, observations] = await Promise.all([ports.store.readCatalog(), ports.store.readObservations({})]);
    const reading = readBrief(text, {
      ...(argument.published ? { published: argument.published } : {}),
      ...(argument.defaultZoneId ? { defaultZone: argument.defaultZoneId } : {}),
    });
    const units = new Map(
      reading.statements.flatMap((statement) =>
        statement.indicator !== null && statement.unit !== null ? [[statement.indicator, statement.unit] as const] : [],
      ),
    );
    const created = entriesToCreate(stored, argument.creates, units);
    const matched = catalogWithMatches(stored, argument.matches);
    const catalog = {
      zones: [...matched.zones, ...created.zones],
      indicators: [...matched.indicators, ...created.indicators],
    };
    const resolve = resolveByName(catalog, argument.defaultZoneId ? { defaultZoneId: argument.defaultZoneId } : {});
    const statements = checkClaims(reading.statements, catalog, observations, resolve, {
      threshold: ports.preferences.get().streakThreshold,
    });
    const source = briefSource(argument.source, briefTitle(argument.text, text), argument.published, argument.origin);
    const byKey = new Map(observations.map((observation) => [observationKey(observation), observation]));
    const fileName = argument.origin || 'brief';
    const plan = briefPlan(statements, byKey, source, fileName, created);
    const keys = new Map(
      plan.planned
        .map((item) => [item.key, byKey.get(item.key)])
        .filter((entry): entry is [string, Observation] => entry[1] !== undefined),
    );
    return { statements, unread: reading.unread, source, plan, stored: keys };
  }

  return {
    readBriefFile: async ({ file }) => {
      const read = await readRegisteredFile(ports, file, BRIEF_FILE_LIMIT_BYTES);
      if (!read.ok) return read;
      const { text, encoding } = decodeText(read.value.bytes);
      return ok({ name: read.value.name, text, encoding });
    },

    previewBrief: async (argument): Promise<Result<BriefPreview>> => {
      const { statements, unread, source, plan, stored } = await read(argument);
      const entries = diffAgainst(plan.planned, stored);
      return ok({
        statements,
        unread,
        unresolved: unresolvedPhrases(statements),
        source,
        diff: countDiff(entries),
        items: entries.map((entry) => ({ ...itemOf(entry), kind: entry.kind })),
        problems: plan.problems,
      });
    },

    commitBrief: async ({ onConflict, choices, ...argument }) => {
      const { plan } = await read(argument);
      if (plan.planned.length === 0 && plan.problems.every((problem) => problem.severity !== 'error')) {
        return ok({
          importId: null,
          fileName: plan.fileName,
          committed: true,
          added: 0,
          changed: 0,
          unchanged: 0,
          conflicts: 0,
          overwritten: 0,
          kept: 0,
          errors: 0,
          warnings: plan.problems.length,
          skipped: 0,
          zonesCreated: [],
          indicatorsCreated: [],
          catalogUpdated: [],
          backupId: null,
          problems: plan.problems,
        });
      }
      const result = await commitPlan(
        ports,
        plan,
        { onConflict, validOnly: false, choices, reopenVerified: false },
        jobs.open(undefined),
      );
      // The user's matches are kept once the brief is in, so the next brief from the same source needs none.
      if (result.ok && argument.matches.length > 0)
        await ports.store.commit({ catalog: catalogWithMatches(await ports.store.readCatalog(), argument.matches) });
      return result;
    },
  };
}
