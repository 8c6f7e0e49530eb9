/**
 * Scenario files in YAML: reading them, with the part files they name (a market), into the model's
 * {@code ManufacturingSpec}, and experiment files over scenario files into an {@code Experiment},
 * reporting every problem with its file, line, column and field. The rule: user input never reaches
 * a model constructor unvalidated, and no problem is reported as an exception stack trace — each
 * becomes one {@link org.dmsim.scenarios.yaml.Problem} line, in the file where the value is written.
 */
package org.dmsim.scenarios.yaml;
