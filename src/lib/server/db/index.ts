// The app's one database handle, configured from the environment (see connect.ts).
import { connect, optionsFromEnv } from './connect';

export const { db, dialect, schema } = connect(optionsFromEnv());
export type { Database, Role, User } from './schema';
