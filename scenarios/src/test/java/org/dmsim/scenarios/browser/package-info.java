/**
 * The HTML report checked in a real browser: Debian's chromium driven headless through Debian's
 * chromedriver by Selenium, with the requirement that decides whether the browser test runs, skips or
 * fails, and the pixel census that tells a drawn chart from a blank one. The rule: nothing here may
 * fetch anything or leave a browser process behind.
 */
package org.dmsim.scenarios.browser;
