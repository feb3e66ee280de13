package de.buergerinfo.content.authoring;

import de.buergerinfo.content.catalog.ChecklistItem;
import de.buergerinfo.content.catalog.FlowAnswer;
import de.buergerinfo.content.catalog.FlowQuestion;
import de.buergerinfo.content.catalog.FlowStep;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.LocalizedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one file of {@code flows/}. */
final class FlowReader {

  private FlowReader() {}

  static GuidedFlow read(SourceNode node) throws SourceException {
    Fields fields = Fields.of(node, "");
    String id = fields.text("id");
    LocalizedText title = fields.requiredLocalized("title");
    LocalizedText intro = fields.localized("intro");
    String start = fields.text("start");
    Map<String, ChecklistItem> items = definedItems(fields);
    var questions = fields.objects("questions", (n, p) -> question(n, p, items));
    var situations = fields.texts("life-situations");
    String note = fields.optionalText("note").orElse("");
    fields.noOtherKeys();
    return fields.build(() -> new GuidedFlow(id, title, intro, start, questions, situations, note));
  }

  /**
   * The flow's own checklist items, written once under {@code items:} so that results can name them
   * by id instead of repeating nine languages in every result.
   */
  private static Map<String, ChecklistItem> definedItems(Fields fields) throws SourceException {
    List<ChecklistItem> list = fields.objects("items", ChecklistItemReader::read);
    Map<String, ChecklistItem> byId = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      if (byId.putIfAbsent(list.get(i).id(), list.get(i)) != null) {
        throw fields.error("items", "item '" + list.get(i).id() + "' is defined twice");
      }
    }
    return byId;
  }

  private static FlowQuestion question(
      SourceNode node, String path, Map<String, ChecklistItem> items) throws SourceException {
    Fields fields = Fields.of(node, path);
    String id = fields.text("id");
    LocalizedText text = fields.requiredLocalized("text");
    LocalizedText help = fields.localized("help");
    var answers = fields.objects("answers", (n, p) -> answer(n, p, items));
    fields.noOtherKeys();
    return fields.build(() -> new FlowQuestion(id, text, help, answers));
  }

  /** An answer leads either to {@code next: <question id>} or to a {@code result:}. */
  private static FlowAnswer answer(SourceNode node, String path, Map<String, ChecklistItem> items)
      throws SourceException {
    Fields fields = Fields.of(node, path);
    String id = fields.text("id");
    LocalizedText label = fields.requiredLocalized("label");
    var next = fields.optionalText("next");
    var result = fields.object("result", (n, p) -> result(n, p, items));
    fields.noOtherKeys();
    if (next.isPresent() == result.isPresent()) {
      throw fields.error("next", "give either 'next: <question id>' or a 'result:', exactly one");
    }
    FlowStep step =
        next.isPresent() ? fields.build(() -> new FlowStep.Ask(next.get())) : result.get();
    return fields.build(() -> new FlowAnswer(id, label, step));
  }

  private static FlowStep.Finish result(
      SourceNode node, String path, Map<String, ChecklistItem> defined) throws SourceException {
    Fields fields = Fields.of(node, path);
    var services = fields.texts("services");
    var items = fields.objects("items", (n, p) -> resultItem(n, p, defined));
    fields.noOtherKeys();
    return fields.build(() -> new FlowStep.Finish(services, items));
  }

  /** An item of a result: the id of one of the flow's items, or an item written out in full. */
  private static ChecklistItem resultItem(
      SourceNode node, String path, Map<String, ChecklistItem> defined) throws SourceException {
    if (node instanceof SourceNode.Scalar scalar) {
      ChecklistItem item = defined.get(scalar.text().strip());
      if (item == null) {
        throw new SourceException(
            node.line(),
            path,
            "'" + scalar.text().strip() + "' is not one of this flow's items (under 'items:')");
      }
      return item;
    }
    return ChecklistItemReader.read(node, path);
  }
}
