// A minimal HTTP server on 127.0.0.1 for the loopback benchmark, run in a worker thread so its
// work does not share the client's event loop. Answers every request with workerData.body.
import { createServer } from "node:http";
import { parentPort, workerData } from "node:worker_threads";

const body = Buffer.from(workerData.body);
const server = createServer((request, response) => {
  request.resume();
  response.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Content-Length": body.length });
  response.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
parentPort.on("message", (message) => {
  if (message === "close") server.close(() => process.exit(0));
});
