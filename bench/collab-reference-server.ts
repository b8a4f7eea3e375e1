/**
 * The y-websocket 1.5.4 reference server (memory only, no persistence), as its
 * own `bin/server.js` sets it up, on a free port. Prints `{"port": n}` once
 * listening. Run by bench/collab.bench.ts in a child process.
 */
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";

const require = createRequire(import.meta.url);
const utilsPath = require.resolve("y-websocket-reference/bin/utils");
const local = createRequire(utilsPath);
const { setupWSConnection } = local("./utils.js") as {
  setupWSConnection(conn: unknown, req: unknown): void;
};
type Handler = (...args: unknown[]) => void;
const WebSocket = local("ws") as {
  Server: new (
    options: object,
  ) => {
    handleUpgrade(request: unknown, socket: unknown, head: unknown, done: Handler): void;
    emit(event: string, ...args: unknown[]): void;
    on(event: string, listener: Handler): void;
  };
};

const wss = new WebSocket.Server({ noServer: true });
wss.on("connection", setupWSConnection as Handler);
const server = createServer((_req, res) => {
  res.writeHead(200, { "Content-Type": "text/plain" });
  res.end("okay");
});
server.on("upgrade", (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws: unknown) => wss.emit("connection", ws, request));
});
server.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});
process.on("SIGTERM", () => process.exit(0));
