import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

/**
 * `astro preview` of a built folder on a port of its own. --ignore-lock: a test run or another
 * benchmark step may be serving the same project already.
 */
export async function startPreview(projectDir: string, outDir: string, port: number): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', resolve(outDir), '--ignore-lock'],
    { cwd: projectDir, stdio: 'ignore' },
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).status < 500) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  server.kill();
  throw new Error(`astro preview did not answer on port ${port} within 60 s.`);
}
