package org.faultline.store;

/** A resolved place, how many documents name it and how many merged events happen there. */
public record PlaceCount(String name, String country, String admin1, double lat, double lon, int documents, int events) {
}
