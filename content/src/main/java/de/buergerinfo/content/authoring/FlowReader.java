package de.buergerinfo.content.authoring;

import de.buergerinfo.content.catalog.FlowAnswer;
import de.buergerinfo.content.catalog.FlowQuestion;
import de.buergerinfo.content.catalog.FlowStep;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.LocalizedText;

/** Reads one file of {@code flows/}. */
final class FlowReader {

  private FlowReader() {}

  static GuidedFlow read(SourceNode node) throws SourceException {
    Fields fields = Fields.of(node, "");
    String id = fields.text("id");
    LocalizedText title = fields.requiredLocalized("title");
    LocalizedText intro = fields.localized("intro");
    String start = fields.text("start");
    var questions = fields.objects("questions", FlowReader::question);
    var situations = fields.texts("life-situations");
    fields.noOtherKeys();
    return fields.build(() -> new GuidedFlow(id, title, intro, start, questions, situations));
  }

  private static FlowQuestion question(SourceNode node, String path) throws SourceException {
    Fields fields = Fields.of(node, path);
    String id = fields.text("id");
    LocalizedText text = fields.requiredLocalized("text");
    LocalizedText help = fields.localized("help");
    var answers = fields.objects("answers", FlowReader::answer);
    fields.noOtherKeys();
    return fields.build(() -> new FlowQuestion(id, text, help, answers));
  }

  /** An answer leads either to {@code next: <question id>} or to a {@code result:}. */
  private static FlowAnswer answer(SourceNode node, String path) throws SourceException {
    Fields fields = Fields.of(node, path);
    String id = fields.text("id");
    LocalizedText label = fields.requiredLocalized("label");
    var next = fields.optionalText("next");
    var result = fields.object("result", FlowReader::result);
    fields.noOtherKeys();
    if (next.isPresent() == result.isPresent()) {
      throw fields.error("next", "give either 'next: <question id>' or a 'result:', exactly one");
    }
    FlowStep step =
        next.isPresent() ? fields.build(() -> new FlowStep.Ask(next.get())) : result.get();
    return fields.build(() -> new FlowAnswer(id, label, step));
  }

  private static FlowStep.Finish result(SourceNode node, String path) throws SourceException {
    Fields fields = Fields.of(node, path);
    var services = fields.texts("services");
    var items = fields.objects("items", ChecklistItemReader::read);
    fields.noOtherKeys();
    return fields.build(() -> new FlowStep.Finish(services, items));
  }
}
