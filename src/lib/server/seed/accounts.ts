// The demo organisation's people. Shown on the sign-in page in demo mode and listed in the README.
import type { Role } from '../db/schema';

export const demoPassword = 'peilian-demo';
export const demoTeams = ['华东零售组', '大客户组'] as const;

export interface DemoAccount {
	email: string;
	name: string;
	role: Role;
	/** index into demoTeams: a learner's team, or the team a manager leads */
	team?: 0 | 1;
	/** a learner who stopped practising this many days ago, so the manager's page has someone at risk */
	idleDays?: number;
}

export const demoAccounts: DemoAccount[] = [
	{ email: 'admin@peilian.demo', name: '陈静', role: 'admin' },
	{ email: 'trainer@peilian.demo', name: '林晓雯', role: 'trainer' },
	{ email: 'manager.east@peilian.demo', name: '王建国', role: 'manager', team: 0 },
	{ email: 'manager.ka@peilian.demo', name: '赵敏', role: 'manager', team: 1 },
	{ email: 'liu.yang@peilian.demo', name: '刘洋', role: 'learner', team: 0 },
	{ email: 'zhang.wei@peilian.demo', name: '张伟', role: 'learner', team: 0 },
	{ email: 'li.na@peilian.demo', name: '李娜', role: 'learner', team: 0 },
	{ email: 'wang.fang@peilian.demo', name: '王芳', role: 'learner', team: 0 },
	{ email: 'chen.hao@peilian.demo', name: '陈浩', role: 'learner', team: 0 },
	{ email: 'zhou.ting@peilian.demo', name: '周婷', role: 'learner', team: 0, idleDays: 10 },
	{ email: 'xu.lei@peilian.demo', name: '徐磊', role: 'learner', team: 0 },
	{ email: 'sun.li@peilian.demo', name: '孙丽', role: 'learner', team: 1 },
	{ email: 'ma.jun@peilian.demo', name: '马骏', role: 'learner', team: 1 },
	{ email: 'hu.jing@peilian.demo', name: '胡静', role: 'learner', team: 1 },
	{ email: 'guo.qiang@peilian.demo', name: '郭强', role: 'learner', team: 1 },
	{ email: 'he.xue@peilian.demo', name: '何雪', role: 'learner', team: 1, idleDays: 12 }
];
