import { z } from 'zod';

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
    base64: z.base64(),
  })
  .strict();

export const SaveTargetSchema = z
  .object({
    title: z.string().max(200).optional(),
    defaultName: z.string().min(1).max(255),
    filters: z.array(FileFilterSchema).max(20).optional(),
  })
  .strict();

export const RevealSchema = z.string().min(1).max(4096);
