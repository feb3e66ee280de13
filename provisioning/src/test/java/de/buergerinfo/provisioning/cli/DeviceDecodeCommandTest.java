package de.buergerinfo.provisioning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import de.buergerinfo.devices.scanner.ScannedText;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bis device decode} in-process, on pictures we draw, corpus pictures and hostile files. */
class DeviceDecodeCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private record Result(int exitCode, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = CommandLines.create(new BisCommand());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return new Result(commandLine.execute(args), out.toString(), err.toString());
  }

  private Path qr(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    BitMatrix matrix =
        new QRCodeWriter()
            .encode(
                text,
                BarcodeFormat.QR_CODE,
                300,
                300,
                Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
    BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 300; y++) {
      for (int x = 0; x < 300; x++) {
        image.getRaster().setSample(x, y, 0, matrix.get(x, y) ? 0 : 255);
      }
    }
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  private Path blank(String name) throws Exception {
    Path file = folder.resolve(name);
    BufferedImage white = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
    white.getGraphics().fillRect(0, 0, 200, 100);
    ImageIO.write(white, "png", file.toFile());
    return file;
  }

  /** A valid PNG header that claims {@code width x height} pixels, with no pixel data at all. */
  private Path pngClaiming(String name, int width, int height) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream png = new DataOutputStream(bytes);
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream ihdr = new DataOutputStream(header);
    ihdr.writeBytes("IHDR");
    ihdr.writeInt(width);
    ihdr.writeInt(height);
    ihdr.write(new byte[] {8, 0, 0, 0, 0});
    png.writeInt(13);
    png.write(header.toByteArray());
    CRC32 crc = new CRC32();
    crc.update(header.toByteArray());
    png.writeInt((int) crc.getValue());
    png.writeInt(0);
    png.writeBytes("IEND");
    crc.reset();
    crc.update("IEND".getBytes(StandardCharsets.US_ASCII));
    png.writeInt((int) crc.getValue());
    Path file = folder.resolve(name);
    Files.write(file, bytes.toByteArray());
    return file;
  }

  @Test
  void printsTheTextOfEachImageOrThatNoCodeWasFound() throws Exception {
    Path code = qr("termin.png", "TERMIN A-042");
    Path none = blank("empty.png");

    Result result = run("device", "decode", code.toString(), none.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines())
        .containsExactly(code + ": TERMIN A-042", none + ": no code found");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void jsonGivesOneObjectPerImageWithNullWhenNothingDecodes() throws Exception {
    String tricky = "\"quoted\" \\ backslash, Umlaut ü, Arabic مرحبا, \u0007bell";
    Path code = qr("tricky \"name\".png", tricky);
    Path none = blank("empty.png");

    Result result = run("device", "decode", "--json", code.toString(), none.toString());

    assertThat(result.exitCode()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines.get(0));
    JsonNode second = JSON.readTree(lines.get(1));
    assertThat(first.get("file").asText()).isEqualTo(code.toString());
    assertThat(first.get("text").asText()).isEqualTo(ScannedText.clean(tricky).orElseThrow());
    assertThat(first.get("format").asText()).isEqualTo("QR_CODE");
    assertThat(second.get("file").asText()).isEqualTo(none.toString());
    assertThat(second.get("text").isNull()).isTrue();
  }

  @Test
  void decodesACorpusPhotoAsTheTerminalWould() throws Exception {
    String shared = System.getProperty("bis.sharedData");
    assumeTrue(shared != null, "system property bis.sharedData is not set: no corpus photos");
    Path photo = Path.of(shared, "zxing-blackbox", "qrcode-2", "1.png");
    assumeTrue(Files.exists(photo), "no ZXing blackbox corpus at " + photo.getParent());
    String expected = Files.readString(photo.resolveSibling("1.txt"), StandardCharsets.UTF_8);

    Result result = run("device", "decode", "--json", photo.toString());

    assertThat(result.exitCode()).isZero();
    JsonNode line = JSON.readTree(result.out());
    assertThat(line.get("text").asText()).isEqualTo(ScannedText.clean(expected).orElseThrow());
  }

  @Test
  void unreadableFilesGetAReasonEachAndExitCodeOne() throws Exception {
    Path good = qr("good.png", "OK-1");
    Path random = folder.resolve("random.png");
    byte[] noise = new byte[4096];
    new Random(3).nextBytes(noise);
    Files.write(random, noise);
    Path bomb = pngClaiming("bomb.png", 100_000, 100_000);
    Path missing = folder.resolve("missing.png");
    Path directory = Files.createDirectory(folder.resolve("dir.png"));

    Result plain =
        run(
            "device",
            "decode",
            random.toString(),
            bomb.toString(),
            missing.toString(),
            directory.toString(),
            good.toString());

    assertThat(plain.exitCode()).isEqualTo(CommandLines.FAILED);
    assertThat(plain.out().lines()).containsExactly(good + ": OK-1");
    assertThat(plain.err().lines())
        .containsExactly(
            "bis device decode: "
                + random
                + ": not an image (PNG, JPEG, GIF, BMP or WBMP expected)",
            "bis device decode: "
                + bomb
                + ": image of 100000x100000 pixels is larger than 40 megapixels",
            "bis device decode: " + missing + ": no such file",
            "bis device decode: " + directory + ": not a readable file");
  }

  @Test
  void jsonReportsUnreadableFilesAsLinesWithAnError() throws Exception {
    Path bomb = pngClaiming("bomb.png", 8_000, 6_000);
    Path truncated = folder.resolve("truncated.png");
    byte[] whole = Files.readAllBytes(qr("whole.png", "whole"));
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));

    Result result = run("device", "decode", "--json", bomb.toString(), truncated.toString());

    assertThat(result.exitCode()).isEqualTo(CommandLines.FAILED);
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(JSON.readTree(lines.get(0)).get("error").asText()).contains("40 megapixels");
    assertThat(JSON.readTree(lines.get(0)).get("text").isNull()).isTrue();
    assertThat(JSON.readTree(lines.get(1)).get("error").asText()).startsWith("damaged");
  }

  @Test
  void wrongUsageExitsWithTwo() {
    Result noImage = run("device", "decode");
    Result badOption = run("device", "decode", "--bogus", "x.png");
    Result noCommand = run("device");

    assertThat(noImage.exitCode()).isEqualTo(CommandLines.USAGE);
    assertThat(noImage.err()).contains("IMAGE");
    assertThat(badOption.exitCode()).isEqualTo(CommandLines.USAGE);
    assertThat(badOption.err().lines()).hasSize(1);
    assertThat(noCommand.exitCode()).isEqualTo(CommandLines.USAGE);
    assertThat(noCommand.err()).contains("decode");
  }
}
