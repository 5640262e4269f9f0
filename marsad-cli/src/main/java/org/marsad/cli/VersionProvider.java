package org.marsad.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (falls back to "dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = MarsadCommand.class.getPackage().getImplementationVersion();
    return new String[] {"marsad " + (version == null ? "dev" : version),
        "Java " + System.getProperty("java.version")};
  }
}
