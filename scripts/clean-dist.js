// Empties dist/ before a build, so no module of an earlier layout survives beside the bundle.
import { rmSync } from "node:fs";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
