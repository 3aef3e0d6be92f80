/**
 * A throwaway copy of the site with content of the test's choosing, built by the real Astro and the
 * real content loader. Used to prove that bad content fails the build with a useful message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export const validEntry = (over: Record<string, string> = {}, body = 'A server answers requests from a client. '.repeat(10)) => {
  const fields: Record<string, string> = {
    title: 'Server',
    summary: 'A server is a program that answers requests from clients.',
    category: 'architecture',
    related: '[client]',
    faq: '\n  - question: What is a server?\n    answer: A program that answers requests.',
    sources: '\n  - title: RFC 4949\n    url: https://www.rfc-editor.org/rfc/rfc4949\n    publisher: IETF',
    updated: '2026-11-25',
    ...over,
  };
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
};

export interface FixtureSite {
  dir: string;
  write(path: string, text: string): void;
  run(command: 'build' | 'sync'): { status: number | null; output: string };
  dispose(): void;
}

export function createFixtureSite(): FixtureSite {
  const dir = mkdtempSync(join(tmpdir(), 'netglossary-fixture-'));
  for (const path of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/about-the-model.md']) {
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'content/glossary'), { recursive: true });
  const site: FixtureSite = {
    dir,
    write(path, text) {
      writeFileSync(join(dir, path), text);
    },
    run(command) {
      // `build` goes through the project's own build script, as `npm run build` does.
      const args = command === 'build' ? ['scripts/build.ts'] : [join(ROOT, 'node_modules/astro/bin/astro.mjs'), command];
      const result = spawnSync(process.execPath, args, {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
        timeout: 120_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  site.write('content/glossary/server.mdx', validEntry());
  site.write(
    'content/glossary/client.mdx',
    validEntry({ title: 'Client', summary: 'A client is a program that sends requests to a server.', related: '[server]' }, 'A client asks a server. '.repeat(10)),
  );
  site.write(
    'content/comparison.yaml',
    '- id: roles\n  criterion: Roles\n  clientServer: Fixed roles.\n  peerToPeer: Every peer does both.\n  related: [client, server]\n  inEntry: true\n',
  );
  return site;
}
