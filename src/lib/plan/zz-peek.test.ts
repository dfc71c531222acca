import { it } from 'vitest';
import { generatePlan, parseProfile } from './index';
import { loadContentExercises } from './testing/content';
const ex = loadContentExercises();
const show = (q: string) => {
  const { profile, problems } = parseProfile(new URLSearchParams(q));
  const p = generatePlan(profile, ex);
  console.log('\n### ' + q + '\nproblems: ' + JSON.stringify(problems) + '\neffort: ' + p.effort);
  for (const d of p.days) console.log(d.day, d.sessions.map(s => `[${s.kind}${s.minutes ? ' ' + s.minutes + 'min' : ''}] ` + s.exercises.map(e => `${e.id}(${[e.sets && e.sets + 'x', e.reps, e.seconds && e.seconds + 's', e.minutes && e.minutes + 'min', e.holdSeconds && 'hold' + e.holdSeconds, e.perSide && 'ps', e.holdOn && 'HOLD'].filter(Boolean).join(' ')})`).join(', ')).join(' | '));
  console.log('notes:\n - ' + p.notes.join('\n - '));
  console.log('warnings:', JSON.stringify(p.warnings, null, 1));
};
it('peek', () => {
  show('');
  show('days=mon,wed,fri&level=new&falls=1&spine=0&other=0&equipment=chair,stairs&likes=walking&week=1');
  show('days=mon,tue,wed,thu,fri,sat,sun&level=active&falls=0&spine=0&other=0&equipment=chair,wall,stairs,step-board,band&likes=tai-chi,dancing&week=9');
  show('days=tue&level=some&spine=1&equipment=&likes=jogging&week=4');
  show('days=<script>&level=x&week=99');
});
