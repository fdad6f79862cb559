import { describe, expect, test } from 'vitest';
import { paginate } from '../../src/lib/paginate';

describe('paginate', () => {
	test.each([
		[[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
		[
			[1, 2, 3, 4],
			2,
			[
				[1, 2],
				[3, 4],
			],
		],
		[[1], 80, [[1]]],
		[[], 3, []],
	])('splits %j into pages of %i', (items, size, pages) => {
		expect(paginate(items, size)).toEqual(pages);
	});
	test('refuses a page size below one', () => {
		expect(() => paginate([1], 0)).toThrow('A page must hold at least one item (got 0)');
	});
});
