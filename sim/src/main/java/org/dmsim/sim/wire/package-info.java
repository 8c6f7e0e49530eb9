/**
 * How engine messages cross actor and JVM boundaries: the {@link org.dmsim.sim.wire.CborSerializable}
 * marker bound to Akka's Jackson CBOR serializer, and a Jackson module that names every model message
 * type from {@link org.dmsim.model.entity.MessageCatalog}. The rule: no class names on the wire and no
 * Java serialization.
 */
package org.dmsim.sim.wire;
