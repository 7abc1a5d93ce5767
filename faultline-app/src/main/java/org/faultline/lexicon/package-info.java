/** Dictionaries as data files (actors, agents, verbs, places, country codes, CAMEO table) and the loaders that read them. */
package org.faultline.lexicon;
