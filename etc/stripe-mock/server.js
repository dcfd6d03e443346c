// Starts stripe-stateful-mock (a stateful Stripe API emulator: customers, charges, refunds, Connect accounts through
// Stripe-Account, products, prices, subscriptions, idempotency keys, error tokens) on 127.0.0.1 only; its own CLI
// listens on every interface. Usage: node server.js <port>. Started and stopped by etc/scripts/stripe-mock.sh.
"use strict";
const log = require("loglevel");
const { createExpressApp } = require("stripe-stateful-mock");

log.setDefaultLevel(process.env.LOG_LEVEL || "warn");
const port = Number(process.argv[2] || 56420);
createExpressApp().listen(port, "127.0.0.1", () => console.log(`stripe-stateful-mock listening on http://127.0.0.1:${port}`));
