/** XML text escaping for the feed and sitemap (built as strings of escaped values, never raw document text). */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** Serializes a tiny element tree: [name, attributes, ...children]. Text children are escaped. */
export type XmlNode = string | [string, Record<string, string>, ...XmlNode[]];

export function toXml(node: XmlNode, indent = ''): string {
  if (typeof node === 'string') return escapeXml(node);
  const [name, attributes, ...children] = node;
  const attrs = Object.entries(attributes).map(([key, value]) => ` ${key}="${escapeXml(value)}"`).join('');
  if (children.length === 0) return `${indent}<${name}${attrs}/>`;
  if (children.every((child) => typeof child === 'string')) return `${indent}<${name}${attrs}>${children.map((c) => toXml(c)).join('')}</${name}>`;
  return `${indent}<${name}${attrs}>\n${children.map((child) => toXml(child, `${indent}  `)).join('\n')}\n${indent}</${name}>`;
}
