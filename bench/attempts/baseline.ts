// The baseline: a bare node:http server that checks the session and stores an attempt with the same
// rows the app writes, but without SvelteKit, schema parsing or replaying the choices.
import { createServer } from 'node:http';
import { connect, optionsFromEnv } from '../../src/lib/server/db/connect.js';
import { hashToken } from '../../src/lib/server/auth/session.js';

const { db } = connect(optionsFromEnv());

const server = createServer(async (req, res) => {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	try {
		const token = /peilian_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
		const session = await db
			.selectFrom('sessions')
			.select('user_id')
			.where('id', '=', hashToken(token))
			.executeTakeFirst();
		if (!session) return void res.writeHead(401).end();
		const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
			id: string;
			roleplay: string;
			version: string;
			choices: number[];
		};
		const at = new Date().toISOString();
		await db.transaction().execute(async (trx) => {
			await trx
				.insertInto('attempts')
				.values({
					id: body.id,
					user_id: session.user_id,
					roleplay_id: body.roleplay,
					version: body.version,
					started_at: at,
					finished_at: at,
					outcome: 'won',
					ending: 'end',
					total: 0,
					best: 0,
					percent: 0,
					passed: 0,
					vars: '{}'
				})
				.onConflict((oc) => oc.column('id').doNothing())
				.execute();
			await trx
				.insertInto('attempt_choices')
				.values(
					body.choices.map((position, seq) => ({
						attempt_id: body.id,
						seq,
						roleplay_id: body.roleplay,
						step_id: 'step',
						position,
						line: '',
						effects: '[]'
					}))
				)
				.onConflict((oc) => oc.columns(['attempt_id', 'seq']).doNothing())
				.execute();
		});
		res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}');
	} catch (e) {
		res.writeHead(500).end(String(e));
	}
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('baseline listening'));
