/**
 * CSV as RFC 4180 writes it, for the leader page's export: comma-separated fields, CRLF between
 * records, a field quoted when it holds a comma, a quote, CR or LF, and a quote inside a quoted
 * field doubled. The text starts with a byte-order mark so that Excel reads it as UTF-8 (without
 * one it takes the file for the system's code page and Vietnamese turns to mojibake).
 *
 * A field that a spreadsheet would run as a formula (one starting with `=`, `+`, `-`, `@`, a tab
 * or CR, OWASP's "CSV injection") is written with an apostrophe in front, after any apostrophes
 * it already starts with; `parseCsv` takes exactly that one apostrophe away again, so every text
 * comes back as it was.
 *
 * @example
 * toCsv([['id', 'text'], ['q-1', 'Tô Lâm: "hợp tác", tin cậy']]);
 * // '\uFEFFid,text\r\nq-1,"Tô Lâm: ""hợp tác"", tin cậy"\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${BOM}${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * Reads CSV written by `toCsv` (or any RFC 4180 text; a leading byte-order mark is skipped, LF
 * alone ends a record too) into rows of fields, undoing the formula guard.
 *
 * @example
 * parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n'); // [['a', 'b'], ['x, y', 'say "hi"']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith(BOM) ? 1 : 0;
  const endField = (): void => {
    row.push(unguard(field));
    field = '';
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

const BOM = '\uFEFF';
const FORMULA = /^'*[=+\-@\t\r]/;

function csvField(value: string): string {
  const guarded = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function unguard(value: string): string {
  return value.startsWith("'") && FORMULA.test(value.slice(1)) ? value.slice(1) : value;
}
