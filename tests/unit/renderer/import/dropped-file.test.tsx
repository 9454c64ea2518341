import { fireEvent, screen } from '@testing-library/react';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DroppedFile } from '../../../../shared/api';
import { testAppPerTest } from '../support/test-app';

const CANONICAL = path.join(import.meta.dirname, '../../../fixtures/import/canonical.xlsx');

/** A drop on the window, as the desktop delivers it: a DataTransfer carrying files. */
function drop(file: File): void {
  const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
  fireEvent.dragEnter(window, { dataTransfer });
  fireEvent.drop(window, { dataTransfer });
}

describe('a file dropped on the import screen', () => {
  const app = testAppPerTest();

  it('is handed to main (the preload finds its path) and previewed by the handle main answers', async () => {
    const opened = await app().openable('canonical.xlsx', await readFile(CANONICAL));
    const handed: DroppedFile[] = [];
    window.shell.openDroppedFile = async (file) => {
      handed.push(file);
      return { ok: true, value: opened };
    };
    await app().render({ hash: '#/import' });
    const file = new File(['not read by the page'], 'canonical.xlsx');
    drop(file);
    await screen.findByRole('combobox', { name: 'Sheet' });
    // The very File of the drop went to the preload; the page read none of its bytes.
    expect(handed).toEqual([file]);
    expect(await screen.findByText(/canonical\.xlsx/)).toBeTruthy();
  });

  it("says in the app's language that a file with no path on disk cannot be imported", async () => {
    window.shell.openDroppedFile = async () => ({
      ok: false,
      error: { code: 'not_found', message: 'This file is not on disk' },
    });
    await app().render({ hash: '#/import', preferences: { language: 'zh' } });
    drop(new File(['x'], '邮件附件.xlsx'));
    expect(
      await screen.findByText(
        '邮件附件.xlsx 不是磁盘上的文件（是从其他应用拖入的吗？）：请先保存到文件夹，再从那里导入。',
      ),
    ).toBeTruthy();
  });
});
