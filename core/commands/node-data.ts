import type { z } from "zod";
import type { NodeKind, NodeSchema } from "../schema/nodes";

type NodeInputOf<K extends NodeKind> = Extract<z.input<typeof NodeSchema>, { kind: K }>;

/** The fields of a node of kind K that commands may set: everything but id, kind and position. */
export type NodeData<K extends NodeKind = NodeKind> = K extends NodeKind
  ? Partial<Omit<NodeInputOf<K>, "id" | "kind" | "position">>
  : never;

export const FIXED_NODE_FIELDS = ["id", "kind", "position"] as const;
