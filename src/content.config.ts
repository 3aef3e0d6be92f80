import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CATEGORIES, SCENARIOS } from './consts.ts';

/** A source a reader can check; only https links, so a reader never lands on a downgraded page. */
const source = z.object({
  /** The document's title as its publisher gives it. */
  title: z.string().trim().min(1, 'a source needs a title'),
  /** Where to read it: an absolute https URL. */
  url: z
    .url({ protocol: /^https$/, error: 'must be an absolute https:// URL' }),
  /** Who publishes it (IETF, NIST, MDN...). */
  publisher: z.string().trim().min(1).optional(),
});

/** One question a reader would type into a search engine, answered in one to three sentences. */
const faqItem = z.object({
  /** The question, as a reader would ask it. */
  question: z.string().trim().min(1, 'a FAQ question cannot be empty'),
  /** The answer: plain text, one to three sentences. */
  answer: z.string().trim().min(1, 'a FAQ answer cannot be empty'),
});

export const glossarySchema = z.object({
  /** The term as a reader would write it in a sentence ("Client-server network"). */
  title: z.string().trim().min(1, 'title is required'),
  /** One or two plain-text sentences: the lead, meta description, hover preview and search excerpt. */
  summary: z
    .string()
    .trim()
    .min(1, 'summary is required')
    .max(240, 'summary must be at most 240 characters'),
  /** Other names and abbreviations ("P2P"); each also becomes a cross-link trigger. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Which shelf of the glossary the term sits on. */
  category: z.enum(CATEGORIES),
  /** Other entries a reader should see next; an unknown slug fails the build. */
  related: z.array(reference('glossary')).default([]),
  /** Questions readers ask about the term; collected on /faq/. */
  faq: z.array(faqItem).default([]),
  /** Where each fact can be checked; at least one. */
  sources: z.array(source).min(1, 'at least one source is required'),
  /** When the entry was last checked against its sources. */
  updated: z.coerce.date({ error: 'updated must be a date (YYYY-MM-DD)' }),
  /** Terms (slugs) never to auto-link in this entry: the per-entry opt-out for false positives. */
  noAutolink: z.array(z.string()).default([]),
  /** Show the table of contents; by default it shows when the entry has three or more sections. */
  toc: z.boolean().optional(),
});

export const comparisonSchema = z.object({
  /** What is compared, as a row heading ("Cost"). */
  criterion: z.string().trim().min(1),
  /** How a client-server network fares. */
  clientServer: z.string().trim().min(1),
  /** How a peer-to-peer network fares. */
  peerToPeer: z.string().trim().min(1),
  /** A caveat that applies to both columns. */
  note: z.string().trim().min(1).optional(),
  /** Glossary entries that explain the row. */
  related: z.array(reference('glossary')).default([]),
  /** A demo scenario that shows the row in motion. */
  scenario: z.enum(SCENARIOS).optional(),
  /** Include the row in the short table inside the client-server and peer-to-peer entries. */
  inEntry: z.boolean().default(false),
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/glossary' }),
  schema: glossarySchema,
});

const comparison = defineCollection({
  loader: file('./content/comparison.yaml'),
  schema: comparisonSchema,
});

export const collections = { glossary, comparison };
