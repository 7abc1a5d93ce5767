/** Writes documents and events out: Document JSON, text digest and the field's exchange formats. */
package org.faultline.export;
