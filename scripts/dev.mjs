// `npm run dev`: API server (restarting on change) and Vite (hot reload, proxying /api to it)
// as one command. If either dies the other is stopped, so no orphan keeps a port busy.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const viteBin = path.join(repoRoot, 'node_modules/vite/bin/vite.js');

const children = [
  start('server', ['--import', 'tsx', '--watch', 'src/server/main.ts'], {
    NODE_ENV: process.env.NODE_ENV ?? 'development',
  }),
  start('vite', [viteBin], {}),
];

let shuttingDown = false;
// The first child to fail decides the exit code; a stop requested by the user exits 0.
let exitCode = 0;

function start(name, args, env) {
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`dev: ${name} exited (${signal ?? `code ${code}`}); stopping the rest`);
      exitCode = code || 1;
      stopAll('SIGTERM');
    }
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(exitCode);
  });
  return child;
}

function stopAll(signal) {
  shuttingDown = true;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => stopAll(signal));
}
