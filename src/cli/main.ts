// `peilian <command>`: one entry per command, so other parts (accounts, ...) add theirs with one line.
import { checkUsage, demoUsage, playUsage, userUsage } from './usage.js';

export interface Command {
	usage: string;
	/** resolves to the exit code */
	run: (args: string[]) => number | Promise<number>;
}

export const commands: Record<string, Command> = {
	// Loaded when run: a trainer's `check` must not need what the server needs (the database, compiled messages).
	check: { usage: checkUsage, run: async (args) => (await import('./check.js')).runCheck(args) },
	demo: { usage: demoUsage, run: async (args) => (await import('./demo.js')).runDemo(args) },
	play: { usage: playUsage, run: async (args) => (await import('./play.js')).runPlay(args) },
	user: { usage: userUsage, run: async (args) => (await import('./user.js')).runUser(args) }
};

function usage(): string {
	return ['usage:', ...Object.values(commands).map((c) => `  ${c.usage}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
	const [name, ...args] = argv;
	if (!name || name === 'help' || name === '--help') {
		console.log(usage());
		return 0;
	}
	const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
	if (!command) {
		console.error(`unknown command \`${name}\`\n${usage()}`);
		return 2;
	}
	return command.run(args);
}

process.exitCode = await main(process.argv.slice(2));
