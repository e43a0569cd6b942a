/** After every test, one turn of the worker's event loop, so no file starves vitest's RPC (see ../event-loop.ts). */
import { afterEach } from 'vitest';
import { turnEventLoop } from '../event-loop.ts';

afterEach(turnEventLoop);
