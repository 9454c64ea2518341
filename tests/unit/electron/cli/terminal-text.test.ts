import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../../../electron/cli/terminal-text';

describe('escapeControls', () => {
  it('shows C0, DEL and C1 controls as \\xHH and leaves other text, Chinese included, as it is', () => {
    expect(escapeControls('\u0000\u0007\u001b[2J\u007f\u0085\u009b')).toBe('\\x00\\x07\\x1b[2J\\x7f\\x85\\x9b');
    expect(escapeControls('规模以上工业增加值 14.8% — ok ½')).toBe('规模以上工业增加值 14.8% — ok ½');
  });
});
