import {
  ApiError,
  type ConceptDetail,
  type Neighbour,
  type Note,
  getApiKey,
  setApiKey,
} from "./api.js";
import { kindColor } from "./graph.js";
import { renderMarkdown } from "./markdown.js";

export interface PanelHandlers {
  /** A neighbour was chosen in the panel. */
  onNeighbour(slug: string): void;
  /** The note form was sent; resolves with the stored note or rejects with a message. */
  onAddNote(body: string, author: string): Promise<Note>;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function markdown(text: string, className: string): HTMLDivElement {
  const div = el("div", { className: `markdown ${className}` });
  div.innerHTML = renderMarkdown(text); // renderMarkdown escapes all HTML first
  return div;
}

function safeLink(uri: string, text: string): HTMLElement {
  if (!/^https?:\/\//i.test(uri)) return el("span", {}, text);
  return el("a", { href: uri, target: "_blank", rel: "noopener noreferrer" }, text);
}

function noteItem(note: Note): HTMLLIElement {
  const when = new Date(note.createdAt).toLocaleDateString();
  return el(
    "li",
    { className: "note" },
    markdown(note.body, "note-body"),
    el("p", { className: "note-meta" }, `${note.author ?? "anonymous"}, ${when}`),
  );
}

/** Groups neighbours by how the relation reads from this concept ("stores", "stored in", ...). */
function groups(related: Neighbour[]): [string, Neighbour[]][] {
  const map = new Map<string, Neighbour[]>();
  for (const n of related) {
    const key = n.label;
    map.set(key, [...(map.get(key) ?? []), n]);
  }
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** Fills the side panel with one concept: summary, aliases, description, relations, notes, sources. */
export function renderPanel(root: HTMLElement, c: ConceptDetail, handlers: PanelHandlers) {
  const badge = el("span", { className: "kind-badge" }, c.kind);
  badge.style.background = kindColor(c.kind);
  const parts: HTMLElement[] = [
    el("h2", { id: "panel-title", tabIndex: -1 }, c.name, " ", badge),
    el("p", { className: "summary" }, c.summary),
  ];
  if (c.aliases.length) {
    parts.push(
      el("p", { className: "aliases" }, el("strong", {}, "Also known as: "), c.aliases.join(", ")),
    );
  }
  if (c.tags.length) {
    parts.push(el("p", { className: "tags" }, el("strong", {}, "Tags: "), c.tags.join(", ")));
  }
  if (c.description) parts.push(markdown(c.description, "description"));
  if (c.docsUrl) {
    parts.push(el("p", { className: "docs" }, safeLink(c.docsUrl, "Official documentation ↗")));
  }

  parts.push(el("h3", {}, `Relations (${c.related.length})`));
  if (!c.related.length) parts.push(el("p", { className: "empty" }, "No relations yet."));
  for (const [label, list] of groups(c.related)) {
    const incoming = list[0]?.direction === "IN";
    const items = list.map((n) => {
      const button = el("button", { type: "button", className: "link" }, n.concept.name);
      button.dataset.slug = n.concept.slug;
      button.addEventListener("click", () => handlers.onNeighbour(n.concept.slug));
      return el("li", {}, button, el("span", { className: "meta" }, ` ${n.concept.kind}`));
    });
    parts.push(
      el(
        "section",
        { className: "relation-group" },
        el(
          "h4",
          { title: incoming ? "incoming relation, read backwards" : "outgoing relation" },
          `${incoming ? "← " : "→ "}${label}`,
        ),
        el("ul", {}, ...items),
      ),
    );
  }

  const notes = el("ul", { className: "notes", id: "notes" }, ...c.notes.map(noteItem));
  const noteCount = el("h3", { id: "notes-title" }, `Notes (${c.notes.length})`);
  parts.push(noteCount);
  if (!c.notes.length) notes.append(el("li", { className: "empty" }, "No notes yet."));
  parts.push(notes);
  parts.push(noteForm(c, notes, noteCount, handlers));

  parts.push(el("h3", {}, "Sources"));
  parts.push(
    c.sources.length
      ? el(
          "ul",
          { className: "sources" },
          ...c.sources.map((s) =>
            el(
              "li",
              {},
              safeLink(s.uri, s.title),
              s.locator ? el("span", { className: "meta" }, ` ${s.locator}`) : "",
            ),
          ),
        )
      : el("p", { className: "empty" }, "No sources cited."),
  );
  root.replaceChildren(...parts);
}

function noteForm(
  c: ConceptDetail,
  notes: HTMLUListElement,
  count: HTMLElement,
  handlers: PanelHandlers,
): HTMLFormElement {
  const body = el("textarea", { id: "note-body", name: "body", rows: 3, required: true });
  const author = el("input", {
    id: "note-author",
    name: "author",
    type: "text",
    autocomplete: "name",
  });
  const apiKey = el("input", {
    id: "note-key",
    name: "api-key",
    type: "password",
    autocomplete: "off",
    placeholder: "kg_…",
    value: getApiKey(),
  });
  const submit = el("button", { type: "submit" }, "Add note");
  const status = el("p", { className: "form-status", id: "note-status" });
  status.setAttribute("role", "status");
  const form = el(
    "form",
    { className: "note-form" },
    el("label", { htmlFor: "note-body" }, `Add a note on ${c.name} (Markdown)`),
    body,
    el("label", { htmlFor: "note-author" }, "Your name (optional)"),
    author,
    el("label", { htmlFor: "note-key" }, "API key (editor or admin; kept in this browser)"),
    apiKey,
    submit,
    status,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!body.value.trim()) {
      status.textContent = "Write something first.";
      status.className = "form-status error";
      body.focus();
      return;
    }
    submit.disabled = true;
    status.className = "form-status";
    status.textContent = "Saving…";
    setApiKey(apiKey.value.trim());
    try {
      const note = await handlers.onAddNote(body.value, author.value.trim());
      c.notes.push(note);
      notes.querySelector(".empty")?.remove();
      notes.append(noteItem(note));
      count.textContent = `Notes (${c.notes.length})`;
      body.value = "";
      status.textContent = "Note added.";
    } catch (err) {
      status.className = "form-status error";
      const needsKey =
        err instanceof ApiError && (err.code === "UNAUTHENTICATED" || err.code === "FORBIDDEN");
      status.textContent = needsKey
        ? `Not saved: ${err.message}. Notes need an API key with the editor or admin role.`
        : `Not saved: ${err instanceof Error ? err.message : String(err)}`;
      if (needsKey) apiKey.focus();
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
