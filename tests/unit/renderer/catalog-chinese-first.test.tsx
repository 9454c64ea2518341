import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { testAppPerTest } from './support/test-app';

describe('the catalog, Chinese first (issue 16 item 10)', () => {
  const app = testAppPerTest();

  async function openZoneForm(language: 'en' | 'zh') {
    const user = userEvent.setup();
    await app().render({ hash: '#/zones', preferences: { language } });
    await user.click((await screen.findAllByRole('button', { name: language === 'zh' ? '添加园区' : 'Add zone' }))[0]!);
    return { user, form: screen.getByRole('dialog', { name: language === 'zh' ? '添加园区' : 'Add a zone' }) };
  }

  it('in Chinese: the Chinese name first and focused, the English one optional, the code its pinyin and editable', async () => {
    const { user, form } = await openZoneForm('zh');
    const chinese = within(form).getByLabelText('中文名称');
    expect(document.activeElement).toBe(chinese);
    const inputs = within(form).getAllByRole('textbox');
    expect(inputs.indexOf(chinese)).toBeLessThan(inputs.indexOf(within(form).getByLabelText('英文名称')));
    await user.type(chinese, '包头稀土高新区');
    // bāo tóu xī tǔ gāo xīn qū, without tones.
    expect((within(form).getByLabelText('代码') as HTMLInputElement).value).toBe('bao-tou-xi-tu-gao-xin-qu');
    await user.clear(within(form).getByLabelText('代码'));
    await user.type(within(form).getByLabelText('代码'), 'baotou-hi-tech');
    await user.click(within(form).getByRole('button', { name: '创建' }));
    await waitFor(async () =>
      expect(await app().handlers.listZones({})).toEqual({
        ok: true,
        value: [{ id: 'baotou-hi-tech', name: '', nameZh: '包头稀土高新区', region: '', benchmarkZoneId: null }],
      }),
    );
  });

  it('Esc on a filled dialog asks before discarding; an empty one closes at once', async () => {
    const { user, form } = await openZoneForm('en');
    await user.type(within(form).getByLabelText('English name'), 'Baotou');
    fireEvent(form, new Event('cancel', { cancelable: true }));
    const question = await within(form).findByRole('alert');
    expect(question.textContent).toContain('Discard what you typed in this dialog?');
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }));
    expect((within(form).getByLabelText('English name') as HTMLInputElement).value).toBe('Baotou');
    fireEvent(form, new Event('cancel', { cancelable: true }));
    await user.click(within(await within(form).findByRole('alert')).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getAllByRole('button', { name: 'Add zone' })[0]!);
    fireEvent(screen.getByRole('dialog', { name: 'Add a zone' }), new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('creates the benchmark zone from the zone dialog and chooses it', async () => {
    const { user, form } = await openZoneForm('en');
    await user.type(within(form).getByLabelText('English name'), 'Baotou Hi-Tech Zone');
    await user.selectOptions(within(form).getByLabelText('Benchmark zone'), 'New zone…');
    const nested = await screen.findByRole('dialog', { name: 'Add the benchmark zone' });
    await user.type(within(nested).getByLabelText('English name'), 'Baotou City');
    await user.click(within(nested).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add the benchmark zone' })).toBeNull());
    expect((within(form).getByLabelText('Benchmark zone') as HTMLSelectElement).value).toBe('baotou-city');
    await user.click(within(form).getByRole('button', { name: 'Create' }));
    await waitFor(async () => {
      const zones = await app().handlers.listZones({});
      expect(zones.ok && zones.value.map((zone) => [zone.id, zone.benchmarkZoneId])).toEqual([
        ['baotou-city', null],
        ['baotou-hi-tech-zone', 'baotou-city'],
      ]);
    });
  });
});
