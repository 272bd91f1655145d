import "reflect-metadata";
import fs from "node:fs";
import { printGraphSchema } from "../api/graphql/schema.js";

/** `npm run schema`: writes schema.graphql, the committed SDL of the API. */
fs.writeFileSync("schema.graphql", await printGraphSchema());
console.log("wrote schema.graphql");
