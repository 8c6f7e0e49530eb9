/**
 * A generic work pool over akka-cluster-typed: a {@link org.dmsim.sim.cluster.WorkPool} on the
 * submitting member hands opaque jobs (an index and JSON text) to {@link org.dmsim.sim.cluster.Worker}s
 * that pull them, and delivers their results, streamed back in chunks, in index order; a job held by a
 * worker that dies goes to another. The rule: everything that crosses members is a
 * {@link org.dmsim.sim.cluster.ClusterSerializable} record bound to Jackson CBOR — never Java
 * serialization — and no message exceeds the chunk limit, which stays below Artery's frame size.
 */
package org.dmsim.sim.cluster;
