// The built app as a child process, the way it runs in production: `node build` with PORT, ORIGIN and
// the database in the environment. Its stdout (the request log) is kept for the tests to read.
import { spawn, type ChildProcess } from 'node:child_process';
import type { TestDatabaseUrl } from './databases';

export const buildDir = process.env.PEILIAN_OUT ? `${process.env.PEILIAN_OUT}/build` : 'build';
/** Node's arguments before the build: a build outside the project finds its packages (see the file). */
export const buildNodeArgs = ['--import', new URL('../../../bin/project-packages.js', import.meta.url).pathname];

export interface AppServer {
	origin: string;
	/** every line the server wrote to stdout and stderr */
	output: string[];
	/** SIGKILL: no shutdown hook runs, as when the machine loses power */
	kill9(): Promise<void>;
	stop(): Promise<void>;
}

/** `node build` on `port` (offset already applied) with the database in its environment; does not wait. */
export function spawnApp(port: number, database: TestDatabaseUrl, env: Record<string, string> = {}): ChildProcess {
	return spawn(process.execPath, [...buildNodeArgs, buildDir], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			DATABASE_URL: database.url ?? '',
			DATABASE_PATH: database.path ?? '',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

export async function startApp(
	port: number,
	database: TestDatabaseUrl,
	env: Record<string, string> = {}
): Promise<AppServer> {
	// PEILIAN_PORT_OFFSET moves every test server, so two checkouts can run the suite side by side.
	port += Number(process.env.PEILIAN_PORT_OFFSET ?? 0);
	const origin = `http://127.0.0.1:${port}`;
	// A server left over from an interrupted run would answer the health check in place of this one.
	if (
		await fetch(`${origin}/healthz`).then(
			() => true,
			() => false
		)
	)
		throw new Error(`Port ${port} is already in use`);
	const child = spawnApp(port, database, env);
	const output: string[] = [];
	const collect = (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean));
	child.stdout!.on('data', collect);
	child.stderr!.on('data', collect);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	await waitUntilHealthy(origin, child, output);
	const end = async (signal: NodeJS.Signals) => {
		if (child.exitCode === null && child.signalCode === null) child.kill(signal);
		await exited;
	};
	return { origin, output, kill9: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

async function waitUntilHealthy(origin: string, child: ChildProcess, output: string[]): Promise<void> {
	const deadline = Date.now() + 90_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`The server exited while starting:\n${output.join('\n')}`);
		try {
			if ((await fetch(`${origin}/healthz`)).status === 200) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	child.kill('SIGKILL');
	throw new Error(`The server did not become healthy in 90 s:\n${output.join('\n')}`);
}
