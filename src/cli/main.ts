// `peilian <command>`: one entry per command, so other parts (accounts, ...) add theirs with one line.
import { checkUsage, runCheck } from './check.js';
import { demoUsage, runDemo } from './demo.js';
import { playUsage, runPlay } from './play.js';
import { runUser, userUsage } from './user.js';

export interface Command {
	usage: string;
	/** resolves to the exit code */
	run: (args: string[]) => number | Promise<number>;
}

export const commands: Record<string, Command> = {
	check: { usage: checkUsage, run: runCheck },
	demo: { usage: demoUsage, run: runDemo },
	play: { usage: playUsage, run: runPlay },
	user: { usage: userUsage, run: runUser }
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
