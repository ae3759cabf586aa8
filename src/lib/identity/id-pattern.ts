/** The shape of every instrument id (a URL segment): lower-case ASCII letters and digits joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isId(text: string): boolean {
  return ID_PATTERN.test(text);
}
