package de.buergerinfo.provisioning.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buergerinfo.devices.scanner.decode.CodeDecoder;
import de.buergerinfo.devices.scanner.decode.Decoded;
import de.buergerinfo.devices.scanner.decode.ImageFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bis device decode}: which code the terminal's camera would read in a picture. */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Decode QR codes and Data Matrix codes in image files as the terminal's camera does,",
      "to find out why a code does not scan. Prints one line per image; the text is shown",
      "as the terminal would use it (control characters removed).",
      "Exit code 0 when every file could be read (found or not), 1 when one could not."
    })
public final class DeviceDecodeCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(
      names = "--json",
      description =
          "One JSON object per line: {\"file\":..,\"text\":..,\"format\":..},"
              + " text null when no code was found, and \"error\" when the file could not be read.")
  boolean json;

  @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "Image files (PNG, JPEG, GIF).")
  List<Path> images;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CodeDecoder decoder = new CodeDecoder();
    boolean allRead = true;
    for (Path image : images) {
      Optional<Decoded> decoded;
      try {
        decoded = decoder.decode(ImageFiles.read(image));
      } catch (ImageFiles.UnreadableImageException e) {
        allRead = false;
        if (json) {
          out.println(line(image, Optional.empty()).put("error", e.getMessage()));
        } else {
          err.println(spec.qualifiedName() + ": " + image + ": " + e.getMessage());
        }
        continue;
      }
      if (json) {
        out.println(line(image, decoded));
      } else {
        out.println(image + ": " + decoded.map(Decoded::text).orElse("no code found"));
      }
      out.flush();
    }
    out.flush();
    err.flush();
    return allRead ? 0 : CommandLines.FAILED;
  }

  private static ObjectNode line(Path image, Optional<Decoded> decoded) {
    ObjectNode line = JSON.createObjectNode();
    line.put("file", image.toString());
    if (decoded.isPresent()) {
      line.put("text", decoded.get().text());
      line.put("format", decoded.get().format().name());
    } else {
      line.putNull("text");
      line.putNull("format");
    }
    return line;
  }
}
