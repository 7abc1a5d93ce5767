/** Keeps documents, reports and reviews in an SQL database and computes the merged-event view. */
package org.faultline.store;
