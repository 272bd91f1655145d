import { type GraphQLSchema, parse, validate } from "graphql";

/** One example operation of the playground's tour, opened as a GraphiQL tab. */
export interface TourStep {
  /** Query fields the example needs; the step is left out while any is missing from the schema. */
  requires: string[];
  query: string;
  /** JSON text for the variables editor. */
  variables?: string;
}

const vars = (v: Record<string, unknown>) => JSON.stringify(v, null, 2);

/** Every step of the tour, in the order a newcomer should run them. */
export const TOUR: TourStep[] = [
  {
    requires: ["lookup"],
    query: `# Look a concept up by any name it is known by:
# slug, name or alias. "master node" is an old alias
# of the control plane. Press Ctrl-Enter (or the pink
# play button) to run it. The docs pane (book icon,
# top left) describes every field.
query LookupByAlias {
  lookup(name: "master node") {
    slug
    name
    aliases
    summary
  }
}
`,
  },
  {
    requires: ["concept"],
    query: `# What implements CNI? Follow "implements-cni"
# relations coming IN to the cni concept.
query CniImplementations {
  concept(slug: "cni") {
    name
    summary
    related(direction: IN, types: ["implements-cni"]) {
      label
      concept { slug name summary }
    }
  }
}
`,
  },
  {
    requires: ["concept"],
    query: `# A concept's relations both ways. Outgoing ones read
# with the type's label ("stores"), incoming ones with
# its inverse label ("stored in").
query EtcdRelations {
  concept(slug: "etcd") {
    name
    related(direction: BOTH) {
      direction
      label
      relation { type { key label inverseLabel } description }
      concept { slug name kind }
    }
  }
}
`,
  },
  {
    requires: ["concepts"],
    query: `# Pagination: concepts come in pages ordered by slug.
# Copy pageInfo.endCursor into the "after" variable
# (Variables tab below) and run again for the next page.
query ResourcePages($after: String) {
  concepts(first: 5, after: $after, filter: { kind: "resource" }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { slug name } }
  }
}
`,
    variables: vars({ after: null }),
  },
  {
    requires: ["neighborhood"],
    query: `# The neighbourhood of a concept: everything within
# "depth" hops, ready to draw.
query EtcdTwoHops {
  neighborhood(slug: "etcd", depth: 2) {
    truncated
    nodes { slug name kind }
    edges { id type { key label } source { slug } target { slug } }
  }
}
`,
  },
  {
    requires: ["paths"],
    query: `# How are two concepts connected? The shortest path,
# step by step.
query ShortestPathIngressToPod {
  paths(from: "ingress", to: "pod") {
    steps { concept { slug name } }
  }
}
`,
  },
  {
    requires: ["search"],
    query: `# Ranked full-text search; prefixes work too
# ("kube-sch").
query SearchNetwork {
  search(text: "network policy") {
    edges { node { concept { slug name kind } } }
  }
}
`,
  },
  {
    requires: ["createConcept", "createRelation"],
    query: `# Add a concept, then a relation from it (see the
# Variables tab below). Writes need an API key with
# the editor role (an admin makes one: kg keys create
# --name me --role editor). Put it in the Headers tab:
#   { "Authorization": "Bearer <your key>" }
# Run it twice and you get CONFLICT: the slug is taken
# (upsertConcept would update it instead).
mutation AddConceptAndRelation($concept: ConceptInput!, $relation: RelationInput!) {
  createConcept(input: $concept) { slug name kind version }
  createRelation(input: $relation) {
    id
    type { label }
    source { name }
    target { name }
  }
}
`,
    variables: vars({
      concept: {
        slug: "my-backup-operator",
        name: "My Backup Operator",
        kind: "tool",
        summary: "An operator that takes scheduled etcd snapshots.",
        aliases: ["backup operator"],
        tags: ["storage"],
      },
      relation: { source: "my-backup-operator", type: "watches", target: "etcd" },
    }),
  },
  {
    requires: ["addNote"],
    query: `# Attach a Markdown note to a concept (see the
# Variables tab). Notes holding a credential are refused.
mutation AddNote($input: NoteInput!) {
  addNote(input: $input) {
    id
    body
    author
    concept { slug notes { id author } }
  }
}
`,
    variables: vars({
      input: {
        concept: "etcd",
        author: "you",
        body: "Take **regular snapshots** with `etcdctl snapshot save`.",
      },
    }),
  },
  {
    requires: ["history"],
    query: `# Who changed what, newest first: etcd's history,
# its relations and notes included, each change with
# the entity before and after. Undo one with
# revert(changeId:); tools follow every change with
# changes(since:), the incremental feed.
query EtcdHistory {
  history(slug: "etcd", first: 5) {
    totalCount
    edges { node { id at actor entity op key before after } }
  }
}
`,
  },
];

/** The query fields of the schema, whatever the root type is called. */
function rootFields(schema: GraphQLSchema): Set<string> {
  return new Set([
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
  ]);
}

/** The steps whose fields exist in this schema, each with the GraphQL errors it would get. */
export function tourFor(schema: GraphQLSchema): { step: TourStep; errors: string[] }[] {
  const fields = rootFields(schema);
  return TOUR.filter((s) => s.requires.every((f) => fields.has(f))).map((step) => ({
    step,
    errors: validate(schema, parse(step.query)).map((e) => e.message),
  }));
}
