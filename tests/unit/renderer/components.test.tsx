import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfirmDialog } from '../../../renderer/components/ConfirmDialog';
import { Field } from '../../../renderer/components/Field';
import { Tabs } from '../../../renderer/components/Tabs';
import { createI18n } from '../../../renderer/i18n';

afterEach(cleanup);

function ThreeTabs() {
  const [selected, setSelected] = useState<'a' | 'b' | 'c'>('a');
  return (
    <Tabs
      label="Letters"
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { key: 'a', label: 'Alpha' },
        { key: 'b', label: 'Beta' },
        { key: 'c', label: 'Gamma' },
      ]}
    >
      <p>Panel {selected}</p>
    </Tabs>
  );
}

describe('the shared components', () => {
  it('tabs: one tab stop, arrows and Home/End move and select', async () => {
    const user = userEvent.setup();
    render(<ThreeTabs />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    expect(screen.getByRole('tabpanel', { name: 'Alpha' }).textContent).toBe('Panel a');

    await user.tab();
    expect(document.activeElement).toBe(tabs[0]);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('Beta');
    expect(screen.getByRole('tab', { name: 'Beta' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toBe('Panel b');
    await user.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('Gamma');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('Alpha');
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tabpanel').textContent).toBe('Panel c');
  });

  it('field: the label names the control, the error and the hint describe it', () => {
    render(
      <Field label="Unit" hint="For example 亿元" error="This is too long">
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = screen.getByLabelText('Unit');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['This is too long', 'For example 亿元']);
  });

  it('confirmation: the safe choice has the focus; Cancel and Esc both cancel', async () => {
    const i18n = await createI18n('en');
    const user = userEvent.setup();
    let cancelled = 0;
    let confirmed = 0;
    render(
      <I18nextProvider i18n={i18n}>
        <ConfirmDialog
          title="Delete it?"
          confirmLabel="Delete"
          onConfirm={() => void confirmed++}
          onCancel={() => void cancelled++}
        >
          <p>It goes for good.</p>
        </ConfirmDialog>
      </I18nextProvider>,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Delete it?' });
    expect(document.activeElement?.textContent).toBe('Cancel');
    await user.keyboard('{Enter}');
    expect(cancelled).toBe(1);
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(cancelled).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(confirmed).toBe(1);
  });
});
