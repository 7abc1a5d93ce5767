/** The only stage that sees CoreNLP: tokens, lemmas, POS, coarse NER and dependency parses as faultline records. */
package org.faultline.nlp;
