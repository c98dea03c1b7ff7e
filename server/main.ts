/**
 * `npm start`: a node:cluster primary that prepares the database and then
 * supervises the web workers (server/primary.ts), each serving the portal
 * (server/web.ts). A worker that dies is replaced; the primary does no request
 * work of its own, so nothing a request or the database does can take it down.
 */
import cluster from "node:cluster";

if (cluster.isPrimary) await import("./primary");
else await import("./web");
