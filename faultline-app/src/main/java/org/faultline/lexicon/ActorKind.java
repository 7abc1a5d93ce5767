package org.faultline.lexicon;

/** What kind of dictionary line a name comes from. {@link #ADJECTIVE} covers demonyms ("Azerbaijani", "Azeris"). */
public enum ActorKind { COUNTRY, ADJECTIVE, CAPITAL, ORGANIZATION, GROUP, PERSON, AGENT }
