/**
 * The build must refuse broken content and say which file and field to fix. Each case copies
 * the project with the real content into a temporary folder, breaks one thing (the broken
 * fixtures never touch content/), and runs `astro sync`, which loads and checks every entry.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const made: string[] = [];

async function syncWith(breakContent: (content: string) => void): Promise<{ ok: boolean; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'osteomove-content-'));
  made.push(dir);
  for (const item of ['src', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  breakContent(join(dir, 'content'));
  try {
    const { stdout, stderr } = await run(join(dir, 'node_modules/.bin/astro'), ['sync'], { cwd: dir, env: { ...process.env, FORCE_COLOR: '0' } });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('content checks at build time', { timeout: 120_000 }, () => {
  it('accepts the real content unchanged', async () => {
    const result = await syncWith(() => {});
    expect(result.output).toContain('Synced content');
    expect(result.ok).toBe(true);
  });

  it('names the file and the field of an invalid value', async () => {
    const result = await syncWith((content) =>
      edit(join(content, 'exercises/squats.mdx'), (text) => text.replace(/^category: .*$/m, 'category: yoga')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('squats.mdx');
    expect(result.output).toMatch(/category/);
  });

  it('names the file and the field of a missing value', async () => {
    const result = await syncWith((content) =>
      edit(join(content, 'courses/prevention.mdx'), (text) => text.replace(/^whoPays: .*$/m, '')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('prevention.mdx');
    expect(result.output).toMatch(/whoPays/);
  });

  it('names the file and the field of a reference that points nowhere', async () => {
    const result = await syncWith((content) =>
      edit(join(content, 'exercises/lunges.mdx'), (text) => text.replace(/^easier: .*$/m, 'easier: no-such-exercise')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/exercises/lunges.mdx: field "easier": no exercise has the id "no-such-exercise"');
  });

  it('names the file and the field of an unknown source', async () => {
    const result = await syncWith((content) =>
      edit(join(content, 'guides/safety.mdx'), (text) => text.replace(/^sources: \[/m, 'sources: [made-up-study, ')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/guides/safety.mdx: field "sources[0]": no source has the id "made-up-study"');
  });

  it('names both files when two exercises of a category share a level', async () => {
    const result = await syncWith((content) =>
      edit(join(content, 'exercises/squats.mdx'), (text) => text.replace(/^level: .*$/m, 'level: 1')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/content\/exercises\/squats\.mdx: field "level": 1 is already used by content\/exercises\/\S+\.mdx/);
  });
});
