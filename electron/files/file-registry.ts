import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { FileHandle } from '../../shared/api';
import type { FilePort, WriteTarget } from '../../shared/app';
import { checkImportFile, readImportFile } from './read-import-file';

/**
 * The paths main's dialogs, a checked drop, the command line or a test gave, each behind an opaque
 * handle: the page reads and writes files by handle only, and a handle opened for reading can
 * never be written over.
 */
export class FileRegistry implements FilePort {
  private readonly handles = new Map<string, FileHandle>();
  private partials = 0;

  /** A file to import, once it is known to be a regular readable file (never a folder, device or pipe); its size is taken now. */
  async registerRead(path: string): Promise<{ ok: true; handle: FileHandle } | { ok: false; message: string }> {
    const checked = await checkImportFile(path);
    return checked.ok ? { ok: true, handle: this.add(path, 'read', checked.sizeBytes) } : checked;
  }

  /** A target to export to (it need not exist yet). */
  registerWrite(path: string): FileHandle {
    return this.add(path, 'write', 0);
  }

  private add(path: string, mode: FileHandle['mode'], sizeBytes: number): FileHandle {
    const handle: FileHandle = {
      id: randomUUID(),
      path,
      name: basename(path),
      sizeBytes,
      kind: extname(path).slice(1).toLowerCase(),
      mode,
    };
    this.handles.set(handle.id, handle);
    return handle;
  }

  describe(id: string): FileHandle | null {
    return this.handles.get(id) ?? null;
  }

  async read(id: string, limitBytes: number): Promise<Uint8Array> {
    const handle = this.handles.get(id);
    if (!handle || handle.mode !== 'read') throw new Error('That file was not opened in this session.');
    // Checked again as it is read: the file may have been replaced by a pipe or grown since it was registered.
    const read = await readImportFile(handle.path, limitBytes);
    if (!read.ok) throw new Error(read.message);
    return read.bytes;
  }

  async openWrite(id: string): Promise<WriteTarget> {
    const handle = this.handles.get(id);
    if (!handle || handle.mode !== 'write')
      throw new Error('That file was not chosen as a save target in this session.');
    // Beside the target, so the final rename stays on one file system and is atomic.
    const partial = `${handle.path}.partial-${process.pid}-${++this.partials}`;
    const file = await open(partial, 'wx');
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      await file.close();
    };
    return {
      write: async (bytes) => {
        for (let at = 0; at < bytes.length;) at += (await file.write(bytes, at, bytes.length - at)).bytesWritten;
      },
      commit: async () => {
        await file.sync();
        await close();
        await rename(partial, handle.path);
      },
      abort: async () => {
        await close().catch(() => undefined);
        await rm(partial, { force: true });
      },
    };
  }
}
