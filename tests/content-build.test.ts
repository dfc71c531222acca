/**
 * The build must refuse broken content and say which file and field to fix. Each case copies
 * the project with the real content into a temporary folder, breaks one thing (the broken
 * fixtures never touch content/), and runs `astro sync`, which loads and checks every entry.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
  // Every package but Astro's cache: its content store would otherwise be shared with the real build and keep this copy's paths.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules')))
    if (name !== '.astro') symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
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

/** The first exercise file (name) of the real content whose text matches, so no test names an id that content may change. */
function exerciseFile(matching: RegExp = /./): string {
  const dir = join(root, 'content/exercises');
  const name = readdirSync(dir)
    .filter((file) => /^[^_].*\.mdx$/.test(file))
    .sort()
    .find((file) => matching.test(readFileSync(join(dir, file), 'utf8')));
  if (!name) throw new Error(`No exercise in content/exercises matches ${matching}.`);
  return name;
}

/** Any one everyday task: the checks hold for every entry, so the test does not depend on which tasks exist. */
const everydayFile = readdirSync(join(root, 'content/everyday')).filter((name) => /^[^_].*\.mdx$/.test(name)).sort()[0]!;

afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('content checks at build time', { timeout: 120_000 }, () => {
  it('accepts the real content unchanged', async () => {
    const result = await syncWith(() => {});
    expect(result.output).toContain('Synced content');
    expect(result.ok).toBe(true);
  });

  it('names the file and the field of an invalid value', async () => {
    const file = exerciseFile();
    const result = await syncWith((content) =>
      edit(join(content, 'exercises', file), (text) => text.replace(/^category: .*$/m, 'category: yoga')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(file);
    expect(result.output).toMatch(/category/);
  });

  it('refuses a moderate impact without weeks of muscle building, naming file and field', async () => {
    const file = exerciseFile(/^afterSpineFracture: false$/m);
    const result = await syncWith((content) =>
      edit(join(content, 'exercises', file), (text) =>
        text
          .replace(/^impact: .*$/m, 'impact: moderate')
          .replace(/^minWeeksOfTraining: .*\n/m, '')
          .replace(/^impact: moderate$/m, 'impact: moderate\nminWeeksOfTraining: 0'),
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(file);
    expect(result.output).toMatch(/minWeeksOfTraining/);
    expect(result.output).toMatch(/Moderate and high impacts/);
  });

  it('refuses a moderate impact marked suitable after a vertebral fracture', async () => {
    const file = exerciseFile(/^impact: (moderate|high)$/m);
    const result = await syncWith((content) =>
      edit(join(content, 'exercises', file), (text) => text.replace(/^afterSpineFracture: .*$/m, 'afterSpineFracture: true')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(file);
    expect(result.output).toMatch(/afterSpineFracture/);
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
    const file = exerciseFile(/^easier: /m);
    const result = await syncWith((content) =>
      edit(join(content, 'exercises', file), (text) => text.replace(/^easier: .*$/m, 'easier: no-such-exercise')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`content/exercises/${file}: field "easier": no exercise has the id "no-such-exercise"`);
  });

  it('names the file and the field of an unknown source', async () => {
    const result = await syncWith((content) =>
      edit(join(content, 'guides/safety.mdx'), (text) => text.replace(/^sources: \[/m, 'sources: [made-up-study, ')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/guides/safety.mdx: field "sources[0]": no source has the id "made-up-study"');
  });

  it('names the file and the field of an everyday pair without its "do"', async () => {
    const result = await syncWith((content) =>
      edit(join(content, 'everyday', everydayFile), (text) => text.replace(/^    do: .*\n/m, '')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(everydayFile);
    expect(result.output).toContain('pairs.0.do');
  });

  it('names the file and the field of an unknown source in an everyday task', async () => {
    const result = await syncWith((content) =>
      edit(join(content, 'everyday', everydayFile), (text) => text.replace(/^sources: \[/m, 'sources: [made-up-study, ')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`content/everyday/${everydayFile}: field "sources[0]": no source has the id "made-up-study"`);
  });

  it('names both files when two exercises of a category share a level', async () => {
    const file = exerciseFile(/^level: (?!1$)\d+$/m);
    const result = await syncWith((content) =>
      edit(join(content, 'exercises', file), (text) => text.replace(/^level: .*$/m, 'level: 1')),
    );
    expect(result.ok).toBe(false);
    const clash = result.output.split('\n').find((line) => line.includes('field "level": 1 is already used by'));
    expect(clash).toMatch(/^content\/exercises\/\S+\.mdx: field "level": 1 is already used by content\/exercises\/\S+\.mdx/);
    expect(clash).toContain(`content/exercises/${file}`);
  });
});
