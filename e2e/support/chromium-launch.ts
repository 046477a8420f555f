/**
 * Debian's Chromium, not a downloaded build (the same binary CI installs with apt), with the
 * flags a headless run in a container needs. Shared by the browser tests and the render bench,
 * so that the bench measures what the tests drive.
 */
export const chromiumLaunch = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
