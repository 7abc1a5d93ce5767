/**
 * The web app: a Javalin server with a REST API under {@code /api/} over the store, the OpenAPI spec at
 * {@code /openapi.json}, and the static UI (map, timeline, actor network, claims board, document view, review).
 * Write endpoints need a bearer token; only salted hashes of tokens are stored.
 */
package org.faultline.api;
