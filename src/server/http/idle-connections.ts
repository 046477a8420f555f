import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Counts requests per socket so that shutdown can drop connections with nothing in flight.
 * Node 20's closeIdleConnections() skips a socket that connected but never sent a request
 * (clients such as undici open spares), and one of those would hold the process open
 * until the shutdown grace runs out.
 */
export function trackIdleConnections(server: Server): { destroyIdle(): void } {
  const inFlight = new Map<Socket, number>();
  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once('close', () => inFlight.delete(socket));
  });
  server.on('request', (request, response) => {
    const { socket } = request;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    response.once('close', () => inFlight.set(socket, Math.max(0, (inFlight.get(socket) ?? 1) - 1)));
  });
  return {
    destroyIdle() {
      for (const [socket, requests] of inFlight) if (requests === 0) socket.destroy();
    },
  };
}
