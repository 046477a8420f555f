import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export type RunningServer = { url: string; child: ChildProcess; output: () => string };

/** Starts `src/server/main.ts` as a real process, the way `npm start` does. */
export function spawnServer(environment: Record<string, string>): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/main.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  return Object.assign(child, { output: () => output });
}

export async function startServer(environment: Record<string, string>): Promise<RunningServer> {
  const child = spawnServer({ PORT: '0', ...environment });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const match = /"msg":"Server listening at (http:\/\/127\.0\.0\.1:\d+)"/.exec(child.output());
    if (match?.[1]) return { url: match[1], child, output: child.output };
    if (child.exitCode !== null) throw new Error(`server exited early:\n${child.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start:\n${child.output()}`);
}

export async function stopServer(
  server: RunningServer,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (server.child.exitCode !== null) return server.child.exitCode;
  server.child.kill(signal);
  const [code] = await once(server.child, 'exit');
  return code as number | null;
}
