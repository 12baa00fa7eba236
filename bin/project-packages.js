// `node --import ./bin/project-packages.js <PEILIAN_OUT>/build`, and `npm run build` (whose analysis runs
// the built server in a worker): a build written outside the project resolves its packages, which
// adapter-node keeps external, from the project's node_modules. NODE_PATH would not do (Node's ESM loader
// ignores it) and bundling cannot take better-sqlite3's native binding along; so instead of a symlink
// written as a side effect of every build, whatever starts such a build imports this resolve hook.
import { register } from 'node:module';

register('./project-packages-hooks.js', import.meta.url);
