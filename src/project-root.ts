import fs from "node:fs";
import path from "node:path";

const here = import.meta.dirname;

/**
 * The project's root: the nearest folder above this file that holds package.json. The same from
 * source (src/) and when built (dist/src/), so files beside the code (migrations, the built
 * explorer) are found either way.
 */
export const projectRoot: string = (() => {
  for (let dir = here; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${here}`);
  }
})();
