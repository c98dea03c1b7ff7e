/**
 * The end-to-end tests' mail server, started by Playwright as a web server
 * beside the portal: SMTP on E2E_SMTP_PORT, which the portal sends to
 * (SMTP_URL), and the messages it accepted as JSON on E2E_SMTP_HTTP_PORT, for
 * the tests, which run in other processes, to read.
 */
import { createServer } from "node:http";
import { startTestSmtpServer } from "../../support/smtp";

const smtp = await startTestSmtpServer({ port: Number(process.env.E2E_SMTP_PORT) });

createServer((request, response) => {
  if (request.url === "/messages") {
    response.writeHead(200, { "Content-Type": "application/json" });
    response.end(JSON.stringify(smtp.received));
    return;
  }
  response.writeHead(request.url === "/healthz" ? 200 : 404, { "Content-Type": "text/plain" });
  response.end(request.url === "/healthz" ? "ok" : "not found");
}).listen(Number(process.env.E2E_SMTP_HTTP_PORT), "127.0.0.1");
