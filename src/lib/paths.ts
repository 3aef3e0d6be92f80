/** Site-relative URLs that respect the base path (`BASE_PATH`), so the site also works under a sub-folder. */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `href('glossary/dns/')` -> "/glossary/dns/" or "/netglossary/glossary/dns/". */
export function href(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

export const entryHref = (slug: string) => href(`glossary/${slug}/`);

/** Absolute URL for canonical links and structured data. */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(path, site ?? 'https://netglossary.example.org').toString();
}

/** JSON for a `<script type="application/ld+json">`: "<" escaped so a string can never close the tag. */
export const jsonLd = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
