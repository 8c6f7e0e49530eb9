/**
 * Scenario files in YAML: reading them into the model's {@code NetworkSpec} (format 1) or
 * {@code ManufacturingSpec} (format 2), and experiment files over format-2 scenarios into an
 * {@code Experiment}, reporting every problem in a file with its line, column and field. The rule:
 * user input never reaches a model constructor unvalidated, and no problem is reported as an
 * exception stack trace — each becomes one {@link org.dmsim.scenarios.yaml.Problem} line.
 */
package org.dmsim.scenarios.yaml;
