/**
 * From this many relations on, the canvas uses sigma's settings for large graphs: edges as
 * one-pixel lines without arrowheads (a fraction of the vertices and pixels to fill), no edge
 * hover or click (edges then stay out of the picking pass), and edges and labels hidden while
 * the camera moves. Relations stay reachable from the panels.
 */
export const LARGE_GRAPH_RELATIONS = 5000;
