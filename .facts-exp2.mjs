import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4602';
const [css, move] = [process.env.CSS ?? '', process.env.MOVE === '1'];
const ids = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ bypassCSP: true });
const page = await ctx.newPage();
const count = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
const out = [];
for (const id of ids) {
  await page.goto(`${base}/exercises/${id}/`);
  if (css) await page.addStyleTag({ content: css });
  await page.evaluate((move) => {
    const sheet = document.querySelector('.sheet[data-selected]');
    if (move) { const pain = sheet.querySelector('.sheet-pain'); const stop = sheet.querySelector('.sheet-stop'); const wrap = document.createElement('div'); wrap.className='sheet-safety'; stop.before(wrap); wrap.append(pain, stop); }
  }, move);
  let slack = null;
  for (let extra = -60; extra <= 60; extra += 2) {
    await page.evaluate((extra) => { const sheet = document.querySelector('.sheet[data-selected]'); sheet.style.marginBottom = extra + 'mm'; }, extra);
    const pdf = await page.pdf({ format: 'Letter' });
    if (count(pdf) > 1) { slack = extra - 2; break; }
  }
  await page.evaluate(() => { document.querySelector('.sheet[data-selected]').style.marginBottom = ''; });
  const a4 = count(await page.pdf({ format: 'A4' })), letter = count(await page.pdf({ format: 'Letter' }));
  out.push(`${id}:A4=${a4},L=${letter},slackL=${slack}`);
}
console.log(out.join('\n'));
await browser.close();
