/** The faultline pipeline as an Apache Flink streaming job: Kafka or a watched folder in, the store and Kafka out. */
package org.faultline.flink;
