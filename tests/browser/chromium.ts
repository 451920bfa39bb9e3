/** Which Chromium the browser tests and the bench drive, and how: no Vite here, so a test worker loads only this. */
import { existsSync } from 'node:fs';

/** Flags that keep Chromium quiet and working on a closed, GPU-less machine. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=user-gesture-required',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium to drive: CHROME_PATH, else the usual system paths; a clear message when there is none. */
export function findChromium(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'The browser tests need Chromium and found none. Install it from your OS packages ' +
        '(Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium), ' +
        'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}
