// `baocao watch` as a real process from dist/: started on a free port of 127.0.0.1, its URL read
// from its first line, stopped with SIGINT (as Ctrl-C) and awaited.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface WatchProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything printed so far. */
  output(): { stdout: string; stderr: string };
  /** Resolves when `text` has been printed on stdout after `from` characters. */
  waitFor(text: string | RegExp, from?: number): Promise<void>;
  /** SIGINT, as Ctrl-C; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export async function startWatch(args: string[], cwd: string): Promise<WatchProcess> {
  const child = spawn(process.execPath, [resolve('dist/cli/main.js'), 'watch', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  child.stdout!.setEncoding('utf8').on('data', (s: string) => {
    stdout += s;
    for (const w of waiters) w();
  });
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  const waitFor = (text: string | RegExp, from = 0) =>
    new Promise<void>((res, rej) => {
      const check = () => {
        const rest = stdout.slice(from);
        if (typeof text === 'string' ? rest.includes(text) : text.test(rest)) {
          waiters.delete(check);
          res();
        }
      };
      waiters.add(check);
      void exited.then((code) => {
        if (waiters.has(check)) rej(new Error(`watch exited (${code}) before printing ${String(text)}:\n${stdout}\n${stderr}`));
      });
      check();
    });
  await waitFor(/Xem trước: http:\/\/127\.0\.0\.1:\d+\//);
  const url = /Xem trước: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)![1]!;
  return {
    url,
    child,
    output: () => ({ stdout, stderr }),
    waitFor,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      return exited;
    },
  };
}
