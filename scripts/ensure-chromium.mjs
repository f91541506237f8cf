// Makes sure a Chromium for the end-to-end tests exists.
// Debian's /usr/bin/chromium is preferred (installed with apt when missing and we are root);
// elsewhere Playwright's own Chromium is used (downloaded by `playwright install chromium`).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

if (process.env.IFS_CHROMIUM && existsSync(process.env.IFS_CHROMIUM)) {
  console.log(`Using Chromium at ${process.env.IFS_CHROMIUM}`);
} else if (existsSync(DEBIAN_CHROMIUM)) {
  console.log(`Using Debian Chromium at ${DEBIAN_CHROMIUM}`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Debian Chromium with apt-get…');
  run('apt-get update -qq');
  run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
} else {
  console.log("Debian Chromium not found and not root: installing Playwright's own Chromium…");
  run('npx playwright install chromium');
}
