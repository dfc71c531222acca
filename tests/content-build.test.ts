/**
 * The build must refuse broken content and say which file and field to fix. Each sync copies
 * the project with the real content into a temporary folder, breaks it (the broken fixtures
 * never touch content/), and runs `astro sync`, which loads and checks every entry. Breaks whose
 * messages come from the same check of one collection share a sync: that check lists every
 * problem it finds, while a schema error or a second collection's error would hide the others.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { type Document, isSeq, parseDocument } from 'yaml';
import { type ContentFile, readContent } from '../src/lib/content/files';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const made: string[] = [];

interface SyncResult {
  ok: boolean;
  output: string;
}

async function syncWith(breakContent: (content: string) => void): Promise<SyncResult> {
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

/** One sync shared by the cases that read it, run when the first of them needs it. */
function sharedSync(breakContent: (content: string) => void): () => Promise<SyncResult> {
  let result: Promise<SyncResult> | undefined;
  return () => (result ??= syncWith(breakContent));
}

/** A facts file (`<kind>/<id>.yaml`) changed through its YAML document, so comments and layout stay. */
function editFacts(content: string, folder: string, id: string, change: (doc: Document) => void): void {
  const file = join(content, folder, `${id}.yaml`);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  change(doc);
  writeFileSync(file, String(doc));
}

/** A words file (`<locale>/<kind>/<id>.mdx`) with its frontmatter changed and its body kept. */
function editWords(content: string, path: string, change: (doc: Document) => void): void {
  const file = join(content, path);
  const [, frontmatter, body] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8'))!;
  const doc = parseDocument(frontmatter!);
  change(doc);
  writeFileSync(file, `---\n${String(doc)}---\n${body}`);
}

/** Adds an item to the end of a list in a YAML document. */
function append(doc: Document, key: string, value: string): void {
  const list = doc.get(key);
  if (!isSeq(list)) throw new Error(`"${key}" is not a list.`);
  list.add(value);
}

/** The real entries of a folder (facts with English words), so no test names an id that content may change. */
const exercises = readContent('exercises');
const everyday = readContent('everyday');
const courses = readContent('courses');
const guides = readdirSync(join(root, 'content/en/guides')).filter((name) => /^[^_].*\.mdx$/.test(name)).sort();

function first<T extends ContentFile>(entries: readonly T[], matching: (entry: T) => boolean, what: string): T {
  const found = entries.find(matching);
  if (!found) throw new Error(`No entry in content/ ${what}.`);
  return found;
}

interface Keyframe {
  trunk?: number;
  near?: { knee?: number };
  step: number;
}
const keyframesOf = (entry: ContentFile): Keyframe[] => (entry.facts.figure as { keyframes: Keyframe[] }).keyframes;
/** The file's message names a keyframe counting from 1. */
const keyframeWith = (entry: ContentFile, has: (k: Keyframe) => boolean) => keyframesOf(entry).findIndex(has);

afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('content checks at build time', { timeout: 180_000 }, () => {
  it('accepts the real content unchanged', async () => {
    const result = await syncWith(() => {});
    expect(result.output).toContain('Synced content');
    expect(result.ok).toBe(true);
  });

  describe('the facts of an exercise', () => {
    it('names the file and the field of an invalid value', async () => {
      const { id } = exercises[0]!;
      const result = await syncWith((content) => editFacts(content, 'exercises', id, (doc) => doc.set('category', 'yoga')));
      expect(result.ok).toBe(false);
      expect(result.output).toContain(`${id}.yaml`);
      expect(result.output).toMatch(/category/);
    });

    it('refuses a moderate impact without weeks of muscle building, naming file and field', async () => {
      const { id } = first(exercises, (e) => e.facts.afterSpineFracture === false, 'is unsuitable after a vertebral fracture');
      const result = await syncWith((content) =>
        editFacts(content, 'exercises', id, (doc) => {
          doc.set('impact', 'moderate');
          doc.set('minWeeksOfTraining', 0);
        }),
      );
      expect(result.ok).toBe(false);
      expect(result.output).toContain(`${id}.yaml`);
      expect(result.output).toMatch(/minWeeksOfTraining/);
      expect(result.output).toMatch(/Moderate and high impacts/);
    });

    it('refuses a moderate impact marked suitable after a vertebral fracture', async () => {
      const { id } = first(exercises, (e) => e.facts.impact === 'moderate' || e.facts.impact === 'high', 'has a moderate or high impact');
      const result = await syncWith((content) => editFacts(content, 'exercises', id, (doc) => doc.set('afterSpineFracture', true)));
      expect(result.ok).toBe(false);
      expect(result.output).toContain(`${id}.yaml`);
      expect(result.output).toMatch(/afterSpineFracture/);
    });

    // Four breaks in four exercises: the exercises' cross-entry check lists them all in one error.
    const withEasier = first(exercises, (e) => typeof e.facts.easier === 'string', 'has `easier`');
    const withKnee = first(exercises, (e) => keyframeWith(e, (k) => k.near?.knee !== undefined) >= 0, 'has a knee angle in its figure');
    const spineSafe = first(
      exercises,
      (e) => e.facts.spineSafe === true && e.id !== withKnee.id && keyframeWith(e, (k) => k.trunk !== undefined) >= 0,
      'is spine-safe with a trunk angle in its figure',
    );
    const [levelOwner, levelTaker] = (() => {
      for (const a of exercises)
        for (const b of exercises)
          if (a.id < b.id && a.facts.category === b.facts.category && ![withEasier.id, withKnee.id, spineSafe.id].includes(b.id)) return [a, b];
      throw new Error('No two exercises in content/ share a category.');
    })();
    const kneeAt = keyframeWith(withKnee, (k) => k.near?.knee !== undefined);
    const trunkAt = keyframeWith(spineSafe, (k) => k.trunk !== undefined);
    const crossChecks = sharedSync((content) => {
      editFacts(content, 'exercises', withEasier.id, (doc) => doc.set('easier', 'no-such-exercise'));
      editFacts(content, 'exercises', withKnee.id, (doc) => doc.setIn(['figure', 'keyframes', kneeAt, 'near', 'knee'], 170));
      editFacts(content, 'exercises', spineSafe.id, (doc) => doc.setIn(['figure', 'keyframes', trunkAt, 'trunk'], 45));
      editFacts(content, 'exercises', levelTaker.id, (doc) => doc.set('level', levelOwner.facts.level));
    });

    it('names the file and the field of a reference that points nowhere', async () => {
      const result = await crossChecks();
      expect(result.ok).toBe(false);
      expect(result.output).toContain(`content/exercises/${withEasier.id}.yaml: field "easier": no exercise has the id "no-such-exercise"`);
    });

    it("names the file, the keyframe and the joint of a figure beyond the body's range of motion", async () => {
      const { output } = await crossChecks();
      const line = output.split('\n').find((text) => text.includes('knee') && text.includes('170°'));
      expect(line).toMatch(new RegExp(`^content/exercises/${withKnee.id}\\.yaml: field "figure": keyframe ${kneeAt + 1}: knee \\(\\w+\\) 170° is outside 0–135°`));
    });

    it('names the file, the keyframe and the trunk when a spine-safe figure rounds the back', async () => {
      const { output } = await crossChecks();
      const line = output.split('\n').find((text) => text.includes('spine-safe') && text.includes(`${spineSafe.id}.yaml`));
      expect(line).toMatch(new RegExp(`^content/exercises/${spineSafe.id}\\.yaml: field "figure": keyframe ${trunkAt + 1}: trunk 45° bends forward`));
    });

    it('names both files when two exercises of a category share a level', async () => {
      const { output } = await crossChecks();
      const clash = output.split('\n').find((line) => line.includes(`field "level": ${String(levelOwner.facts.level)} is already used by`));
      expect(clash).toMatch(/^content\/exercises\/\S+\.yaml: field "level": \d+ is already used by content\/exercises\/\S+\.yaml/);
      expect(clash).toContain(`content/exercises/${levelOwner.id}.yaml`);
      expect(clash).toContain(`content/exercises/${levelTaker.id}.yaml`);
    });
  });

  describe('the words of an exercise', () => {
    // Four breaks in four exercises: the exercise words' check lists them all in one error.
    const [missing, labels, steps] = exercises;
    const extraLabelFits = keyframesOf(labels!).length < 4;
    const wordsChecks = sharedSync((content) => {
      rmSync(join(content, 'de/exercises', `${missing!.id}.mdx`));
      writeFileSync(join(content, 'de/exercises/without-facts.mdx'), readFileSync(join(content, 'de/exercises', `${steps!.id}.mdx`), 'utf8'));
      editWords(content, `de/exercises/${labels!.id}.mdx`, (doc) =>
        extraLabelFits ? append(doc, 'keyframes', 'Noch ein Bild') : doc.deleteIn(['keyframes', 0]),
      );
      editWords(content, `de/exercises/${steps!.id}.mdx`, (doc) => append(doc, 'steps', 'Wiederholen Sie alles noch einmal.'));
    });

    it('has three exercises to break', () => expect(exercises.length).toBeGreaterThanOrEqual(3));

    it('names the German words file that is missing', async () => {
      const result = await wordsChecks();
      expect(result.ok).toBe(false);
      expect(result.output).toContain(`content/de/exercises/${missing!.id}.mdx: file missing.`);
      expect(result.output).toContain(`content/exercises/${missing!.id}.yaml needs words in every language (en, de)`);
    });

    it('names a words file that has no facts', async () => {
      const { output } = await wordsChecks();
      expect(output).toMatch(/content\/de\/exercises\/without-facts\.mdx: no facts for these words: add \S*content\/exercises\/without-facts\.yaml/);
    });

    it('names the file and the field when the keyframe labels do not match the figure', async () => {
      const { output } = await wordsChecks();
      const count = keyframesOf(labels!).length;
      expect(output).toContain(
        `content/de/exercises/${labels!.id}.mdx: field "keyframes": ${extraLabelFits ? count + 1 : count - 1} label(s) for the figure's ${count} keyframes`,
      );
    });

    it('names both files and the field when German gives a different number of steps than English', async () => {
      const { output } = await wordsChecks();
      const english = (steps!.words.steps as unknown[]).length;
      const line = output.split('\n').find((text) => text.includes(`steps for ${steps!.id};`));
      expect(line).toContain(`content/en/exercises/${steps!.id}.mdx`);
      expect(line).toContain(`content/de/exercises/${steps!.id}.mdx`);
      expect(line).toMatch(new RegExp(`field "steps": the languages give (${english} and ${english + 1}|${english + 1} and ${english}) steps`));
    });

    it('names the file and the field of a fact in a words file', async () => {
      const { id } = exercises[0]!;
      const result = await syncWith((content) =>
        editWords(content, `de/exercises/${id}.mdx`, (doc) => doc.set('dose', { kind: 'reps', sets: [2, 3], reps: [8, 12] })),
      );
      expect(result.ok).toBe(false);
      expect(result.output).toContain(`de/exercises/${id}.mdx`);
      expect(result.output).toMatch(/Unrecognized key.*"dose"/);
    });
  });

  it('names the file and the field of a missing value in a course', async () => {
    const { id } = courses[0]!;
    const result = await syncWith((content) => editWords(content, `de/courses/${id}.mdx`, (doc) => doc.delete('whoPays')));
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`de/courses/${id}.mdx`);
    expect(result.output).toMatch(/whoPays/);
  });

  it('names the file and the field of an unknown source in a guide', async () => {
    const name = guides[0]!;
    const result = await syncWith((content) =>
      editWords(content, `en/guides/${name}`, (doc) => doc.set('sources', ['made-up-study', ...(doc.toJS() as { sources: string[] }).sources])),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`content/en/guides/${name}: field "sources[0]": no source has the id "made-up-study"`);
  });

  describe('everyday tasks', () => {
    it('names the file and the field of a pair without its "do"', async () => {
      const { id } = everyday[0]!;
      const result = await syncWith((content) => editWords(content, `en/everyday/${id}.mdx`, (doc) => doc.deleteIn(['pairs', 0, 'do'])));
      expect(result.ok).toBe(false);
      expect(result.output).toContain(`en/everyday/${id}.mdx`);
      expect(result.output).toContain('pairs.0.do');
    });

    // Two breaks, both found by the everyday facts' check.
    const withSource = everyday[0]!;
    const withFigure = first(everyday, (e) => (e.facts.pairs as { figure?: unknown }[]).some((pair) => pair.figure !== undefined), 'has a pair with a figure');
    const figureAt = (withFigure.facts.pairs as { figure?: unknown }[]).findIndex((pair) => pair.figure !== undefined);
    const factChecks = sharedSync((content) => {
      editFacts(content, 'everyday', withSource.id, (doc) => doc.set('sources', ['made-up-study', ...(doc.toJS() as { sources: string[] }).sources]));
      editFacts(content, 'everyday', withFigure.id, (doc) => doc.setIn(['pairs', figureAt, 'figure', 'keyframes', 1, 'trunk'], 60));
    });

    it('names the file and the field of an unknown source', async () => {
      const result = await factChecks();
      expect(result.ok).toBe(false);
      expect(result.output).toContain(`content/everyday/${withSource.id}.yaml: field "sources[0]": no source has the id "made-up-study"`);
    });

    it('refuses a "do this" pose with a rounded back, naming file and field', async () => {
      const { output } = await factChecks();
      expect(output).toContain(`content/everyday/${withFigure.id}.yaml: field "pairs[${figureAt}].figure": keyframe 2`);
      expect(output).toMatch(/trunk 60° bends forward/);
    });
  });
});
