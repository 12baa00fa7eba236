// Each command's one-line usage, apart from the commands themselves: `peilian --help` lists them without
// loading a command, so `check` and `play` never load the database and server code that `demo` and `user` need.
export const checkUsage =
	'peilian check [--strict] [PATHS...]   check content/ (or the files and folders named); exit 1 on any error, or with --strict on any warning too';

export const demoUsage =
	'peilian demo remove\n' +
	'      (deletes the demo organisation, its people and their records, and nothing else;\n' +
	'       uses DATABASE_URL or DATABASE_PATH like the server)';

export const playUsage = 'peilian play FILE --choices 1,2,1 [--json]   play FILE taking the choice at each position';

export const userUsage =
	'peilian user add --email EMAIL --name NAME --role learner|trainer|manager|admin [--password PASSWORD]\n' +
	'      (uses DATABASE_URL or DATABASE_PATH like the server; without --password prints an invite link)';
