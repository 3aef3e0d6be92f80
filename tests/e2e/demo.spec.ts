/** The demo, driven as a reader would: by role, by keyboard, through the URL, with reduced motion. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const metric = (page: Page, name: string, column: 1 | 2) =>
  page.getByRole('table').filter({ hasText: 'Simulated time' }).getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell').nth(column - 1);

async function simulatedSeconds(page: Page): Promise<string> {
  return (await metric(page, 'Simulated time', 1).textContent()) ?? '';
}

test.describe('with motion allowed', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('plays on its own, and Pause stops the clock', async ({ page, problems }) => {
    await page.goto('demo/');
    expect(problems).toBeDefined();
    const pause = page.getByRole('button', { name: 'Pause' });
    await expect(pause).toBeVisible();
    await expect.poll(() => simulatedSeconds(page)).not.toBe('0 ms');
    await pause.click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const frozen = await simulatedSeconds(page);
    await page.waitForTimeout(400);
    expect(await simulatedSeconds(page)).toBe(frozen);
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('does not autoplay; Step advances simulated time; Reset returns to zero', async ({ page }) => {
    await page.goto('demo/?scenario=file-distribution');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Animate transfers' })).not.toBeChecked();
    await page.waitForTimeout(300);
    expect(await simulatedSeconds(page)).toBe('0 ms');
    await page.getByRole('button', { name: 'Step' }).click();
    await expect.poll(() => simulatedSeconds(page)).not.toBe('0 ms');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => simulatedSeconds(page)).toBe('0 ms');
  });

  test('failing the server stalls client-server clients but not P2P peers', async ({ page }) => {
    await page.goto('demo/?scenario=server-failure');
    // Let both sides get going, then cut the server off.
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Step' }).click();
    await page.getByRole('button', { name: 'Fail server' }).click();
    await expect(page.getByRole('button', { name: 'Restore server' })).toHaveAttribute('aria-pressed', 'true');
    const csBefore = await metric(page, 'Have the whole file', 1).textContent();
    const p2pBefore = await metric(page, 'Have the whole file', 2).textContent();
    for (let i = 0; i < 40; i++) await page.getByRole('button', { name: 'Step' }).click();
    // The models answer from a worker: wait for the peers' progress, then check the clients had none.
    await expect(metric(page, 'Have the whole file', 2)).not.toHaveText(p2pBefore ?? '');
    expect(await metric(page, 'Have the whole file', 1).textContent()).toBe(csBefore);
    await expect(page.getByText(/server offline/).first()).toBeVisible();
  });

  test('a whole scenario runs by keyboard alone', async ({ page }) => {
    await page.goto('demo/');
    const scenario = page.getByRole('combobox', { name: 'Scenario' });
    await scenario.focus();
    await scenario.selectOption('many-clients');
    await expect(page).toHaveURL(/scenario=many-clients/);
    const region = page.getByRole('region', { name: /Demo: Many clients/ });
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => simulatedSeconds(page)).not.toBe('0 ms');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await page.keyboard.press('r');
    await expect.poll(() => simulatedSeconds(page)).toBe('0 ms');
  });

  test('settings round-trip through the URL', async ({ page }) => {
    await page.goto('demo/?scenario=peer-churn&clients=33&seed=7&churn=30');
    await expect(page.getByRole('spinbutton', { name: 'Clients' })).toHaveValue('33');
    await expect(page.getByRole('spinbutton', { name: /Churn rate/ })).toHaveValue('30');
    const clients = page.getByRole('spinbutton', { name: 'Clients' });
    await clients.fill('48');
    await clients.press('Enter');
    await expect(page).toHaveURL(/clients=48/);
    const url = page.url();
    await page.goto(url);
    await expect(page.getByRole('spinbutton', { name: 'Clients' })).toHaveValue('48');
    await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('7');
  });

  test('bad values are clamped with a visible note, and nothing breaks', async ({ page, problems }) => {
    await page.goto('demo/?scenario=many-clients&clients=99999&speed=NaN&seed=-5&bogus=%3Cscript%3E');
    const note = page.getByRole('alert');
    await expect(note).toContainText('Clients: 99999 is above the maximum 200, so 200 is used.');
    await expect(note).toContainText('not a number');
    await expect(note).toContainText('Ignored unknown setting: bogus');
    await expect(page.getByRole('spinbutton', { name: 'Clients' })).toHaveValue('200');
    await expect(page.getByRole('table').filter({ hasText: 'Simulated time' })).not.toContainText('NaN');
    await expect(page.locator('.demo-summary')).not.toContainText('NaN');
    const clients = page.getByRole('spinbutton', { name: 'Clients' });
    await clients.fill('-4');
    await clients.press('Enter');
    await expect(note).toContainText('Clients: -4 is outside 1–200, so 1 is used.');
    expect(problems.consoleErrors).toEqual([]);
  });

  test('the chart reproduces the textbook and adds a simulated point when a run completes', async ({ page }) => {
    await page.goto('demo/?scenario=file-distribution&clients=5');
    const demo = page.getByRole('region', { name: /^Demo:/ });
    await demo.getByText('The numbers behind the chart').click();
    const row = demo.getByRole('table').filter({ hasText: 'Peers (N)' }).getByRole('row', { name: /^10 / });
    await expect(row.getByRole('cell').nth(0)).toHaveText('1.000');
    await expect(row.getByRole('cell').nth(1)).toHaveText('0.500');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('16');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByText(/P2P finished [\d.]+× sooner/)).toBeVisible({ timeout: 20_000 });
    const five = demo.getByRole('table').filter({ hasText: 'Peers (N)' }).getByRole('row', { name: /^5 / });
    await expect(five.getByRole('cell').nth(2)).not.toHaveText('–');
  });

  test('on a phone the settings start folded and open on demand', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('demo/?scenario=file-distribution');
    const clients = page.getByRole('spinbutton', { name: 'Clients' });
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(clients).toBeHidden();
    await page.getByText('Settings', { exact: true }).click();
    await expect(clients).toBeVisible();
  });

  test('the drawing follows a change of theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto('demo/?scenario=file-distribution');
    await page.getByRole('button', { name: 'Play' }).waitFor();
    // The colours of the node layer's opaque pixels: the drawing is a canvas, hidden from the
    // accessibility tree (its words are in the summary), so it is read directly.
    const colours = () =>
      page.evaluate(() => {
        const canvas = document.querySelectorAll<HTMLCanvasElement>('.demo-canvas canvas')[1]!;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        const seen = new Set<string>();
        for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 255) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
        return [...seen].sort();
      });
    await expect.poll(async () => (await colours()).length).toBeGreaterThan(2);
    const light = await colours();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect.poll(colours).not.toEqual(light);
    // Dark surfaces: the node fill is now the dark theme's surface colour.
    expect(await colours()).toContain('26,31,38');
  });

  test('is accessible in both themes', async ({ page }) => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto('demo/');
      await page.getByRole('button', { name: 'Play' }).waitFor();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    }
  });
});

test('if the model cannot start, the reader gets a note and the still figures', async ({ page }) => {
  await page.route('**/model.worker*', (route) => route.abort());
  await page.goto('demo/');
  await expect(page.getByRole('alert')).toHaveText(/could not start/);
  await expect(page.getByRole('heading', { name: 'Peer churn', exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Chart:/ })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the demo page shows every scene as a still figure, and the chart', async ({ page }) => {
    await page.goto('demo/');
    for (const name of ['Request and response', 'Many clients', 'File distribution', 'Server failure', 'Peer churn']) {
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('img', { name: /^Chart:/ })).toBeVisible();
  });
});
