import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4603/search/');
for (const q of ['Lifting something from low down','Carrying shopping','Putting on socks and shoes','Reaching up high','Coughing or sneezing','Turning round','Getting down to the floor and up again']) {
  const box = page.getByRole('searchbox', { name: 'What are you looking for?' });
  await box.clear();
  await box.pressSequentially(q);
  await page.locator('[data-search-status]').filter({ hasText: `“${q}”` }).waitFor();
  await page.locator('[data-search-results]:not([aria-busy])').waitFor();
  const links = await page.locator('[data-search-hit]').evaluateAll((hits) => hits.slice(0, 3).map((h) => [...h.querySelectorAll('a')].map((a) => a.getAttribute('href')).join(' ')));
  console.log(q, '=>', JSON.stringify(links));
}
await browser.close();
