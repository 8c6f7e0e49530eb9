/**
 * Geography of a network: located nodes ({@link org.dmsim.model.geo.GeoPoint}), great-circle
 * distance, transport modes with their planning defaults, and the lanes between nodes, generated
 * from the mode defaults or given explicitly. The rule: results depend only on the inputs, never on
 * the JVM or on hash order (trigonometry through {@code FastMath}, lanes kept in sorted maps).
 */
package org.dmsim.model.geo;
