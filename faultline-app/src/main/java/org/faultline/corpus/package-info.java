/**
 * Generates realistic test corpora with a known answer: invented news reports of invented incidents in real
 * places, several reports per incident from different outlets and sources, some with denials, in several
 * countries, plus the answer key of incidents and the report-level extraction each article should give.
 */
package org.faultline.corpus;
