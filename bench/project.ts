/**
 * Builds the site in a copy of the project, so a benchmark build shares no cache with other
 * builds (Astro keeps its content store in node_modules/.astro, Vite its own in .vite) and
 * always starts cold.
 * The copy links each installed package instead of copying node_modules.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectFiles = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A fresh copy of the project at `dir`, with its own (empty) caches in node_modules/.astro and .vite. */
export function isolatedProject(root: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const item of projectFiles) cpSync(join(root, item), join(dir, item), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    // Caches (.astro, .vite) stay the copy's own; of the other dot entries only .bin is needed.
    if (!entry.startsWith('.') || entry === '.bin') symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

export interface BuildResult {
  ms: number;
  outDir: string;
  output: string;
}

/** Thrown when a build takes longer than allowed; the build is stopped. */
export class BuildTimeout extends Error {}

/** `astro build` in `dir` with the given environment; fails with the build's output when it fails or runs out of time. */
export function build(dir: string, outDir: string, env: Record<string, string> = {}, timeoutMs = Infinity): Promise<BuildResult> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', resolve(outDir)], {
      cwd: dir,
      env: { ...process.env, FORCE_COLOR: '0', ...env },
    });
    let output = '';
    let timedOut = false;
    const timer = Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          child.kill();
        }, timeoutMs)
      : undefined;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = Math.round(performance.now() - started);
      if (timedOut) fail(new BuildTimeout(`astro build in ${dir} took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`));
      else if (code === 0) done({ ms, outDir: resolve(outDir), output });
      else fail(new Error(`astro build in ${dir} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}
