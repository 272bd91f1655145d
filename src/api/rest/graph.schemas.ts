/** Shapes of the graph routes (neighbourhood, paths, search). */
import { Type } from "typebox";
import { graph as X } from "./graph.examples.js";
import { concept, example, partial, relation, str } from "./schemas.js";

export const neighborhood = partial(
  {
    center: concept,
    nodes: Type.Array(concept, { description: "Breadth first, the center first." }),
    edges: Type.Array(relation, { description: "Relations among the nodes, by id." }),
    truncated: Type.Boolean({ description: "True when the limit cut the answer." }),
  },
  example(X.neighborhood),
);

const pathStep = partial({
  from: concept,
  concept,
  relation,
  direction: str("FORWARD along the relation, or BACKWARD against it."),
  label: str('The relation read the way travelled: "routes to" forward, "exposed by" back.'),
});

export const paths = partial(
  {
    paths: Type.Array(
      partial({
        from: concept,
        to: concept,
        length: Type.Integer({ description: "Number of steps." }),
        steps: Type.Array(pathStep),
        text: str('The path as a sentence, e.g. "Ingress routes to Service, Service exposes Pod".'),
      }),
      { description: "Shortest first." },
    ),
  },
  example(X.paths),
);

export const searchHit = partial(
  {
    concept,
    exact: Type.Boolean({ description: "The text is exactly its slug, name or an alias." }),
    matched: Type.Array(Type.String(), {
      description: "Fields containing the words: slug, name, aliases, summary, ...",
    }),
    snippet: str("Best passage, HTML-escaped, words found in <mark>...</mark>."),
    score: Type.Number({ description: "Relevance, higher is better." }),
  },
  example(X.hit),
);
