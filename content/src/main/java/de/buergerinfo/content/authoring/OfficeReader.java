package de.buergerinfo.content.authoring;

import de.buergerinfo.content.catalog.Address;
import de.buergerinfo.content.catalog.Contact;
import de.buergerinfo.content.catalog.GeoPoint;
import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.catalog.Office;
import de.buergerinfo.content.catalog.OpeningException;
import de.buergerinfo.content.catalog.OpeningHours;
import de.buergerinfo.content.catalog.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads one file of {@code offices/}. */
final class OfficeReader {

  private OfficeReader() {}

  static Office read(SourceNode node) throws SourceException {
    Fields fields = Fields.of(node, "");
    String id = fields.text("id");
    LocalizedText name = fields.requiredLocalized("name");
    Address address =
        fields
            .object("address", OfficeReader::address)
            .orElseThrow(() -> fields.error("address", "is missing"));
    var geo = fields.object("geo", OfficeReader::geo);
    Contact contact = fields.object("contact", OfficeReader::contact).orElse(Contact.none());
    Map<DayOfWeek, List<TimeRange>> weekly = weekly(fields);
    var exceptions = fields.objects("exceptions", OfficeReader::exception);
    LocalizedText accessibility = fields.localized("accessibility");
    var booking = fields.objects("booking", ServiceReader::booking);
    String note = fields.optionalText("note").orElse("");
    fields.noOtherKeys();
    OpeningHours hours = fields.build(() -> new OpeningHours(weekly, exceptions));
    return fields.build(
        () -> new Office(id, name, address, geo, contact, hours, accessibility, booking, note));
  }

  private static Address address(SourceNode node, String path) throws SourceException {
    Fields fields = Fields.of(node, path);
    String street = fields.text("street");
    String number = fields.optionalText("number").orElse("");
    String postalCode = fields.text("postal-code");
    String city = fields.text("city");
    LocalizedText hint = fields.localized("hint");
    fields.noOtherKeys();
    return fields.build(() -> new Address(street, number, postalCode, city, hint));
  }

  private static GeoPoint geo(SourceNode node, String path) throws SourceException {
    Fields fields = Fields.of(node, path);
    double lat = fields.convert("lat", fields.text("lat"), Double::parseDouble);
    double lon = fields.convert("lon", fields.text("lon"), Double::parseDouble);
    fields.noOtherKeys();
    return fields.build(() -> new GeoPoint(lat, lon));
  }

  private static Contact contact(SourceNode node, String path) throws SourceException {
    Fields fields = Fields.of(node, path);
    var phone = fields.optionalText("phone");
    var email = fields.optionalText("email");
    var web = fields.url("web");
    fields.noOtherKeys();
    return fields.build(() -> new Contact(phone, email, web));
  }

  /** {@code hours: {monday: [08:00-12:00, 13:00-16:00], ...}}. */
  private static Map<DayOfWeek, List<TimeRange>> weekly(Fields fields) throws SourceException {
    Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    var hours = fields.nested("hours");
    if (hours.isEmpty()) {
      return weekly;
    }
    for (String day : hours.get().keys()) {
      DayOfWeek weekday;
      try {
        weekday = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw hours.get().error(day, "is not a weekday (monday to sunday)");
      }
      weekly.put(weekday, ranges(hours.get(), day));
    }
    return weekly;
  }

  private static List<TimeRange> ranges(Fields fields, String key) throws SourceException {
    List<TimeRange> ranges = new ArrayList<>();
    for (String range : fields.texts(key)) {
      ranges.add(fields.convert(key, range, TimeRange::parse));
    }
    return ranges;
  }

  private static OpeningException exception(SourceNode node, String path) throws SourceException {
    Fields fields = Fields.of(node, path);
    LocalDate from = fields.convert("from", fields.text("from"), LocalDate::parse);
    LocalDate to =
        fields.convert("to", fields.optionalText("to").orElse(from.toString()), LocalDate::parse);
    List<TimeRange> hours = ranges(fields, "hours");
    LocalizedText reason = fields.localized("reason");
    fields.noOtherKeys();
    return fields.build(() -> new OpeningException(from, to, hours, reason));
  }
}
