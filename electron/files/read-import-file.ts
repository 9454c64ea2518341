import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';

export type ImportFileRead = { ok: true; name: string; bytes: Uint8Array } | { ok: false; message: string };
const NOT_REGULAR = (name: string) => `${name} is not a regular file (a device, pipe or socket): save the spreadsheet as a file and import that`;

export type ImportFileCheck = { ok: true; name: string; sizeBytes: number } | { ok: false; message: string };

/**
 * Whether a path is a regular file that can be opened for reading, checked before it is registered
 * (a drop, the open dialog, the command line): a folder, a device or a pipe is refused at once.
 */
export async function checkImportFile(file: string): Promise<ImportFileCheck> {
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
    return { ok: true, name, sizeBytes: info.size };
  } catch (error) {
    return { ok: false, message: `${name} cannot be read: ${reason(error)}` };
  } finally {
    await handle.close();
  }
}


/**
 * A spreadsheet's bytes, read only when it is a regular file within the size limit: `/dev/zero`,
 * a pipe or a folder is refused before a byte is read, and a file that grows while it is read is
 * not read past the limit. Opened without blocking, so a named pipe cannot hang the caller.
 */
export async function readImportFile(file: string, maxBytes: number): Promise<ImportFileRead> {
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
    if (info.size > maxBytes) return { ok: false, message: `${name} is ${megabytes(info.size)} MB, over the ${megabytes(maxBytes)} MB import limit` };
    // One byte past the limit is asked for, to notice a file that grew since it was measured.
    const buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return { ok: false, message: `${name} grew past the ${megabytes(maxBytes)} MB import limit while it was read` };
      if (length === buffer.length) break;
    }
    return { ok: true, name, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, message: `${name} cannot be read: ${reason(error)}` };
  } finally {
    await handle.close();
  }
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
