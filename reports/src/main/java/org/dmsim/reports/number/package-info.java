/**
 * How numbers are written in every output file: the shortest decimal that reads back to the same
 * double, independent of the JDK. The rule: no writer rounds a result for display; a file is data.
 */
package org.dmsim.reports.number;
