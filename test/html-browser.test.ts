// The project compiles without the DOM lib: page code reaches the browser globals through `globalThis as any`.
/**
 * The HTML report in a real headless Chromium (Debian's /usr/bin/chromium via
 * playwright-core): the matrix, a click through to the evidence and on to the article,
 * the filters, print styles, no console errors, no network, and hostile text staying
 * text. Writes test-artifacts/report.html and test-artifacts/report.png (gitignored).
 *
 * There is deliberately no skip: without Chromium this test fails.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html } from '../src/formatters/html.js';
import { nastyReport, sampleReport, sampleTexts } from './fixtures/sample-report.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const report = sampleReport();
const texts = sampleTexts();
const render = (r = report) => html.render(r, { color: false, width: 100, failOn: 'conflict', texts });
const index = (claim: string, source: string) => report.results.findIndex((r) => r.claim === claim && r.source === source);

let browser: Browser;

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium`).toBe(true);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  /** Console errors, page errors, CSP violations, dialogs (alert()). */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
  /** Every URL that got a response. */
  responses: string[];
}

async function open(name: string, content: string): Promise<Opened> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = `${ARTIFACTS}${name}.html`;
  writeFileSync(file, content);
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors: string[] = [];
  const requests: string[] = [];
  const responses: string[] = [];
  page.on('response', (r) => responses.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);
  await page.waitForLoadState('load');
  return { page, errors, requests, responses };
}

describe('html report in Chromium', () => {
  let o: Opened;
  beforeAll(async () => {
    o = await open('report', render());
  });
  afterAll(async () => {
    await o.page.close();
  });

  it('draws the claims × articles matrix, coloured by verdict, with counts', async () => {
    const { page } = o;
    expect(await page.locator('tr.claim-row').count()).toBe(report.claims.length);
    expect(await page.locator('td.cell[data-r]').count()).toBe(report.results.length);
    expect(await page.locator('td.cell.na').count()).toBe(report.claims.length * report.sources.length - report.results.length);
    const cell = page.locator(`td.cell[data-r="${index('non-mexican-apprehensions-fy2016', '003_108a14b737e811cf')}"]`);
    await expect.poll(() => cell.getAttribute('class')).toContain('v-conflict');
    expect((await cell.innerText()).replace(/\s/g, '')).toBe('✗1');
    const agree = page.locator(`td.cell[data-r="${index('spell-osorio-chong', '001_0ca91ca90f8e624f')}"]`);
    expect(await agree.getAttribute('class')).toContain('v-agreement');
    expect((await agree.innerText()).replace(/\s/g, '')).toBe('✓2');
    const waived = page.locator(`td.cell[data-r="${index('spell-pena-nieto', '004_a2dce47529cea698')}"]`);
    expect(await waived.getAttribute('class')).toContain('v-waived');
    const required = page.locator(`td.cell[data-r="${index('wall-cost', '003_108a14b737e811cf')}"]`);
    expect(await required.getAttribute('class')).toContain('v-required');
    // Distinct colours for agreement, conflict and omission.
    const bg = (sel: string) => page.locator(sel).first().evaluate((e) => (globalThis as any).getComputedStyle(e).backgroundColor);
    const colours = new Set([await bg('td.cell.v-agreement'), await bg('td.cell.v-conflict'), await bg('td.cell.v-required')]);
    expect(colours.size).toBe(3);
    expect(await page.locator('.stat dd').allInnerTexts()).toEqual(['12', '5', '14', '8', '35', '9', '1']);
  });

  it('shows the evidence on a click, and links to the words in the article', async () => {
    const { page } = o;
    const i = index('non-mexican-apprehensions-fy2016', '003_108a14b737e811cf');
    await page.locator(`td.cell[data-r="${i}"] button`).click();
    const panel = page.locator('#panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await page.locator('#panel-title').innerText()).toBe('non-mexican-apprehensions-fy2016 × 003_108a14b737e811cf');
    const body = await page.locator('#panel-body').innerText();
    expect(body).toContain('states more than 220,000; the claim is 218,000');
    expect(body).toContain('sources/003_108a14b737e811cf.txt:5:321');
    expect(body).toContain('Guatemalans');
    expect(await page.locator('#panel-body mark.v-conflict').innerText()).toBe('more than 220,000');
    expect(await page.locator(`td.cell[data-r="${i}"]`).getAttribute('class')).toContain('sel');

    await page.locator('#panel-body a.goto').click();
    expect(new URL(page.url()).hash).toBe(`#m-${i}-0`);
    const target = page.locator(`#m-${i}-0 + a.mk`);
    expect(await target.innerText()).toBe('more than 220,000');
    expect(await target.isVisible()).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
  });

  it('opens the evidence from a highlight in the article, which links back to the claim', async () => {
    const { page } = o;
    const i = index('spell-osorio-chong', '000_3c302dad8eeff72e');
    const mark = page.locator(`#s-0 a.mk[data-r="${i}"]`).first();
    expect(await mark.innerText()).toBe('Miguel Angel Osorio Chung');
    expect(await mark.getAttribute('href')).toBe(`#c-${report.claims.findIndex((c) => c.id === 'spell-osorio-chong')}`);
    await mark.click();
    expect(await page.locator('#panel-title').innerText()).toBe('spell-osorio-chong × 000_3c302dad8eeff72e');
    const diffs = page.locator('#panel-body li.mention').first().locator('.diff');
    expect(await diffs.nth(0).innerHTML()).toBe('Miguel Angel Osorio Ch<ins>u</ins>ng'); // the article
    expect(await diffs.nth(1).innerHTML()).toBe('Miguel Angel Osorio Ch<del>o</del>ng'); // the claim
    await page.locator('#panel-close').click();
    expect(await page.locator('#panel').isVisible()).toBe(false);
  });

  it('shows a plain omission from the data when it has no template', async () => {
    const { page } = o;
    await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
    const i = index('deportation-flights', '000_3c302dad8eeff72e');
    await page.locator(`td.cell[data-r="${i}"] button`).click();
    expect(await page.locator('#panel-body').innerText()).toContain('Nothing in this article matches the claim');
    await page.keyboard.press('Escape');
  });

  it('filters by kind, verdict, severity and findings', async () => {
    const { page } = o;
    const visibleRows = () => page.locator('tr.claim-row:not(.hidden)').count();
    const visibleFindings = () => page.locator('section.finding:not(.hidden)').count();
    const shown = () => page.locator('#shown').innerText();
    expect(await shown()).toBe('57 of 57 pairs shown');
    expect(await visibleFindings()).toBe(9);

    await page.locator('input[name=kind][value=name]').uncheck();
    expect(await visibleRows()).toBe(10);
    expect(await page.locator('#c-7').isVisible()).toBe(false); // spell-osorio-chong
    expect(await visibleFindings()).toBe(6);
    expect(await page.locator('a.mk.dim').count()).toBeGreaterThan(0);

    await page.locator('#filters-reset').click();
    await page.locator('input[name=verdict][value=agreement]').uncheck();
    await page.locator('input[name=verdict][value=omission]').uncheck();
    expect(await shown()).toBe('8 of 57 pairs shown');
    expect(await visibleRows()).toBe(7); // claims with a conflict
    expect(await page.locator('td.cell[data-r]:not(.dim)').count()).toBe(8);

    await page.locator('#filters-reset').click();
    await page.locator('input[name=severity][value=error]').uncheck();
    expect(await visibleRows()).toBe(2); // the two warning claims
    expect(await visibleFindings()).toBe(1);

    await page.locator('#filters-reset').click();
    await page.locator('#only-findings').check();
    expect(await shown()).toBe('9 of 57 pairs shown');
    expect(await visibleRows()).toBe(8);

    await page.locator('#filters-reset').click();
    expect(await shown()).toBe('57 of 57 pairs shown');
    expect(await visibleRows()).toBe(12);
  });

  it('prints without the interactive parts, colours kept', async () => {
    const { page } = o;
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.filters').isVisible()).toBe(false);
    const adjust = await page.locator('td.cell.v-conflict').first().evaluate((e) => (globalThis as any).getComputedStyle(e).printColorAdjust);
    expect(adjust).toBe('exact');
    expect(await page.locator('#findings').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.filters').isVisible()).toBe(true);
  });

  it('raised no console errors, made no network request, and leaves a screenshot', async () => {
    const { page, errors, requests } = o;
    const i = index('spell-osorio-chong', '000_3c302dad8eeff72e');
    await page.setViewportSize({ width: 1440, height: 1500 });
    await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
    await page.locator(`td.cell[data-r="${i}"] button`).click();
    await page.screenshot({ path: `${ARTIFACTS}report.png` });
    expect(existsSync(`${ARTIFACTS}report.png`)).toBe(true);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'))).toEqual([]);
    expect(requests).toHaveLength(1); // the page itself
  });
});

describe('offline by construction', () => {
  it('the Content-Security-Policy blocks any resource a future change might add', async () => {
    const o = await open('report-csp', render());
    try {
      const violated = await o.page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const document = (globalThis as any).document;
            document.addEventListener('securitypolicyviolation', (e: { effectiveDirective: string }) => resolve(e.effectiveDirective), {
              once: true,
            });
            const img = document.createElement('img');
            img.src = 'https://example.invalid/pixel.png';
            document.body.appendChild(img);
          }),
      );
      expect(violated).toBe('img-src');
      await o.page.waitForTimeout(200);
      expect(o.responses.filter((u) => !u.startsWith('file://'))).toEqual([]);
    } finally {
      await o.page.close();
    }
  });
});

describe('hostile text in Chromium', () => {
  it('stays text: no script runs, no markup appears, no console errors', async () => {
    const o = await open('report-hostile', render(nastyReport()));
    try {
      const { page, errors } = o;
      expect(await page.evaluate(() => (globalThis as any).document.querySelectorAll('script').length)).toBe(2);
      expect(await page.evaluate(() => (globalThis as any).document.querySelectorAll('b').length)).toBe(0);
      const subject = await page.locator('tr.claim-row .subject').first().innerText();
      expect(subject).toContain('</script><script>alert(1)</script> <b>x</b>');
      await page.locator('td.cell.v-conflict button').first().click();
      expect(await page.locator('#panel-body').innerText()).toContain('alert(1)');
      await page.locator('input[name=kind][value=quote]').uncheck();
      expect(errors).toEqual([]);
    } finally {
      await o.page.close();
    }
  });
});
