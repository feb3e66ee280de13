package de.buergerinfo.content.http;

import de.buergerinfo.content.bundle.Sha256;
import de.buergerinfo.content.store.PublishedContent;
import java.nio.ByteBuffer;
import java.util.Optional;
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

  private final PublishedContent content;

  /** The signed manifest of one version, with its tag; replaced when a newer version appears. */
  private record Current(long version, byte[] body, String etag) {}

  private volatile Current current;

  public ManifestHandler(PublishedContent content) {
    this.content = content;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String method = request.getMethod();
    boolean head = HttpMethod.HEAD.is(method);
    if (!head && !HttpMethod.GET.is(method)) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
      return true;
    }
    Optional<Current> manifest = current();
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
    current = fresh;
    return Optional.of(fresh);
  }
}
