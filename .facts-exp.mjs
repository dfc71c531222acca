import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4602';
const [css, move] = [process.env.CSS ?? '', process.env.MOVE === '1'];
const ids = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const px = 96 / 25.4;
const res = [];
const [mv, mh] = (process.env.MARGIN ?? '10,12').split(',').map(Number);
for (const [format, w, h] of [['Letter', 215.9, 279.4]]) {
  const ctx = await browser.newContext({ bypassCSP: true, viewport: { width: Math.round((w - 2*mh) * px), height: Math.round((h - 2*mv) * px) } });
  const page = await ctx.newPage();
  await page.emulateMedia({ media: 'print' });
  for (const id of ids) {
    await page.goto(`${base}/exercises/${id}/`);
    if (css) await page.addStyleTag({ content: css });
    const m = await page.evaluate((move) => {
      const sheet = document.querySelector('.sheet[data-selected]');
      if (move) { const pain = sheet.querySelector('.sheet-pain'); const stop = sheet.querySelector('.sheet-stop'); const wrap = document.createElement('div'); wrap.className='sheet-safety'; stop.before(wrap); wrap.append(pain, stop); }
      const r = sheet.getBoundingClientRect();
      return Math.round((r.bottom - document.body.getBoundingClientRect().top) / (96/25.4));
    }, move);
    res.push({ id, free: Math.round(h - 2*mv - m) });
  }
  await ctx.close();
}
console.log(res.map(r => `${r.id}:${r.free}`).join(' '));
await browser.close();
