import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const base = 'http://127.0.0.1:4603';
const path = process.argv[2] ?? '/everyday/';
for (const [name, width] of [['phone', 390], ['desktop', 1280]]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(base + path);
  await page.screenshot({ path: `/tmp/everyday-${name}.png`, fullPage: true });
  await page.close();
}
const page = await browser.newPage();
await page.goto(base + path);
for (const format of ['A4', 'Letter']) {
  const pdf = await page.pdf({ format });
  const n = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
  console.log(format, 'pages:', n);
  (await import('node:fs')).writeFileSync(`/tmp/everyday-${format}.pdf`, pdf);
}
await browser.close();
