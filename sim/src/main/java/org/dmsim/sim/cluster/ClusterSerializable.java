package org.dmsim.sim.cluster;

/**
 * Marks a work-pool message that may cross cluster members; bound to {@code jackson-cbor} by
 * {@link ClusterConfig}. Messages an actor sends only to itself are not marked and never leave the JVM.
 */
public interface ClusterSerializable {}
