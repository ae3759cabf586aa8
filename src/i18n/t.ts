/** The one way UI text reaches a page: `t('doc.fullText')`, with `{name}` placeholders filled from `values`. */
import dictionary from './vi.json' with { type: 'json' };

export type MessageKey = keyof typeof dictionary;

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
