package org.dmsim.scenarios.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * The JUnit 5 extension of a test class that needs the browser ({@code @ExtendWith(RequiresChromium.class)}):
 * disables the class, with {@link BrowserRequirement#message()} as the reason, when chromium or
 * chromedriver is missing and {@code CI} is not set; fails it before anything runs when they are
 * missing and {@code CI} is set.
 */
public final class RequiresChromium implements ExecutionCondition, BeforeAllCallback {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    BrowserRequirement browser = BrowserRequirement.ofThisMachine();
    return browser.outcome() == BrowserRequirement.Outcome.SKIP
        ? ConditionEvaluationResult.disabled(browser.message())
        : ConditionEvaluationResult.enabled("chromium and chromedriver found, or CI set");
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    BrowserRequirement browser = BrowserRequirement.ofThisMachine();
    if (browser.outcome() == BrowserRequirement.Outcome.FAIL) {
      throw new AssertionFailedError(browser.message());
    }
  }
}
