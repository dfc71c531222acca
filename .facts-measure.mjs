import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4602';
const ids = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const px = 96 / 25.4;
const res = [];
for (const [format, w, h] of [['Letter', 215.9, 279.4]]) {
  const ctx = await browser.newContext({ viewport: { width: Math.round((w - 24) * px), height: Math.round((h - 20) * px) } });
  const page = await ctx.newPage();
  await page.emulateMedia({ media: 'print' });
  for (const id of ids) {
    await page.goto(`${base}/exercises/${id}/`);
    const m = await page.evaluate(() => {
      const q = (s) => document.querySelector('.sheet[data-selected] ' + s)?.getBoundingClientRect();
      const sheet = document.querySelector('.sheet[data-selected]').getBoundingClientRect();
      const hh = (r) => r ? Math.round(r.height / (96 / 25.4)) : 0;
      return { total: Math.round((sheet.bottom - document.querySelector('.sheet[data-selected]').closest('body').getBoundingClientRect().top) / (96/25.4)), steps: hh(q('.sheet-steps')), cautions: hh(q('.sheet-cautions')), pain: hh(q('.sheet-pain')), stop: hh(q('.sheet-stop')), top: hh(q('.sheet-top')), log: hh(q('.tick-log')), footer: hh(q('.sheet-footer')) };
    });
    res.push({ id, format, free: Math.round(h - 20 - m.total), ...m });
  }
  await ctx.close();
}
console.table(res);
await browser.close();
