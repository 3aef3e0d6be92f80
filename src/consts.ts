/** Site-wide constants: names, navigation and the closed lists the content schema uses. */

export const SITE_TITLE = 'Netglossary';
export const SITE_TAGLINE = 'How networks are organized, explained term by term';
export const SITE_DESCRIPTION =
  'A glossary of how networks are organized: client-server and peer-to-peer networks, the protocols that carry them, and an interactive model you can break.';

/** The shelves of the glossary; an entry's category must be one of these. */
export const CATEGORIES = [
  'architecture',
  'protocol',
  'security',
  'infrastructure',
  'performance',
  'peer-to-peer',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  architecture: 'Architecture',
  protocol: 'Protocols',
  security: 'Security',
  infrastructure: 'Infrastructure',
  performance: 'Performance and reliability',
  'peer-to-peer': 'Peer-to-peer',
};

/** The demo's scenarios, in the order the scenario control lists them. */
export const SCENARIOS = [
  'request-response',
  'many-clients',
  'file-distribution',
  'server-failure',
  'peer-churn',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const NAV = [
  { href: 'glossary/', label: 'Glossary' },
  { href: 'compare/', label: 'Compare' },
  { href: 'faq/', label: 'FAQ' },
  { href: 'demo/', label: 'Demo' },
] as const;
