import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../src/exports/csv';

describe('toCsv', () => {
  it('writes plain fields as they are and ends every row with CRLF', () => {
    expect(toCsv([['a', 1, true, false], ['b', 0, -2.5, 'x y']])).toBe('a,1,true,false\r\nb,0,-2.5,x y\r\n');
  });

  it('writes null and undefined as empty fields', () => {
    expect(toCsv([[null, undefined, '', 'z']])).toBe(',,,z\r\n');
  });

  it('quotes fields with a comma, a quote, a CR or an LF, doubling quotes', () => {
    expect(toCsv([['a,b']])).toBe('"a,b"\r\n');
    expect(toCsv([['say "hi"']])).toBe('"say ""hi"""\r\n');
    expect(toCsv([['one\ntwo']])).toBe('"one\ntwo"\r\n');
    expect(toCsv([['one\rtwo']])).toBe('"one\rtwo"\r\n');
    expect(toCsv([['"']])).toBe('""""\r\n');
  });

  it('writes a lone line break for no rows at all', () => {
    expect(toCsv([])).toBe('\r\n');
  });
});

describe('parseCsv', () => {
  it('reads rows split by CRLF or LF, with or without a final line break', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toStrictEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a,b\nc,d')).toStrictEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a,')).toStrictEqual([['a', '']]);
    expect(parseCsv(',\r\n')).toStrictEqual([['', '']]);
    expect(parseCsv('')).toStrictEqual([]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('"a,b","say ""hi""","x\r\ny"\r\n')).toStrictEqual([['a,b', 'say "hi"', 'x\r\ny']]);
    expect(parseCsv('"",x\r\n')).toStrictEqual([['', 'x']]);
  });

  it('keeps a CR that does not end a line as text', () => {
    expect(parseCsv('a\rb,c\r\n')).toStrictEqual([['a\rb', 'c']]);
  });

  it('reads back what toCsv wrote, field for field', () => {
    const rows = [['a,b', 'say "hi"', 'two\nlines', '', 'plain'], ['"', ',', '\r\n', 'x', '']];
    expect(parseCsv(toCsv(rows))).toStrictEqual(rows);
  });
});
