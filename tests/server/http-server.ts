/** The app listening on a real port (an ephemeral one), for tests that must speak real HTTP. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../server/yoga.ts';

export interface Listening {
  /** Base address, e.g. http://127.0.0.1:40123 (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/** Starts `app` on 127.0.0.1 at a port the system picks; `close()` stops it and its connections. */
export async function listen(app: App): Promise<Listening> {
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
