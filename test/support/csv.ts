/**
 * Read CSV text the way Excel does when it opens a file: a UTF-8 byte-order mark is dropped,
 * fields are split on the delimiter, a field in double quotes may hold the delimiter, doubled
 * quotes and line breaks. Written here (not taken from the code under test) so that the tests
 * check the files against an independent reader.
 */
export function parseCsv(text: string, delimiter: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = text.startsWith('\uFEFF') ? 1 : 0;
	for (; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"' && field === '') quoted = true;
		else if (char === delimiter) {
			row.push(field);
			field = '';
		} else if (char === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += char;
	}
	if (field || row.length) rows.push([...row, field]);
	return rows;
}
