package de.buergerinfo.content.authoring;

import de.buergerinfo.content.catalog.AnswerCondition;
import de.buergerinfo.content.catalog.ChecklistItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a checklist item: {@code id}, {@code text}, optional {@code hint}, optional {@code when:}
 * mapping of flow question to answer (all must hold).
 */
final class ChecklistItemReader {

  private ChecklistItemReader() {}

  static ChecklistItem read(SourceNode node, String path) throws SourceException {
    Fields fields = Fields.of(node, path);
    String id = fields.text("id");
    var text = fields.requiredLocalized("text");
    var hint = fields.localized("hint");
    List<AnswerCondition> conditions = new ArrayList<>();
    for (Map.Entry<String, String> condition : fields.textMap("when").entrySet()) {
      conditions.add(
          fields.convert(
              "when", condition.getKey(), q -> new AnswerCondition(q, condition.getValue())));
    }
    fields.noOtherKeys();
    return fields.build(() -> new ChecklistItem(id, text, hint, conditions));
  }
}
