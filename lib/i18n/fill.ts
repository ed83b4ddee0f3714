/** Fills a message template's {placeholders}: "第 {page} / {pages} 頁" with { page: 2, pages: 5 }. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}
