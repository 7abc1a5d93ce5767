/** Scores extracted documents against an analyst's own gold annotations with the measures of the project's reference scorer. */
package org.faultline.evaluate;
