/** Finds mentions in annotated text: dates, citations, quotes, actors and places. */
package org.faultline.extract;
