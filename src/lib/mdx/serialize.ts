/**
 * Serializes a document to MDX: YAML frontmatter from a YAML serializer, body from an mdast tree.
 * No string concatenation of document text: the serializers escape everything MDX would interpret.
 */
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { stringify } from 'yaml';
import type { Root } from 'mdast';

export function serializeMdx(frontmatter: Record<string, unknown>, body: Root): string {
  // Every string double-quoted: a reader with a YAML 1.1 schema (dates, yes/no) must read strings back as strings.
  const yaml = stringify(frontmatter, { lineWidth: 0, sortMapEntries: false, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  const markdown = toMarkdown(body, { extensions: [mdxToMarkdown()] });
  return `---\n${yaml}---\n\n${markdown}`;
}
