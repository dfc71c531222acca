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
import { parse, parseDocument } from 'yaml';

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

/** The figure block of an exercise's frontmatter: `figure:` and the indented lines under it. */
const figureBlock = /^figure:\n(?:[ #].*\n|\n)*/m;

/**
 * The text with the first `<joint>: <number>` inside the figure block set to `value`, and the
 * number (from 1) of the keyframe it belongs to, so a test can expect that keyframe to be named.
 */
function setFigureAngle(text: string, joint: string, value: number): { text: string; keyframe: number } {
  const block = figureBlock.exec(text);
  const angle = new RegExp(`\\b${joint}: -?\\d+`);
  const at = block?.[0].search(angle) ?? -1;
  if (!block || at < 0) throw new Error(`No ${joint} angle in the figure block.`);
  const keyframe = block[0].slice(0, at).split(/^\s*- label:/m).length - 1;
  const broken = block[0].slice(0, at) + block[0].slice(at).replace(angle, `${joint}: ${value}`);
  return { text: text.replace(block[0], broken), keyframe };
}

/** Any one everyday task: the checks hold for every entry, so the test does not depend on which tasks exist. */
const everydayFile = readdirSync(join(root, 'content/everyday')).filter((name) => /^[^_].*\.mdx$/.test(name)).sort()[0]!;

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---/;

/** The first everyday pair of the real content that has a figure: its file and its index in `pairs`. */
function everydayPairWithFigure(): { file: string; index: number } {
  const dir = join(root, 'content/everyday');
  for (const file of readdirSync(dir).filter((name) => /^[^_].*\.mdx$/.test(name)).sort()) {
    const { pairs } = parse(frontmatterPattern.exec(readFileSync(join(dir, file), 'utf8'))![1]!) as { pairs: { figure?: unknown }[] };
    const index = pairs.findIndex((pair) => pair.figure !== undefined);
    if (index >= 0) return { file, index };
  }
  throw new Error('No everyday pair in content/everyday has a figure.');
}

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

  it('names the file, the keyframe and the joint of a figure beyond the body\'s range of motion', async () => {
    const file = exerciseFile(/^figure:\n(?:[ #].*\n)*?[ #].*\bknee: -?\d/m);
    let keyframe = 0;
    const result = await syncWith((content) =>
      edit(join(content, 'exercises', file), (text) => {
        const broken = setFigureAngle(text, 'knee', 170);
        keyframe = broken.keyframe;
        return broken.text;
      }),
    );
    expect(result.ok).toBe(false);
    const line = result.output.split('\n').find((text) => text.includes('knee') && text.includes('170°'));
    expect(line).toMatch(new RegExp(`^content/exercises/${file}: field "figure": keyframe ${keyframe} \\(".+"\\): knee \\(\\w+\\) 170° is outside 0–135°`));
  });

  it('names the file, the keyframe and the trunk when a spine-safe figure rounds the back', async () => {
    // Spine-safe, with a trunk angle in its figure block.
    const file = exerciseFile(/^(?=[\s\S]*^spineSafe: true$)(?=[\s\S]*^figure:\n(?:[ #].*\n)*?[ #].*\btrunk: -?\d)/m);
    let keyframe = 0;
    const result = await syncWith((content) =>
      edit(join(content, 'exercises', file), (text) => {
        const broken = setFigureAngle(text, 'trunk', 45);
        keyframe = broken.keyframe;
        return broken.text;
      }),
    );
    expect(result.ok).toBe(false);
    const line = result.output.split('\n').find((text) => text.includes('spine-safe'));
    expect(line).toMatch(new RegExp(`^content/exercises/${file}: field "figure": keyframe ${keyframe} \\(".+"\\): trunk 45° bends forward`));
  });

  it('refuses an everyday "do this" pose with a rounded back, naming file and field', async () => {
    const { file, index } = everydayPairWithFigure();
    const result = await syncWith((content) =>
      edit(join(content, 'everyday', file), (text) =>
        text.replace(frontmatterPattern, (_, frontmatter: string) => {
          const doc = parseDocument(frontmatter);
          doc.setIn(['pairs', index, 'figure', 'keyframes', 1, 'trunk'], 60);
          return `---\n${String(doc)}---`;
        }),
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`content/everyday/${file}: field "pairs[${index}].figure": keyframe 2`);
    expect(result.output).toMatch(/trunk 60° bends forward/);
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
