/** Dictionaries as data files (actors, agents, verbs, places, CAMEO table) and the loaders that read them. */
package org.faultline.lexicon;
