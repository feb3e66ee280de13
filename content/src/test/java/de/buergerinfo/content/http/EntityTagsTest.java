package de.buergerinfo.content.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

  private static final String TAG = "\"v3-0123456789abcdef\"";

  @Test
  void matchesTheSameTagWeakOrStrongInAListOrStar() {
    assertThat(EntityTags.matches(TAG, TAG)).isTrue();
    assertThat(EntityTags.matches("W/" + TAG, TAG)).isTrue();
    assertThat(EntityTags.matches("\"other\", " + TAG, TAG)).isTrue();
    assertThat(EntityTags.matches(" \"other\" ,  W/" + TAG + " ", TAG)).isTrue();
    assertThat(EntityTags.matches("*", TAG)).isTrue();
  }

  @Test
  void doesNotMatchOtherTagsOrNothing() {
    assertThat(EntityTags.matches(null, TAG)).isFalse();
    assertThat(EntityTags.matches("", TAG)).isFalse();
    assertThat(EntityTags.matches("  ", TAG)).isFalse();
    assertThat(EntityTags.matches("\"v2-0123456789abcdef\"", TAG)).isFalse();
    assertThat(EntityTags.matches("v3-0123456789abcdef", TAG)).as("unquoted").isFalse();
  }
}
