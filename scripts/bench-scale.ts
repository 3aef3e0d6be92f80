/**
 * Scale: copies the site to a temporary folder, adds 1,000 synthetic entries (each with related
 * links, FAQ items and mentions of real terms), builds it with the project's build script, and reports
 * build time, pages per second, dist size and the Pagefind index size. Then it runs the link crawl,
 * the CSP headers check and the byte budgets on that build, to show they still hold at that size.
 * `npm run bench:scale [count]`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const COUNT = Number(process.argv[2] ?? 1000);
const ROOT = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'netglossary-scale-'));
const REAL = ['server', 'client', 'latency', 'bandwidth', 'firewall', 'dns', 'tcp', 'router', 'cdn', 'backup'];

function sizeOf(path: string): number {
  const s = statSync(path);
  return s.isDirectory() ? readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0) : s.size;
}

try {
  for (const path of ['src', 'public', 'scripts', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'content/glossary'), { recursive: true });
  for (let i = 0; i < COUNT; i++) {
    const slug = `synthetic-term-${i}`;
    const related = [`synthetic-term-${(i + 1) % COUNT}`, `synthetic-term-${(i + 7) % COUNT}`, REAL[i % REAL.length]];
    const body = Array.from({ length: 6 }, (_, p) =>
      `Synthetic term ${i} is a made-up entry for measuring the build. It works with a server and a client, ` +
        `and it mentions Synthetic term ${(i + p + 1) % COUNT} so that the cross-linker has work to do. ` +
        `Paragraph ${p} talks about latency, bandwidth and DNS in plain words.`,
    ).join('\n\n');
    writeFileSync(
      join(dir, 'content/glossary', `${slug}.mdx`),
      `---\ntitle: Synthetic term ${i}\nsummary: A made-up entry number ${i}, generated to measure how the build scales.\ncategory: architecture\n` +
        `related: [${related.join(', ')}]\nfaq:\n  - question: What is synthetic term ${i}?\n    answer: A generated entry used to measure the build.\n` +
        `sources:\n  - title: RFC 4949\n    url: https://www.rfc-editor.org/rfc/rfc4949\nupdated: 2026-11-25\n---\n\n## What it is\n\n${body}\n`,
    );
  }
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    const errors = `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => /error|failed/i.test(l) && !/MODULE_LEVEL/.test(l));
    throw new Error(`scale build failed:\n${errors.slice(0, 20).join('\n')}`);
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(`Scale: ${COUNT} synthetic entries plus the real ones\n`);
  console.log('| pages | build time (s) | pages per second | dist size (MB) | Pagefind index (MB) |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(`| ${pages} | ${seconds.toFixed(1)} | ${(pages / seconds).toFixed(0)} | ${mb(sizeOf(join(dir, 'dist')))} | ${mb(sizeOf(join(dir, 'dist/pagefind')))} |`);
  const checks = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', 'tests/e2e/links.spec.ts', 'tests/e2e/headers.spec.ts', 'tests/e2e/budgets.spec.ts', '--reporter=line'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, OUT_DIR: join(dir, 'dist'), TEST_PORT: '4397' },
  });
  const summary = `${checks.stdout}`.split('\n').filter((l) => /passed|failed|KB/.test(l));
  console.log(`\nLink crawl, CSP headers and byte budgets on the ${pages}-page build:\n${summary.join('\n')}`);
  if (checks.status !== 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
