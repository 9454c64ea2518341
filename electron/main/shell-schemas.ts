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

export const OpenFileSchema = z
  .object({
    title: z.string().max(200).optional(),
    filters: z.array(FileFilterSchema).max(20).optional(),
  })
  .strict();

export const SaveFileSchema = z
  .object({
    title: z.string().max(200).optional(),
    defaultName: z.string().min(1).max(255),
    filters: z.array(FileFilterSchema).max(20).optional(),
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_SAVED_BYTES, 'at most 64 MB'),
  })
  .strict();

export const SaveTargetSchema = z
  .object({
    title: z.string().max(200).optional(),
    defaultName: z.string().min(1).max(255),
    filters: z.array(FileFilterSchema).max(20).optional(),
  })
  .strict();

/** A dropped file's path, as the preload's `webUtils.getPathForFile` gave it, and the kind of file the page wants. */
export const DroppedFileSchema = z
  .object({ path: z.string().min(1).max(4096), kind: z.enum(DROPPED_FILE_KINDS) })
  .strict();

export const RevealSchema = z.string().min(1).max(4096);
