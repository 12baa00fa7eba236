// Lays a role-play out as a graph with dagre: steps are boxes, choices are arrows labelled with the
// choice number and its effects. Pure data in, coordinates out, so the SVG can be drawn on the server.
import dagre from '@dagrejs/dagre';
import { describeEffect, type Outcome, type Roleplay } from '../../roleplay';

export interface GraphNode {
	id: string;
	title: string;
	x: number;
	y: number;
	width: number;
	height: number;
	end?: Outcome;
	start: boolean;
}

export interface GraphEdge {
	from: string;
	to: string;
	position: number;
	label: string;
	/** sum of the skill effects: the arrow is drawn dashed when it loses points */
	total: number;
	points: { x: number; y: number }[];
	labelX: number;
	labelY: number;
}

export interface GraphLayout {
	width: number;
	height: number;
	nodes: GraphNode[];
	edges: GraphEdge[];
}

const charWidth = 14;
const nodeHeight = 44;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Width of an edge label at the label's 12 px: CJK characters are about twice as wide as Latin. */
const labelWidth = (text: string) =>
	[...text].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 13 : 7.5), 0);

/** `labels` names skills and vars in the reader's words (`共情 +1`), which are also shorter than keys. */
export function layoutRoleplay(rp: Roleplay, labels: Record<string, string> = {}): GraphLayout {
	const g = new dagre.graphlib.Graph({ multigraph: true });
	g.setGraph({ rankdir: 'TB', nodesep: 30, ranksep: 70, edgesep: 12, marginx: 16, marginy: 16 });
	g.setDefaultEdgeLabel(() => ({}));
	for (const id of rp.stepOrder) {
		const title = clip(rp.steps[id].title || id, 14);
		g.setNode(id, { label: title, width: Math.max(90, title.length * charWidth + 24), height: nodeHeight });
	}
	for (const id of rp.stepOrder) {
		for (const choice of rp.steps[id].choices) {
			if (!rp.steps[choice.target]) continue;
			const label = [`#${choice.position}`, ...choice.effects.map((e) => describeEffect(e, labels))].join(' ');
			g.setEdge(
				id,
				choice.target,
				{ label, width: labelWidth(label), height: 16, labelpos: 'c' },
				`${id}#${choice.position}`
			);
		}
	}
	dagre.layout(g);
	const nodes = rp.stepOrder.map((id): GraphNode => {
		const n = g.node(id);
		return {
			id,
			title: n.label ?? id,
			x: n.x,
			y: n.y,
			width: n.width,
			height: n.height,
			end: rp.steps[id].end,
			start: id === rp.start
		};
	});
	const edges = g.edges().map((e): GraphEdge => {
		const edge = g.edge(e);
		const position = Number(e.name!.split('#').pop());
		const choice = rp.steps[e.v].choices.find((c) => c.position === position)!;
		return {
			from: e.v,
			to: e.w,
			position,
			label: edge.label as string,
			total: choice.effects.reduce((sum, x) => sum + (x.kind === 'skill' && x.op === 'add' ? x.value : 0), 0),
			points: edge.points,
			labelX: edge.x ?? edge.points[1]?.x ?? 0,
			labelY: edge.y ?? edge.points[1]?.y ?? 0
		};
	});
	const graph = g.graph();
	return { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes, edges };
}
