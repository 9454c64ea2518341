import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { SHELL_CHANNELS, type DroppedFileKind } from '../../../../shared/api';
import { appPage, isTrustedSender } from '../../../../electron/main/app-page';
import { FileRegistry } from '../../../../electron/files/file-registry';
import { bindShell, type ShellDeps } from '../../../../electron/main/shell-ipc';
import { APP_FILE, appFrame, StubIpcMain } from './stub-ipc-main';

const page = appPage(undefined, APP_FILE);
const foreignFrame = { url: 'https://evil.example/', parent: null };

describe('the shell channels', () => {
  let folder: string;
  let ipcMain: StubIpcMain;
  let deps: ShellDeps & { showItemInFolder: Mock<(file: string) => void> };
  let chosen: { open: string[]; save?: string };

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'zone-stats-shell-'));
    chosen = { open: [] };
    ipcMain = new StubIpcMain();
    deps = {
      showOpenDialog: async () => ({ canceled: chosen.open.length === 0, filePaths: chosen.open }),
      showSaveDialog: vi.fn(async () => ({ canceled: !chosen.save, filePath: chosen.save })),
      showItemInFolder: vi.fn<(file: string) => void>(),
      appVersion: () => '1.2.3',
      maxOpenBytes: () => 16,
      warmReader: vi.fn(),
      documentsDirectory: '/home/user/Documents',
      dataDirectory: path.join(folder, 'data'),
      isTrusted: (frame) => isTrustedSender(frame, page),
      files: new FileRegistry(),
      log: vi.fn(),
    };
    bindShell(ipcMain, deps);
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  const call = (channel: string, arg?: unknown) => ipcMain.invoke(channel, appFrame, arg);

  it('registers the six shell:* channels', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([
      'shell:appVersion',
      'shell:chooseSaveTarget',
      'shell:openDroppedFile',
      'shell:openFile',
      'shell:revealInFolder',
      'shell:saveFile',
    ]);
  });

  it('registers the chosen save target as a write-only handle, writing nothing yet', async () => {
    chosen.save = path.join(folder, 'report.xlsx');
    const reply = (await call(SHELL_CHANNELS.chooseSaveTarget, { defaultName: '../x/report.xlsx' })) as {
      ok: true;
      value: { id: string; path: string; name: string; kind: string; mode: string };
    };
    expect(reply.ok).toBe(true);
    expect(reply.value).toMatchObject({ path: chosen.save, name: 'report.xlsx', kind: 'xlsx', mode: 'write' });
    expect(deps.showSaveDialog).toHaveBeenCalledWith({ defaultPath: path.join('/home/user/Documents', 'report.xlsx') });
    expect(await readdir(folder)).toEqual([]);
    expect(deps.files.describe(reply.value.id)?.path).toBe(chosen.save);
    // A save target is never readable through its handle: the page cannot read back what it did not open.
    await expect(deps.files.read(reply.value.id, 1000)).rejects.toThrow(/not opened/);
    await call(SHELL_CHANNELS.revealInFolder, chosen.save);
    expect(deps.showItemInFolder).toHaveBeenCalledWith(chosen.save);
  });

  it('answers a closed save dialog with an ok null, as window.api answers', async () => {
    await expect(call(SHELL_CHANNELS.chooseSaveTarget, { defaultName: 'report.xlsx' })).resolves.toEqual({
      ok: true,
      value: null,
    });
  });

  it('registers the chosen file for reading and answers its handle, name, size and kind: no bytes, no path', async () => {
    const file = path.join(folder, 'march.xlsx');
    await writeFile(file, Buffer.from([0, 1, 2, 250]));
    chosen.open = [file];
    const reply = (await call(SHELL_CHANNELS.openFile, {
      title: 'Import',
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    })) as { ok: true; value: { handle: string } };
    expect(reply).toEqual({
      ok: true,
      value: { handle: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'march.xlsx', sizeBytes: 4, kind: 'xlsx' },
    });
    expect([...(await deps.files.read(reply.value.handle, 16))]).toEqual([0, 1, 2, 250]);
    // Opened for reading, never writable through its handle.
    await expect(deps.files.openWrite(reply.value.handle)).rejects.toThrow(/not chosen as a save target/);
  });

  it('gives an ok null when the dialog is cancelled', async () => {
    await expect(call(SHELL_CHANNELS.openFile, {})).resolves.toEqual({ ok: true, value: null });
  });

  it('starts the workbook reader as the open dialog shows, so the import does not wait for it', async () => {
    let warmedBeforeDialog = false;
    deps.showOpenDialog = async () => {
      warmedBeforeDialog = vi.mocked(deps.warmReader!).mock.calls.length === 1;
      return { canceled: true, filePaths: [] };
    };
    await call(SHELL_CHANNELS.openFile, {});
    expect(warmedBeforeDialog).toBe(true);
  });

  it('refuses a file over the import size limit (16 bytes here) without reading it', async () => {
    const file = path.join(folder, 'huge.xlsx');
    await writeFile(file, Buffer.alloc(17));
    chosen.open = [file];
    await expect(call(SHELL_CHANNELS.openFile, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/^huge\.xlsx is 0 MB, over the 0 MB import limit/) },
    });
  });

  const drop = (file: string, kind: DroppedFileKind = 'spreadsheet') =>
    call(SHELL_CHANNELS.openDroppedFile, { path: file, kind });

  it('registers a dropped path only when it is a regular file', async () => {
    const file = path.join(folder, 'dropped.csv');
    await writeFile(file, 'zone,indicator\n');
    await expect(drop(file)).resolves.toEqual({
      ok: true,
      value: { handle: expect.any(String), name: 'dropped.csv', sizeBytes: 15, kind: 'csv' },
    });
    await mkdir(path.join(folder, 'book.xlsx'));
    await expect(drop(path.join(folder, 'book.xlsx'))).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/is a folder/) },
    });
    execFileSync('mkfifo', [path.join(folder, 'pipe.xlsx')]);
    await expect(drop(path.join(folder, 'pipe.xlsx'))).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^pipe\.xlsx is not a regular file/) },
    });
    await expect(drop('/dev/zero')).resolves.toMatchObject({
      ok: false,
      error: { message: 'zero is not a spreadsheet (.xlsx, .xls, .xlsb, .ods, .csv).' },
    });
    await expect(drop('/home/clerk/.ssh/id_rsa')).resolves.toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/^id_rsa is not a spreadsheet/) },
    });
    await expect(drop(path.join(folder, 'gone.xlsx'))).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/no such file/) },
    });
  });

  it.each(['txt', 'md', 'html', 'htm', 'TXT'])(
    'registers a dropped brief text file (.%s) for the brief kind',
    async (extension) => {
      const file = path.join(folder, `brief.${extension}`);
      await writeFile(file, '增长14.8%'); // under the 16 bytes of the limit here
      const reply = (await drop(file, 'briefText')) as {
        ok: true;
        value: { handle: string; name: string; kind: string };
      };
      expect(reply).toMatchObject({ ok: true, value: { name: `brief.${extension}`, kind: extension.toLowerCase() } });
      // Registered for reading, as the open dialog registers it: the brief is read by the handle.
      expect(new TextDecoder().decode(await deps.files.read(reply.value.handle, 1000))).toContain('14.8%');
    },
  );

  it('refuses a file of the other kind, naming it, its extension and the kind asked for', async () => {
    const sheet = path.join(folder, 'bureau.xlsx');
    const brief = path.join(folder, 'brief.md');
    await writeFile(sheet, 'x');
    await writeFile(brief, 'x');
    await expect(drop(sheet, 'briefText')).resolves.toEqual({
      ok: false,
      error: {
        code: 'refused',
        message: 'bureau.xlsx is not a brief text file (.txt, .md, .html, .htm).',
        details: { reason: 'wrongKind', file: 'bureau.xlsx', extension: 'xlsx', kind: 'briefText' },
      },
    });
    await expect(drop(brief, 'spreadsheet')).resolves.toEqual({
      ok: false,
      error: {
        code: 'refused',
        message: 'brief.md is not a spreadsheet (.xlsx, .xls, .xlsb, .ods, .csv).',
        details: { reason: 'wrongKind', file: 'brief.md', extension: 'md', kind: 'spreadsheet' },
      },
    });
  });

  it('refuses a dropped brief text that is a folder, a pipe or over the size limit (16 bytes here)', async () => {
    await mkdir(path.join(folder, 'notes.txt'));
    await expect(drop(path.join(folder, 'notes.txt'), 'briefText')).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/is a folder/) },
    });
    execFileSync('mkfifo', [path.join(folder, 'pipe.md')]);
    await expect(drop(path.join(folder, 'pipe.md'), 'briefText')).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^pipe\.md is not a regular file/) },
    });
    await writeFile(path.join(folder, 'long.html'), Buffer.alloc(17));
    await expect(drop(path.join(folder, 'long.html'), 'briefText')).resolves.toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/^long\.html is 0 MB, over the 0 MB import limit/) },
    });
  });

  it('writes the bytes where the user chose, starting the dialog in Documents with only a file name', async () => {
    chosen.save = path.join(folder, 'comparison.xlsx');
    await expect(
      call(SHELL_CHANNELS.saveFile, {
        defaultName: '../../etc/comparison.xlsx',
        bytes: new Uint8Array([0, 1, 2, 250]),
      }),
    ).resolves.toBe(chosen.save);
    expect(deps.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: path.join('/home/user/Documents', 'comparison.xlsx'),
    });
    expect([...(await readFile(chosen.save))]).toEqual([0, 1, 2, 250]);
    expect(await readdir(folder)).toEqual(['comparison.xlsx']);
  });

  it('reveals only files this session opened or saved, or the data folder', async () => {
    chosen.save = path.join(folder, 'saved.xlsx');
    await call(SHELL_CHANNELS.saveFile, { defaultName: 'saved.xlsx', bytes: new Uint8Array(0) });
    await call(SHELL_CHANNELS.revealInFolder, chosen.save);
    await call(SHELL_CHANNELS.revealInFolder, path.join(deps.dataDirectory, 'catalog.json'));
    await expect(call(SHELL_CHANNELS.revealInFolder, '/etc/passwd')).rejects.toThrow(/Only files/);
    await expect(call(SHELL_CHANNELS.revealInFolder, `${deps.dataDirectory}-evil/x`)).rejects.toThrow(/Only files/);
    expect(deps.showItemInFolder.mock.calls).toEqual([[chosen.save], [path.join(deps.dataDirectory, 'catalog.json')]]);
  });

  it('answers the version', async () => {
    await expect(call(SHELL_CHANNELS.appVersion)).resolves.toBe('1.2.3');
  });

  it.each([
    [SHELL_CHANNELS.openFile, { filters: [{ name: 'x', extensions: ['../x'] }] }],
    [SHELL_CHANNELS.saveFile, { defaultName: 'a.xlsx', bytes: 'AA==' }],
    [SHELL_CHANNELS.saveFile, { defaultName: 'a.xlsx', bytes: new Uint8Array(1), path: '/etc/passwd' }],
    [SHELL_CHANNELS.openDroppedFile, '/etc/passwd'],
    [SHELL_CHANNELS.openDroppedFile, { path: '/etc/passwd' }],
    [SHELL_CHANNELS.openDroppedFile, { path: '/tmp/brief.txt', kind: 'anything' }],
    [SHELL_CHANNELS.chooseSaveTarget, { defaultName: 'a.xlsx', path: '/etc/passwd' }],
    [SHELL_CHANNELS.revealInFolder, 42],
  ])('refuses an invalid request on %s', async (channel, arg) => {
    await expect(call(channel, arg)).rejects.toThrow(/not valid/);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses every channel to a foreign frame', async () => {
    for (const channel of ipcMain.handlers.keys()) {
      await expect(ipcMain.invoke(channel, foreignFrame, {})).rejects.toThrow(/may not call/);
    }
    expect(deps.log).toHaveBeenCalledTimes(6);
  });
});
