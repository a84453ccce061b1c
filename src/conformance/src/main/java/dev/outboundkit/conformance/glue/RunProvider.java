package dev.outboundkit.conformance.glue;

import org.picocontainer.injectors.Provider;

import io.cucumber.picocontainer.CucumberPicoProvider;

/** Hands the run going on to the {@link World} picocontainer makes for each scenario. */
@CucumberPicoProvider
public final class RunProvider implements Provider {

  public ConformanceRun provide() {
    return ConformanceRun.active();
  }
}
