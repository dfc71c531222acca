import { chromium } from '@playwright/test';
const [,, width, y, h, out, media] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
if (media) await page.emulateMedia({ media });
await page.goto('http://127.0.0.1:4603/everyday/');
await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Number(y), width: Number(width), height: Number(h) } });
await browser.close();
