import { chromium } from '@playwright/test';
const [path, out, format = 'A4'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:4602${path}`);
await page.pdf({ path: out, format });
await browser.close();
