/** Immutable records that every stage passes on: articles, annotations, mentions, events, claims. */
package org.faultline.model;
