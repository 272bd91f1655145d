/** JSON schemas of the graph routes (neighbourhood, paths, search). */
import { concept, relation } from "./schemas.js";

const str = (description: string) => ({ type: "string", description }) as const;

export const neighborhood = {
  type: "object",
  properties: {
    center: concept,
    nodes: { type: "array", items: concept, description: "Breadth first, the center first." },
    edges: { type: "array", items: relation, description: "Relations among the nodes, by id." },
    truncated: { type: "boolean", description: "True when the limit cut the answer." },
  },
} as const;

const pathStep = {
  type: "object",
  properties: {
    from: concept,
    concept,
    relation,
    direction: str("FORWARD along the relation, or BACKWARD against it."),
    label: str('The relation read the way travelled: "routes to" forward, "exposed by" back.'),
  },
} as const;

export const paths = {
  type: "object",
  properties: {
    paths: {
      type: "array",
      description: "Shortest first.",
      items: {
        type: "object",
        properties: {
          from: concept,
          to: concept,
          length: { type: "integer", description: "Number of steps." },
          steps: { type: "array", items: pathStep },
          text: str(
            'The path as a sentence, e.g. "Ingress routes to Service, Service exposes Pod".',
          ),
        },
      },
    },
  },
} as const;

export const searchHit = {
  type: "object",
  properties: {
    concept,
    exact: { type: "boolean", description: "The text is exactly its slug, name or an alias." },
    matched: {
      type: "array",
      items: { type: "string" },
      description: "Fields containing the words: slug, name, aliases, summary, ...",
    },
    snippet: str("Best passage, HTML-escaped, words found in <mark>...</mark>."),
    score: { type: "number", description: "Relevance, higher is better." },
  },
} as const;
