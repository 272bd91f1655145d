import type { SeedRelationType } from "./types.js";

export const SEED_RELATION_TYPES: SeedRelationType[] = [
  {
    key: "runs-on",
    label: "runs on",
    inverseLabel: "hosts",
    description: "The source executes on, or is placed onto, the target machine or environment.",
  },
  {
    key: "stores",
    label: "stores",
    inverseLabel: "stored in",
    description: "The source persistently keeps the target data.",
  },
  {
    key: "implements-cni",
    label: "implements CNI",
    inverseLabel: "CNI implemented by",
    description:
      "The source network plugin provides Pod networking through the target CNI specification.",
    sourceKinds: ["plugin"],
    targetKinds: ["interface"],
  },
  {
    key: "part-of",
    label: "part of",
    inverseLabel: "has part",
    description: "The source is a constituent piece of the target.",
  },
  {
    key: "uses",
    label: "uses",
    inverseLabel: "used by",
    description: "The source relies on the target to do its job.",
  },
  {
    key: "manages",
    label: "manages",
    inverseLabel: "managed by",
    description: "The source controls the lifecycle or desired state of the target.",
  },
  {
    key: "exposes",
    label: "exposes",
    inverseLabel: "exposed by",
    description: "The source makes the target reachable to clients through a stable endpoint.",
  },
  {
    key: "routes-to",
    label: "routes to",
    inverseLabel: "receives traffic from",
    description: "The source forwards network traffic to the target.",
  },
  {
    key: "mounts",
    label: "mounts",
    inverseLabel: "mounted by",
    description: "The source attaches the target storage into its filesystem.",
  },
  {
    key: "configures",
    label: "configures",
    inverseLabel: "configured by",
    description: "The source supplies settings or data that shape how the target behaves.",
  },
  {
    key: "watches",
    label: "watches",
    inverseLabel: "watched by",
    description: "The source observes changes to the target and reacts to them.",
  },
  {
    key: "schedules",
    label: "schedules",
    inverseLabel: "scheduled by",
    description: "The source decides where the target should run.",
  },
  {
    key: "implements",
    label: "implements",
    inverseLabel: "implemented by",
    description:
      "The source provides a concrete realisation of the target interface, API or abstraction.",
  },
  {
    key: "talks-to",
    label: "talks to",
    inverseLabel: "talked to by",
    description: "The source sends requests to the target over the network or a local API.",
  },
  {
    key: "claims",
    label: "claims",
    inverseLabel: "claimed by",
    description: "The source requests and binds to the target resource for exclusive use.",
    sourceKinds: ["resource"],
    targetKinds: ["resource"],
  },
  {
    key: "provisions",
    label: "provisions",
    inverseLabel: "provisioned by",
    description: "The source creates the target on demand.",
  },
  {
    key: "selects",
    label: "selects",
    inverseLabel: "selected by",
    description: "The source picks out a set of targets, usually by matching labels.",
  },
  {
    key: "restricts",
    label: "restricts",
    inverseLabel: "restricted by",
    description: "The source limits what the target may do or consume.",
  },
  {
    key: "resolves",
    label: "resolves",
    inverseLabel: "resolved by",
    description: "The source translates names of the target into network addresses.",
  },
  {
    key: "runs-as",
    label: "runs as",
    inverseLabel: "identity of",
    description: "The source acts under the identity given by the target.",
  },
  {
    key: "is-a",
    label: "is a",
    inverseLabel: "has kind",
    description: "The source is a specific kind or instance of the more general target.",
  },
  {
    key: "creates",
    label: "creates",
    inverseLabel: "created by",
    description: "The source brings new instances of the target into existence.",
  },
  {
    key: "alternative-to",
    label: "alternative to",
    inverseLabel: "alternative to",
    description:
      "The source and the target fill the same role, so one can be chosen instead of the other.",
    symmetric: true,
  },
  {
    key: "depends-on",
    label: "depends on",
    inverseLabel: "required by",
    description: "The source cannot work without the target being present.",
  },
  {
    key: "scales",
    label: "scales",
    inverseLabel: "scaled by",
    description: "The source adjusts the number of replicas of the target.",
  },
  {
    key: "tolerates",
    label: "tolerates",
    inverseLabel: "tolerated by",
    description: "The source allows a Pod to be placed despite the target repelling it.",
  },
];
