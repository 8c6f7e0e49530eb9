package org.dmsim.model.mfg.spec;

/**
 * {@code count} machines of one type at a node.
 *
 * @param type  the machine type's id
 * @param count at least 1
 */
public record MachineGroup(String type, int count) {
  public MachineGroup {
    Names.requireId("machine type", type);
    if (count < 1) {
      throw new IllegalArgumentException("machine group " + type + ": count must be at least 1, was " + count);
    }
  }
}
