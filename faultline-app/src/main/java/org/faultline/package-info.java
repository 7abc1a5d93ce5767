/** faultline's facade: wires the stages ingest, nlp, extract, coding into one pipeline. */
package org.faultline;
