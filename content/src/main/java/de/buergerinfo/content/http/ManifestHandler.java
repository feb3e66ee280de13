package de.buergerinfo.content.http;

import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestDelta;
import de.buergerinfo.content.bundle.Sha256;
import de.buergerinfo.content.bundle.SignedManifest;
import de.buergerinfo.content.bundle.SigningKey;
import de.buergerinfo.content.store.PublishedContent;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves {@code GET /api/content/v1/manifest}: the newest bundle's signed manifest (the exact bytes
 * that were signed) with an ETag, and 304 Not Modified when the terminal already has it, so polling
 * costs almost nothing.
 */
public final class ManifestHandler extends Handler.Abstract {

  /** Where the central server mounts this handler. */
  public static final String PATH = "/api/content/v1/manifest";

  private static final String JSON = "application/json; charset=utf-8";

  /** Deltas are offered from at most this many versions back; older terminals get everything. */
  static final int MAX_DELTA_SPAN = 64;

  private final PublishedContent content;
  private final List<SigningKey> keys;

  /** The signed manifest of one version, with its tag; replaced when a newer version appears. */
  private record Current(long version, byte[] body, String etag) {}

  private volatile Current current;

  /** Signed deltas to the current version, by base version; emptied when a version appears. */
  private final Map<DeltaKey, Current> deltas = new ConcurrentHashMap<>();

  private record DeltaKey(long base, long target) {}

  /**
   * {@code keys} sign the deltas a terminal asks for with {@code ?since=VERSION} (the same keys
   * that sign bundles).
   */
  public ManifestHandler(PublishedContent content, List<SigningKey> keys) {
    this.content = content;
    this.keys = List.copyOf(keys);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!ReadOnlyMethods.allowed(request, response, callback)) {
      return true;
    }
    boolean head = HttpMethod.HEAD.is(request.getMethod());
    Optional<Current> manifest = current().map(whole -> deltaIfAsked(request, whole));
    if (manifest.isEmpty()) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "60");
      Response.writeError(
          request, response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, "nothing signed yet");
      return true;
    }
    var headers = response.getHeaders();
    headers.put(HttpHeader.ETAG, manifest.get().etag());
    // Terminals must ask every time; the ETag makes asking cheap.
    headers.put(HttpHeader.CACHE_CONTROL, "no-cache");
    if (EntityTags.matches(
        request.getHeaders().get(HttpHeader.IF_NONE_MATCH), manifest.get().etag())) {
      response.setStatus(HttpStatus.NOT_MODIFIED_304);
      callback.succeeded();
      return true;
    }
    byte[] body = manifest.get().body();
    response.setStatus(HttpStatus.OK_200);
    headers.put(HttpHeader.CONTENT_TYPE, JSON);
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
    return true;
  }

  /**
   * For {@code ?since=N} from a terminal on version N: a signed delta to the current version, so a
   * small change costs a small download; the whole manifest when N is unknown or too old.
   */
  private Current deltaIfAsked(Request request, Current whole) {
    String since = Request.extractQueryParameters(request).getValue("since");
    if (since == null || !since.matches("[0-9]{1,18}") || keys.isEmpty()) {
      return whole;
    }
    long base = Long.parseLong(since);
    if (base <= 0 || base >= whole.version() || whole.version() - base > MAX_DELTA_SPAN) {
      return whole;
    }
    return deltas.computeIfAbsent(
        new DeltaKey(base, whole.version()),
        key ->
            content
                .manifest(key.base())
                .map(
                    from -> {
                      Manifest to = content.manifest(whole.version()).orElseThrow();
                      byte[] body =
                          SignedManifest.signDelta(ManifestDelta.between(from, to), keys).toJson();
                      String tag =
                          "\"v"
                              + whole.version()
                              + "-d"
                              + key.base()
                              + "-"
                              + Sha256.hex(body).substring(0, 16)
                              + "\"";
                      return new Current(whole.version(), body, tag);
                    })
                .orElse(whole));
  }

  /**
   * The newest signed manifest. One small query per request tells whether a new version was
   * published; the bytes and their hash are read and computed once per version.
   */
  private Optional<Current> current() {
    long version = content.newestVersion();
    Current known = current;
    if (known != null && known.version() == version) {
      return Optional.of(known);
    }
    Optional<PublishedContent.StoredManifest> stored = content.currentSignedManifest();
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    byte[] body = stored.get().signed();
    String tag = "\"v" + stored.get().version() + "-" + Sha256.hex(body).substring(0, 16) + "\"";
    Current fresh = new Current(stored.get().version(), body, tag);
    deltas.clear();
    current = fresh;
    return Optional.of(fresh);
  }
}
