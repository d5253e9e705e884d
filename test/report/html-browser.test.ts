// The HTML report in a real browser: every finding visible and linked to its clause and its place in the text.
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, run } from '../cli/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`html-browser.test: skipped, no Chromium at ${CHROMIUM} (.ci/run installs it with apt-get)`);

describe.skipIf(!hasChromium)('HTML report in headless Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'clausecheck-html-'));
  const reportPath = join(dir, 'report.html');

  beforeAll(async () => {
    const r = await run(['check', join(FIXTURES, 'placeholder-license.md'), join(FIXTURES, 'sample-cross-license.md'), '--format', 'html', '--output', reportPath]);
    expect(r.stderr).toBe('');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows every finding, linked to its clause anchor and to its flag in the text, which links back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const external: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith('file:')) external.push(req.url());
    });
    await page.goto(pathToFileURL(reportPath).href);
    const findings = page.locator('li.finding');
    const count = await findings.count();
    expect(count).toBeGreaterThan(10);
    const details = await findings.evaluateAll((items) => items.map((li) => ({
      id: li.id,
      clause: li.getAttribute('data-clause'),
      clauseHref: li.querySelector('a.to-clause')?.getAttribute('href') ?? null,
      textHref: li.querySelector('a.to-text')?.getAttribute('href') ?? null,
    })));
    for (const [i, f] of details.entries()) {
      await expect(findings.nth(i).isVisible()).resolves.toBe(true);
      if (f.clause) {
        expect(f.clauseHref).toMatch(new RegExp(`-${f.clause}$`));
        // The clause anchor sits inside the agreement text of the same document.
        const inText = await page.evaluate((href) => Boolean(document.querySelector(href)?.closest('.agreement')), f.clauseHref!);
        expect(inText, `${f.id} -> ${f.clauseHref}`).toBe(true);
      }
      const flag = page.locator(f.textHref!);
      await expect(flag.isVisible()).resolves.toBe(true);
      expect(await flag.getAttribute('href')).toBe(`#${f.id}`);
    }
    // Following a link lands on the finding in the text, and back.
    const first = details[0]!;
    await page.click(`#${first.id} a.to-text`);
    expect(new URL(page.url()).hash).toBe(first.textHref);
    await page.click(first.textHref!);
    expect(new URL(page.url()).hash).toBe(`#${first.id}`);
    expect(external).toEqual([]);

    const shot = join(dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
  }, 60_000);

  it('highlights findings in the agreement text and prints without the outline', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(reportPath).href);
    const highlighted = await page.locator('.agreement a.hl').count();
    expect(highlighted).toBeGreaterThan(0);
    const bg = await page.locator('.agreement a.hl.sev-error').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.outline').first().isVisible()).toBe(false);
    expect(await page.locator('li.finding').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  }, 60_000);
});
