package de.buergerinfo.content.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void paragraphsListsAndBreaksBecomeCleanText() {
    String html =
        "<p>\u200BSie brauchen:</p><ul><li>Ausweis</li><li><strong>Foto</strong></li></ul>"
            + "<p>Zeile&nbsp;eins<br>Zeile zwei</p>";

    assertThat(HtmlText.toText(html))
        .isEqualTo("Sie brauchen:\n\n• Ausweis\n• Foto\n\nZeile eins\nZeile zwei");
  }

  @Test
  void linksAreCollectedAndTheirTextKept() {
    HtmlText.Result result =
        HtmlText.convert(
            "<p>Nutzen Sie das <a href=\"https://service.muenchen.de/form?key=2\">Kontaktformular</a>.</p>");

    assertThat(result.text()).isEqualTo("Nutzen Sie das Kontaktformular.");
    assertThat(result.links())
        .containsExactly(
            new HtmlText.Link(
                "Kontaktformular", URI.create("https://service.muenchen.de/form?key=2")));
  }

  @Test
  void scriptsStylesAndDangerousLinksLeaveNothingBehind() {
    HtmlText.Result result =
        HtmlText.convert(
            "<p>Hallo<script>alert('x')</script><style>p{}</style>"
                + "<a href=\"javascript:alert(1)\">klick</a><img src=x onerror=alert(1)>"
                + "<iframe src=https://evil.example></iframe></p>");

    assertThat(result.text()).isEqualTo("Halloklick");
    assertThat(result.links()).isEmpty();
  }

  @Test
  void entitiesAreDecodedAndMarkupInTextStaysText() {
    assertThat(HtmlText.toText("<p>A &amp; B &lt;b&gt;fett&lt;/b&gt; &#8364; &#x20AC;</p>"))
        .isEqualTo("A & B <b>fett</b> € €");
  }

  @Test
  void brokenMarkupAndEmptyInputDoNotFail() {
    assertThat(HtmlText.toText("<p>offen <ul><li>eins<li>zwei</p></div></span>"))
        .contains("• eins", "• zwei");
    assertThat(HtmlText.toText(null)).isEmpty();
    assertThat(HtmlText.toText("   ")).isEmpty();
    assertThat(HtmlText.toText("<p><br><br></p>")).isEmpty();
  }

  @Test
  void tablesKeepTheirCellsApart() {
    assertThat(HtmlText.toText("<table><tr><td>Erwachsene</td><td>37 Euro</td></tr></table>"))
        .isEqualTo("Erwachsene  37 Euro");
  }
}
