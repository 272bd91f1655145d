import { type GraphView, kindColor } from "./graph.js";

function checkbox(
  label: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
  color?: string,
): HTMLLabelElement {
  const box = Object.assign(document.createElement("input"), { type: "checkbox", checked });
  box.addEventListener("change", () => onChange(box.checked));
  const wrap = document.createElement("label");
  wrap.className = "filter";
  wrap.append(box);
  if (color) {
    // The colour is the legend of the nodes; the kind's name beside it says the same in text.
    const swatch = document.createElement("span");
    swatch.className = "dot";
    swatch.style.background = color;
    swatch.setAttribute("aria-hidden", "true");
    wrap.append(swatch);
  }
  wrap.append(label);
  return wrap;
}

/**
 * The left column's lists: one checkbox per kind drawn (with its node colour: the colour legend)
 * and per relation type drawn (with its label as on the edges). `onChange` runs after a toggle.
 */
export function renderFilters(
  graph: GraphView,
  kindBox: HTMLElement,
  typeBox: HTMLElement,
  typeLabels: Map<string, string>,
  onChange: () => void,
) {
  const { kinds, types } = graph.present();
  kindBox.replaceChildren(
    ...kinds.map((k) =>
      checkbox(
        k,
        !graph.hiddenKinds.has(k),
        (on) => {
          graph.setKindVisible(k, on);
          onChange();
        },
        kindColor(k),
      ),
    ),
  );
  typeBox.replaceChildren(
    ...types.map((t) =>
      checkbox(typeLabels.get(t) ?? t, !graph.hiddenTypes.has(t), (on) => {
        graph.setTypeVisible(t, on);
        onChange();
      }),
    ),
  );
  if (!kinds.length) kindBox.textContent = "Nothing drawn yet.";
  if (!types.length) typeBox.textContent = "Nothing drawn yet.";
}
