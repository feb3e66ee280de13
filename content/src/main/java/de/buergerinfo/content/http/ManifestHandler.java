package de.buergerinfo.content.http;

import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestJson;
import de.buergerinfo.content.store.PublishedContent;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves {@code GET /api/content/v1/manifest}: the current bundle's manifest with an ETag, and 304
 * Not Modified when the terminal already has it, so polling costs almost nothing.
 */
public final class ManifestHandler extends Handler.Abstract {

  /** Where the central server mounts this handler. */
  public static final String PATH = "/api/content/v1/manifest";

  private static final String JSON = "application/json; charset=utf-8";

  private final PublishedContent content;

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
    Manifest manifest = content.currentManifest();
    byte[] body = ManifestJson.write(manifest);
    String etag = entityTag(manifest.version(), body);
    var headers = response.getHeaders();
    headers.put(HttpHeader.ETAG, etag);
    // Terminals must ask every time; the ETag makes asking cheap.
    headers.put(HttpHeader.CACHE_CONTROL, "no-cache");
    if (EntityTags.matches(request.getHeaders().get(HttpHeader.IF_NONE_MATCH), etag)) {
      response.setStatus(HttpStatus.NOT_MODIFIED_304);
      callback.succeeded();
      return true;
    }
    response.setStatus(HttpStatus.OK_200);
    headers.put(HttpHeader.CONTENT_TYPE, JSON);
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
    return true;
  }

  private static String entityTag(long version, byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"v" + version + "-" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
