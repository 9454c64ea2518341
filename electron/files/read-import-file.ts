import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export type ImportFileRead = { ok: true; name: string; bytes: Uint8Array } | { ok: false; message: string };
export type ImportFileCheck = { ok: true; name: string; sizeBytes: number } | { ok: false; message: string };

const NOT_REGULAR = (name: string) =>
  `${name} is not a regular file (a device, pipe or socket): save the spreadsheet as a file and import that`;

type Refusal = { ok: false; message: string };

/**
 * Opens a path as a regular file, without blocking (a named pipe cannot hang the caller), and
 * hands it to `use`; a folder, a device or a pipe is refused before a byte is read.
 */
async function withRegularFile<T extends { ok: boolean }>(
  file: string,
  use: (handle: FileHandle, info: Stats, name: string) => Promise<T | Refusal>,
): Promise<T | Refusal> {
  const name = path.basename(file);
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, message: `${name} cannot be opened: ${reason(error)}` };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, message: `${name} is a folder, not a spreadsheet file` };
    if (!info.isFile()) return { ok: false, message: NOT_REGULAR(name) };
    return await use(handle, info, name);
  } catch (error) {
    return { ok: false, message: `${name} cannot be read: ${reason(error)}` };
  } finally {
    await handle.close();
  }
}

/**
 * Whether a path is a regular file that can be opened for reading, checked before it is registered
 * (a drop, the open dialog, the command line): a folder, a device or a pipe is refused at once.
 */
export function checkImportFile(file: string): Promise<ImportFileCheck> {
  return withRegularFile(file, async (_handle, info, name) => ({ ok: true as const, name, sizeBytes: info.size }));
}

/**
 * A spreadsheet's bytes, read only when it is a regular file within the size limit: `/dev/zero`,
 * a pipe or a folder is refused before a byte is read, and a file that grows while it is read is
 * not read past the limit.
 */
export function readImportFile(file: string, maxBytes: number): Promise<ImportFileRead> {
  return withRegularFile(file, async (handle, info, name): Promise<ImportFileRead> => {
    if (info.size > maxBytes)
      return {
        ok: false,
        message: `${name} is ${megabytes(info.size)} MB, over the ${megabytes(maxBytes)} MB import limit`,
      };
    // One byte past the limit is asked for, to notice a file that grew since it was measured.
    const buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes)
        return { ok: false, message: `${name} grew past the ${megabytes(maxBytes)} MB import limit while it was read` };
      if (length === buffer.length) break;
    }
    return { ok: true, name, bytes: buffer.subarray(0, length) };
  });
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
