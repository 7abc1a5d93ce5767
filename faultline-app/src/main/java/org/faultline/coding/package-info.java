/** Codes events, claims, status and relations from the mentions and the dependency parse. */
package org.faultline.coding;
