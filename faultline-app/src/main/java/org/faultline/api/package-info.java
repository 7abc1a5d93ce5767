/**
 * The web app: a Javalin server with a REST API under {@code /api/} over the store, the OpenAPI spec at
 * {@code /openapi.json}, and the static UI (map, timeline, actor network, claims board, document view, review).
 * Write endpoints need a bearer token (reads too with --read-token); only salted hashes of tokens are stored. Requests
 * naming another host are refused, and bodies and queued articles are bounded.
 */
package org.faultline.api;
