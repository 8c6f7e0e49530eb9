/**
 * The checks of a whole {@link org.dmsim.model.mfg.spec.ManufacturingSpec} across its parts: ids,
 * demand, bills of materials, machines, stocking, policies, service and disruptions, one small checker
 * each. A problem is data — the field path it is about (the grammar of {@code --set} overrides), a
 * stable code and its arguments — so that a file reader can place it without parsing its message; the
 * rule: checks only read the spec, and report in a stable order (lists in order, never hash order).
 */
package org.dmsim.model.mfg.spec.check;
