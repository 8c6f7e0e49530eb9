/**
 * Scenario files in YAML: reading them into the model's {@code ManufacturingSpec}, and experiment
 * files over scenario files into an {@code Experiment}, reporting every problem in a file with its
 * line, column and field. The rule: user input never reaches a model constructor unvalidated, and no
 * problem is reported as an exception stack trace — each becomes one
 * {@link org.dmsim.scenarios.yaml.Problem} line.
 */
package org.dmsim.scenarios.yaml;
