/**
 * Which Chromium the browser tests drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`,
 * else a browser Playwright installed itself. With none, the suite stops and says how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium(): string {
	const candidates = [
		process.env.CHROMIUM_PATH,
		'/usr/bin/chromium',
		safely(() => chromium.executablePath()),
	];
	const found = candidates.find((path): path is string => Boolean(path) && existsSync(path!));
	if (!found) {
		throw new Error(
			'No Chromium found for the browser tests: run `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.',
		);
	}
	return found;
}

function safely(get: () => string): string | undefined {
	try {
		return get();
	} catch {
		return undefined;
	}
}
