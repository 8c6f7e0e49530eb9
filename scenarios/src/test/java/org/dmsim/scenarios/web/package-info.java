/** Tests of {@code dmsim live}'s server: its routes over HTTP on the loopback address. */
package org.dmsim.scenarios.web;
