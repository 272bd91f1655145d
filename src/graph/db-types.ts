import type { PrismaClient } from "../generated/prisma/client.js";

/** A Prisma client or an interactive transaction: what service helpers run their statements on. */
export type Tx = Omit<
  PrismaClient,
  "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends"
>;
