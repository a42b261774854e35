// Prism mock servers for tests/test_contract_prism.py: one per OpenAPI document given, in one Node process.
//
//   node tests/prism_mock.js FILE...
//
// Each document gets its own Prism HTTP server on a free loopback port, built with the same Prism
// packages and the same settings as `prism mock FILE` (static examples, security checked, requests
// validated), except that answers are not validated against the document: the test only asks
// whether a request is valid, and validating every published example answer doubles the run time.
// Loading Prism once for both documents halves the start-up time of two `prism mock` processes.
//
// Prints one JSON line, {"ports": [...]} in the order of the documents, once all servers listen;
// on a failure prints the error to stderr and exits 1. Exits when its standard input closes, so
// the servers never outlive the test session that started them.
"use strict";

const { getHttpOperationsFromSpec } = require("@stoplight/prism-http");
const { createServer } = require("@stoplight/prism-http-server");
const { createLogger } = require("@stoplight/prism-core");

async function serve(document) {
  const operations = await getHttpOperationsFromSpec(document);
  const server = createServer(operations, {
    cors: false,
    components: { logger: createLogger("PRISM", { level: "silent" }) },
    config: {
      isProxy: false,
      validateRequest: true,
      validateResponse: false,
      checkSecurity: true,
      errors: false,
      upstreamProxy: undefined,
      mock: { dynamic: false, ignoreExamples: false },
    },
  });
  const address = await server.listen(0, "127.0.0.1");
  return Number(new URL(address).port);
}

async function main(documents) {
  if (documents.length === 0) throw new Error("usage: node tests/prism_mock.js FILE...");
  const ports = [];
  for (const document of documents) ports.push(await serve(document));
  process.stdout.write(JSON.stringify({ ports }) + "\n");
}

process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
