package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Document;

/**
 * An ordered list of {@link Stage}s run over a document. Adding a stage never touches the others:
 * {@code pipeline.with(new TimeStage(...))}.
 */
public final class Pipeline {
  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public Pipeline with(Stage stage) {
    List<Stage> more = new ArrayList<>(stages);
    more.add(stage);
    return new Pipeline(more);
  }

  public List<Stage> stages() {
    return stages;
  }

  public Document apply(Document document) {
    Document current = document;
    for (Stage stage : stages) {
      current = stage.apply(current);
    }
    return current;
  }
}
