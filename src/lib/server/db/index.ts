// The app's one database handle, configured from the environment (see connect.ts).
// One convention for who uses it: a module that queries takes `db` as its first parameter, so tests and
// the command line run it on a database of their own; what serves a request (a route, a hook, a form
// action, a page's helper in lib/server) imports this `db` and passes it on.
import { connect, optionsFromEnv } from './connect';

export const { db, dialect, schema } = connect(optionsFromEnv());
export type { Database, Role, User } from './schema';
