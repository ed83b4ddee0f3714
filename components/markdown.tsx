import 'server-only';
import { renderMarkdown } from '@/lib/markdown';

/** Markdown a user wrote, rendered through the sanitiser (lib/markdown.ts): the only way user HTML reaches a page. */
export function Markdown({ source, className = '' }: { source: string; className?: string }) {
  // The HTML comes from renderMarkdown, which allows no scripts, handlers or javascript: links.
  return <div className={`markdown ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
