import { spawnSync } from 'node:child_process';

/** Debian's python3 with python3-openpyxl (apt), not a tool of the project: the tests that use it run where it is installed. */
const PYTHON = '/usr/bin/python3';
export const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;

/** What openpyxl reads of each sheet's layout; every warning it raises is turned into a failure (`-W error`). */
export interface SheetLayout {
  name: string;
  freeze: string | null;
  orientation: string | null;
  fitToWidth: number | null;
  fitToHeight: number | null;
  fitToPage: boolean;
  printTitleRows: string | null;
  autoFilter: string | null;
  headerBold: boolean;
}

const SCRIPT = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    header_row = 2 if ws.title == 'Comparison' else 1
    out.append({
        'name': ws.title,
        'freeze': ws.freeze_panes,
        'orientation': ws.page_setup.orientation,
        'fitToWidth': ws.page_setup.fitToWidth,
        'fitToHeight': ws.page_setup.fitToHeight,
        'fitToPage': bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
        'printTitleRows': ws.print_title_rows,
        'autoFilter': ws.auto_filter.ref,
        'headerBold': bool(ws.cell(row=header_row, column=1).font.b),
    })
print(json.dumps(out))
`;

export function openpyxlLayout(file: string): { layout: SheetLayout[]; stderr: string } {
  const run = spawnSync(PYTHON, ['-W', 'error', '-c', SCRIPT, file], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`openpyxl could not read ${file}: ${run.stderr}`);
  return { layout: JSON.parse(run.stdout) as SheetLayout[], stderr: run.stderr };
}
