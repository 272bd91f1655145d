import { ApiError, type Suggestion, suggest } from "./api.js";
import { kindColor } from "./graph.js";

/**
 * The search box as an ARIA combobox: suggestions as you type (the server's ranked search),
 * arrow keys to move, Enter to choose, Escape to close.
 */
export function setupSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  onChoose: (slug: string) => void,
  onError: (err: ApiError) => void,
) {
  let items: Suggestion[] = [];
  let active = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Enter pressed before the suggestions arrived: take the best one as soon as they do.
  let chooseWhenReady = false;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const highlight = (i: number) => {
    active = i;
    list.querySelectorAll<HTMLLIElement>("[role=option]").forEach((li, j) => {
      li.setAttribute("aria-selected", String(j === i));
      if (j === i) {
        input.setAttribute("aria-activedescendant", li.id);
        li.scrollIntoView({ block: "nearest" });
      }
    });
  };

  const choose = (i: number) => {
    const item = items[i];
    if (!item) return;
    input.value = item.name;
    close();
    onChoose(item.slug);
  };

  const render = (text: string) => {
    list.replaceChildren();
    if (!items.length) {
      const li = document.createElement("li");
      li.className = "empty";
      li.textContent = `No concept matches “${text}”.`;
      list.append(li);
    }
    items.forEach((item, i) => {
      const li = document.createElement("li");
      li.id = `suggestion-${i}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.dataset.slug = item.slug;
      const dot = document.createElement("span");
      dot.className = "dot";
      dot.style.background = kindColor(item.kind);
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = item.name;
      const meta = document.createElement("span");
      meta.className = "meta";
      const q = text.toLowerCase();
      const alias = item.aliases.find((a) => a.toLowerCase().includes(q));
      meta.textContent =
        alias && !item.name.toLowerCase().includes(q) ? `aka ${alias} · ${item.kind}` : item.kind;
      li.append(dot, name, meta);
      // mousedown, not click: it fires before the input loses focus and closes the list.
      li.addEventListener("mousedown", (e) => {
        e.preventDefault();
        choose(i);
      });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
    input.removeAttribute("aria-activedescendant");
  };

  const lookUp = async (text: string) => {
    const mine = ++seq;
    try {
      const found = await suggest(text);
      if (mine !== seq) return; // an older answer arriving after a newer one
      items = found;
      render(text);
      if (chooseWhenReady && items.length) choose(0);
      chooseWhenReady = false;
    } catch (err) {
      if (mine !== seq) return;
      close();
      onError(err instanceof ApiError ? err : new ApiError(String(err)));
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      seq++;
      items = [];
      close();
      return;
    }
    timer = setTimeout(() => void lookUp(text), 120);
  });

  input.addEventListener("keydown", (e) => {
    const open = !list.hidden && items.length > 0;
    if (e.key === "ArrowDown" && open) {
      e.preventDefault();
      highlight((active + 1) % items.length);
    } else if (e.key === "ArrowUp" && open) {
      e.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (open) choose(active < 0 ? 0 : active);
      else if (input.value.trim()) {
        clearTimeout(timer);
        chooseWhenReady = true;
        void lookUp(input.value.trim());
      }
    } else if (e.key === "Escape") {
      close();
    }
  });

  input.addEventListener("blur", () => close());
}
