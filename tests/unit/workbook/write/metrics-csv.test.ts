import { describe, expect, it } from 'vitest';
import { csvNumber, csvText, tableToCsv, writeMetricsCsv } from '../../../../shared/workbook/write';
import { METRICS } from './sample-input';

/** A minimal RFC 4180 reader, enough to check what a spreadsheet would see in each field. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inQuotes && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (inQuotes) {
      if (char === '"') inQuotes = false;
      else field += char;
    } else if (char === '"') {
      inQuotes = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  return rows;
}

describe('CSV escaping (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1', `"'+1"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tTab', `"'\tTab"`],
    ['\rCR', `"'\rCR"`],
  ])('prefixes %j with a quote and quotes it', (text, expected) => {
    expect(csvText(text)).toBe(expected);
  });

  it('leaves ordinary text alone and quotes only what RFC 4180 needs', () => {
    expect(csvText('Baotou City')).toBe('Baotou City');
    expect(csvText('包头市')).toBe('包头市');
    expect(csvText('a, b')).toBe('"a, b"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('two\nlines')).toBe('"two\nlines"');
    expect(csvText('x=1')).toBe('x=1');
  });

  it('keeps numbers, negative ones included, as bare numbers', () => {
    expect(csvNumber(-3.2)).toBe('-3.2');
    expect(csvNumber(1148000)).toBe('1148000');
    expect(csvNumber(Number.NaN)).toBe('');
  });

  it('escapes text columns only, even when a text looks like a number', () => {
    const csv = tableToCsv({
      name: 't',
      columns: [
        { header: 'name', kind: 'text' },
        { header: 'yoy_pct', kind: 'percent' },
      ],
      rows: [
        ['-5', -5],
        ['+7', null],
      ],
    });
    expect(csv).toBe(`\uFEFFname,yoy_pct\r\n"'-5",-5\r\n"'+7",\r\n`);
  });
});

describe('the Metrics CSV', () => {
  const csv = writeMetricsCsv(METRICS);
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));

  it('starts with a byte-order mark and has the Metrics columns', () => {
    expect(
      csv.startsWith('\uFEFFzone_id,zone,indicator_id,indicator,period,basis,value,unit,yoy_pct,yoy_source,'),
    ).toBe(true);
    expect(rows[0]).toHaveLength(21);
    expect(rows).toHaveLength(METRICS.length + 1);
  });

  it('escapes a hostile zone name and leaves its negative figures numeric', () => {
    const evil = rows[4]!;
    expect(evil[1]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(evil[6]).toBe('-250.5');
    expect(evil[8]).toBe('-3.2');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });

  it('writes an uncomputable metric as an empty field, never 0', () => {
    const city = rows[3]!;
    expect(city[6]).toBe('');
    expect(city[8]).toBe('12.3');
    expect(city[18]).toBe('');
    expect(city[19]).toBe('30');
  });
});
