/**
 * Layout of the small citation graph drawn on an instrument page at build time (inline SVG, no client
 * JavaScript): the documents citing the instrument in a column on the left, the instrument on the right,
 * one edge per citing document labelled with its relation.
 */
export interface GraphNode { id: string; label: string; x: number; y: number; width: number; height: number }
export interface GraphEdge { from: GraphNode; to: GraphNode; label: string }
export interface GraphLayout { width: number; height: number; nodes: GraphNode[]; edges: GraphEdge[] }

const NODE_WIDTH = 230;
const NODE_HEIGHT = 34;
const ROW = 48;
const WIDTH = 600;
/** More than this many citing documents and the graph stops helping; the list below it stays complete. */
export const GRAPH_LIMIT = 12;

export function layoutGraph(
  center: { id: string; label: string },
  citing: Array<{ id: string; label: string; relation: string }>,
): GraphLayout {
  const shown = citing.slice(0, GRAPH_LIMIT);
  const height = Math.max(ROW, shown.length * ROW) + 16;
  const target: GraphNode = { ...center, x: WIDTH - NODE_WIDTH - 8, y: height / 2 - NODE_HEIGHT / 2, width: NODE_WIDTH, height: NODE_HEIGHT };
  const sources = shown.map((item, index): GraphNode => ({
    id: item.id,
    label: item.label,
    x: 8,
    y: 8 + index * ROW + (ROW - NODE_HEIGHT) / 2,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
  }));
  return {
    width: WIDTH,
    height,
    nodes: [...sources, target],
    edges: sources.map((node, index) => ({ from: node, to: target, label: shown[index]!.relation })),
  };
}

/** Shortens a label to fit a node box (the full text is in the node's <title> and in the lists). */
export function fitLabel(label: string, max = 30): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}
