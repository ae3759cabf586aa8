/**
 * The unified processors of the MDX files: the ingest writes a document's mdast as MDX text with
 * remark-stringify and the MDX syntax of remark-mdx; a file edited by hand is read back with remark-parse
 * and the same syntax. Serializing a tree, never concatenating text, is what keeps document text from ever
 * becoming markup: the serializer escapes everything MDX would interpret.
 */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';

const writer = unified().use(remarkMdx).use(remarkStringify).freeze();
const reader = unified().use(remarkParse).use(remarkMdx).freeze();

/** The YAML frontmatter block at the head of an MDX file the ingest writes; group 1 is the YAML. */
export const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** An MDX file: YAML frontmatter (every string double-quoted) and the body serialized from its tree. */
export function serializeMdx(frontmatter: Record<string, unknown>, body: Root): string {
  // Every string double-quoted: a reader with a YAML 1.1 schema (dates, yes/no) must read strings back as strings.
  const yaml = stringify(frontmatter, { lineWidth: 0, sortMapEntries: false, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n\n${writer.stringify(body)}`;
}

/** The mdast of an MDX body (frontmatter removed), read with the real MDX syntax. */
export function parseMdx(body: string): Root {
  return reader.parse(body);
}
