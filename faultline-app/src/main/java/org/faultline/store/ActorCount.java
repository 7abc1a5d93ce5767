package org.faultline.store;

/** An actor code of the merged events, how it is most often named, and in how many merged events it takes part. */
public record ActorCount(String code, String name, String country, int events) {
}
