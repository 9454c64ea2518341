import { z } from 'zod';
import { DROPPED_FILE_KINDS } from '../../shared/api';

/** A chart's PNG is a few hundred kilobytes; nothing the page makes itself comes near this. */
const MAX_SAVED_BYTES = 64 * 1024 * 1024;

const FileFilterSchema = z
  .object({
    name: z.string().max(100),
    extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/)).max(20),
  })
  .strict();

/** What every dialog takes: its title and the file types it offers. */
const DIALOG_FIELDS = {
  title: z.string().max(200).optional(),
  filters: z.array(FileFilterSchema).max(20).optional(),
};
// Fields in this order, as refusals list them.
const SAVE_DIALOG_FIELDS = {
  title: DIALOG_FIELDS.title,
  defaultName: z.string().min(1).max(255),
  filters: DIALOG_FIELDS.filters,
};

export const OpenFileSchema = z.object(DIALOG_FIELDS).strict();

export const SaveFileSchema = z
  .object({
    ...SAVE_DIALOG_FIELDS,
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_SAVED_BYTES, 'at most 64 MB'),
  })
  .strict();

export const SaveTargetSchema = z.object(SAVE_DIALOG_FIELDS).strict();

/** A dropped file's path, as the preload's `webUtils.getPathForFile` gave it, and the kind of file the page wants. */
export const DroppedFileSchema = z
  .object({ path: z.string().min(1).max(4096), kind: z.enum(DROPPED_FILE_KINDS) })
  .strict();

export const RevealSchema = z.string().min(1).max(4096);
