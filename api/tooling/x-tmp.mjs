import { chromium } from 'playwright-core';
import fs from 'node:fs';
const ctx = await chromium.launchPersistentContext(fs.mkdtempSync('/tmp/pw-'), { executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox','--disable-gpu'], viewport: {width: 1440, height: 900} });
const page = await ctx.newPage();
await page.route('**/*', r => { const u = r.request().url(); if (u.startsWith('file:') || u.startsWith('data:')) return r.continue(); return r.abort(); });
await page.goto('file:///tmp/docs/index.html');
await page.getByText('outbound-task', {exact: true}).first().click();
await page.waitForTimeout(500);
await page.locator('a[href="#/outbound-task/edittask"]').first().click();
await page.waitForTimeout(1000);
console.log(page.url());
fs.writeFileSync('/tmp/explore/edit.txt', await page.evaluate(() => document.body.innerText));
await page.screenshot({ path: '/tmp/explore/edit.png' });
console.log(await page.evaluate(() => [...document.querySelectorAll('button,[role=tab],[role=option],select,option')].map(b => b.tagName + ' ' + (b.getAttribute('role')||'') + ' | ' + b.innerText.replace(/\n/g,' ').slice(0,80)).join('\n')));
await ctx.close();
