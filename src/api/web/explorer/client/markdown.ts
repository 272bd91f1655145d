import { escapeHtml } from "../../../../html.js";

/** Inline Markdown on already-escaped text: `code`, **bold**, *italic*, [links](https://...). */
function inline(escaped: string): string {
  // Code spans first, so that nothing inside them is formatted.
  return escaped
    .split(/(`[^`]+`)/)
    .map((part) => {
      if (part.length > 1 && part.startsWith("`") && part.endsWith("`")) {
        return `<code>${part.slice(1, -1)}</code>`;
      }
      return part
        .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
        .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, "$1<em>$2</em>")
        .replace(
          /\[([^\]]+)\]\((https?:\/\/[^\s)"]+)\)/g,
          '<a href="$2" target="_blank" rel="noopener noreferrer">$1</a>',
        );
    })
    .join("");
}

/**
 * A tiny, safe Markdown renderer: paragraphs, bullet lists, bold, italic, code and http(s) links.
 * All input is HTML-escaped first, so no markup from the text reaches the page.
 */
export function renderMarkdown(markdown: string): string {
  const blocks = markdown
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n\s*\n/);
  return blocks
    .filter((b) => b.trim())
    .map((block) => {
      const lines = block.split("\n");
      if (lines.every((l) => /^\s*[-*]\s+/.test(l))) {
        const items = lines.map(
          (l) => `<li>${inline(escapeHtml(l.replace(/^\s*[-*]\s+/, "")))}</li>`,
        );
        return `<ul>${items.join("")}</ul>`;
      }
      return `<p>${inline(escapeHtml(lines.join(" ")))}</p>`;
    })
    .join("");
}
