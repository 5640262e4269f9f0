package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option shared by the commands that read {@code ../shared/data}. */
final class DataFolder {
  @Option(names = "--data", description = "The data folder (default: ${DEFAULT-VALUE}).")
  Path path = Path.of("../shared/data");

  /** Says so and returns true when the folder is not there. */
  boolean missing() {
    if (Files.isDirectory(path)) {
      return false;
    }
    System.err.println("marsad: data folder " + path + " not found (use --data)");
    return true;
  }

  Path resolve(String relative) {
    return path.resolve(relative);
  }
}
