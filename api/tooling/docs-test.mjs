#!/usr/bin/env node
// Opens the reference docs built by `redocly build-docs` in headless Chromium (Debian's
// `chromium`, driven by playwright-core) and checks what a reader sees on the RENDERED page, not
// in the HTML source: both operations, both request variants, the six result codes, the Chinese
// labels, the page's examples and its contradictions. Keeps screenshots next to the page.
//
// Usage (repo root): node api/tooling/docs-test.mjs [target/spec-tooling/docs/index.html]
// Env: CHROMIUM (default /usr/bin/chromium).
// The page is opened from the file system with every other request refused, so the test runs
// offline and shows what works offline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const html = path.resolve(process.argv[2] ?? path.join(root, 'target/spec-tooling/docs/index.html'));
const outDir = path.dirname(html);
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

const RESULT_CODES = ['10000', '10001', '10002', '20001', '29002', '29008'];
const VARIANTS = ['NotStartedTaskEdit', 'InProgressTaskEdit'];

if (!fs.existsSync(html)) {
  console.error(`docs-test: ${html} is missing; build it with redocly build-docs (see docs/spec-tooling.md)`);
  process.exit(2);
}
if (!fs.existsSync(executablePath)) {
  console.error(`docs-test: no Chromium at ${executablePath}; install Debian's chromium (api/tooling/ci.sh does)`);
  process.exit(2);
}

let passed = 0;
let failed = 0;
function check(label, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`ok   ${label}`);
  } else {
    failed += 1;
    console.log(`FAIL ${label}${detail ? `\n       ${detail}` : ''}`);
  }
}
function checkText(where, text, needles) {
  for (const needle of needles) {
    check(`${where}: shows ${JSON.stringify(needle)}`, text.includes(needle));
  }
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'outboundkit-docs-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: 1440, height: 1000 },
  locale: 'zh-CN',
});
const refused = [];
const pageErrors = [];
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15000);
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    refused.push(url);
    return route.abort();
  });

  // Each step is checked on its own: one that cannot run counts as a failure, the others go on.
  async function step(name, body) {
    try {
      await body();
    } catch (error) {
      check(`${name}: the step ran`, false, String(error.message ?? error).split('\n')[0]);
    }
  }
  const text = () => page.evaluate(() => document.body.innerText);
  const exampleMenu = (current) => page.locator('button[aria-haspopup=menu]', { hasText: current }).first();
  const menuItem = (label) => page.locator('[role=menuitem]', { hasText: label }).first();

  await step('overview', async () => {
    // The overview: the info section with the page's contradictions.
    await page.goto(pathToFileURL(html).href);
    await page.getByText('Where the vendor\'s own pages contradict themselves').first().waitFor();
    checkText('overview', await text(), [
      '云呼叫中心 OpenAPI — 编辑自动外呼任务',
      'Where the vendor\'s own pages contradict themselves',
      'strategyDisplaySwitch is typed Boolean, but the page\'s request examples send 1',
      'autoOutboundInterval is 5 to 2880 minutes on this page, 5 to 120 on the getPhoneGroups page',
      'taskId is Long here and Integer on the getPhoneGroups page',
    ]);
    await page.screenshot({ path: path.join(outDir, 'docs-overview.png') });
  });

  await step('editTask', async () => {
    // Operation 1: the edit, with both request variants.
    await page.getByText('outbound-task', { exact: true }).first().click();
    await page.locator('a[href="#/outbound-task/edittask"]').first().click();
    await page.getByRole('tab', { name: 'NotStartedTaskEdit', exact: true }).waitFor();
    checkText('editTask', await text(), [
      '编辑自动外呼任务 — edit an automatic outbound-call task',
      '/speech/openapi/v1/task/outbound/edit',
      // Chinese labels of the not-started variant's properties.
      '任务id', '任务名称', '任务开始时间', '任务结束时间', '任务拨打时间段', '任务描述', '技能组id',
      '外呼号码组id', '策略外显开关', '送号策略', '倍率值', '放弃率', '号码批次', '最大振铃时间', '话后时长',
      // The page's contradiction on strategyDisplaySwitch, at the property.
      'Contradiction on the page',
      // The not-started example body, shown whole.
      '"taskName": "自动外呼任务名称"', '"skillSetId": "1462016331580064"', '"acw": 10',
      '"name": "外呼任务号码批次名称,如:本人、亲属、朋友"',
      // The result codes, in the ResultCode enum of the answer, and the first answer example.
      ...RESULT_CODES.map((code) => `"${code}"`),
      '10000 请求成功 — the page\'s answer',
    ]);
    for (const variant of VARIANTS) {
      const tab = page.getByRole('tab', { name: variant, exact: true });
      check(`editTask: request variant ${variant} is a tab of the body`, (await tab.count()) === 1);
    }
    await page.screenshot({ path: path.join(outDir, 'docs-edit-not-started.png') });
  });

  await step('editTask InProgressTaskEdit', async () => {
    // The in-progress/paused variant: its own description and properties.
    await page.getByRole('tab', { name: 'InProgressTaskEdit', exact: true }).click();
    await page.getByText('请求参数(任务状态:进行中、暂停)').first().waitFor();
    const shown = await text();
    checkText('editTask InProgressTaskEdit', shown, [
      '请求参数(任务状态:进行中、暂停)',
      'only the outbound number group, the strategy and the number batch may change',
    ]);
    const variantPart = shown.split('请求参数(任务状态:进行中、暂停)')[1].split('Responses')[0];
    check('editTask InProgressTaskEdit: lists outboundPhoneGroups and no taskName',
      /\noutboundPhoneGroups\n/.test(variantPart) && !/\ntaskName\n/.test(variantPart));
  });

  await step('editTask in-progress example', async () => {
    // The in-progress/paused example body, picked from the payload's example menu.
    await exampleMenu('请求Body(任务状态:未开始)').click();
    await menuItem('请求Body(任务状态:进行中、暂停)').click();
    await exampleMenu('请求Body(任务状态:进行中、暂停)').waitFor();
    const shown = await text();
    const sample = shown.split('请求Body(任务状态:进行中、暂停) — the page\'s in-progress/paused body').pop().split('Responses')[0];
    check('editTask in-progress example: the payload sample is the in-progress body (no taskName)',
      sample.includes('"outboundNumberGroupId": "1070678044124225"') && !sample.includes('"taskName"'));
    await page.screenshot({ path: path.join(outDir, 'docs-edit-in-progress.png') });
  });

  await step('editTask response examples', async () => {
    // All six answers are in the response examples' menu.
    await exampleMenu('10000 请求成功').click();
    await menuItem('29008 系统异常').waitFor();
    const items = await page.locator('[role=menuitem]').allInnerTexts();
    for (const code of RESULT_CODES) {
      check(`editTask response examples: an example for result code ${code}`,
        items.some((item) => item.trim().startsWith(code)));
    }
    await page.keyboard.press('Escape');
  });

  await step('getPhoneGroups', async () => {
    // Operation 2: the read-back.
    await page.locator('a[href="#/outbound-task/getphonegroups"]').first().click();
    await page.getByText('任务id — the task\'s id').first().waitFor();
    checkText('getPhoneGroups', await text(), [
      '查询名单批次 — read a task\'s number batches',
      '/speech/openapi/v1/task/outbound/getPhoneGroups',
      '任务id — the task\'s id',
      '号码批次列表',
    ]);
    await page.screenshot({ path: path.join(outDir, 'docs-get-phone-groups.png') });
  });

  check('the page ran without script errors', pageErrors.length === 0, pageErrors.join('\n       '));
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

if (refused.length > 0) {
  console.log(`note: requests the page tried beyond its own file (refused): ${[...new Set(refused)].join(', ')}`);
}
console.log(`screenshots: ${['docs-overview.png', 'docs-edit-not-started.png', 'docs-edit-in-progress.png', 'docs-get-phone-groups.png'].map((f) => path.join(outDir, f)).join(' ')}`);
console.log(`docs-test: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
