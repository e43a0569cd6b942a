/** Keyboard use of the canvas: arrows pan, + and − zoom, 0 shows the whole graph. */
import type { GraphHandle } from './GraphView.tsx';

/** How far one arrow key moves the view, as a share of its size. */
const PAN_STEP = 0.15;

export function canvasKeyAction(key: string, handle: GraphHandle): (() => void) | null {
  switch (key) {
    case '+':
    case '=':
      return handle.zoomIn;
    case '-':
      return handle.zoomOut;
    case '0':
      return handle.reset;
    case 'ArrowLeft':
      return () => handle.pan(-PAN_STEP, 0);
    case 'ArrowRight':
      return () => handle.pan(PAN_STEP, 0);
    case 'ArrowUp':
      return () => handle.pan(0, PAN_STEP);
    case 'ArrowDown':
      return () => handle.pan(0, -PAN_STEP);
    default:
      return null;
  }
}
