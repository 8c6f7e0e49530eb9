package org.dmsim.sim.wire;

/**
 * Marks an engine message that may cross actors on other cluster members; bound to
 * {@code jackson-cbor} in the engine's configuration. Messages between a node and its child actors,
 * which always live in one JVM, use {@code akka.actor.NoSerializationVerificationNeeded} instead.
 */
public interface CborSerializable {}
