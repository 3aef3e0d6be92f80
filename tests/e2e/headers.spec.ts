/** dist/_headers: every page's CSP as a real header, never allowing inline script, plus the usual security headers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cspOf } from '../../src/integrations/security-headers';
import { BASE, builtPages, DIST, expect, test } from './fixtures';


test('every page has its Content-Security-Policy in _headers, matching its <meta>', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
  for (const page of builtPages()) {
    const meta = cspOf(readFileSync(join(DIST, page, 'index.html'), 'utf8'));
    expect(meta, `${page} has a CSP meta`).toBeTruthy();
    expect(meta).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const block = new RegExp(`^${(BASE + page).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n  Content-Security-Policy: ([^\\n]+)$`, 'm').exec(headers);
    expect(block?.[1], `${page} in _headers`).toBe(`${meta!.replace(/;?\s*$/, '')}; frame-ancestors 'none'`);
  }
});
