/** Reads files, stdin, JSONL, HTML and feeds into Articles, reporting bad input as data. */
package org.faultline.ingest;
