/**
 * Escapes the five characters that are special in HTML and XML text and attribute values. It
 * imports nothing, so the server and the explorer's browser bundle share this one copy.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
