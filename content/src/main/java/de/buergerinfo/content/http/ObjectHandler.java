package de.buergerinfo.content.http;

import de.buergerinfo.content.store.PublishedContent;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves {@code GET /api/content/v1/objects/{sha256}}: a content object by its hash. An object
 * never changes, so any HTTP cache or CDN may keep it forever; a single byte range resumes an
 * interrupted download.
 */
public final class ObjectHandler extends Handler.Abstract {

  /** Where the central server mounts this handler (a prefix). */
  public static final String PATH = "/api/content/v1/objects/";

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  private final PublishedContent content;

  public ObjectHandler(PublishedContent content) {
    this.content = content;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!ReadOnlyMethods.allowed(request, response, callback)) {
      return true;
    }
    boolean head = HttpMethod.HEAD.is(request.getMethod());
    String path = request.getHttpURI().getPath();
    String name = path.startsWith(PATH) ? path.substring(PATH.length()) : "";
    if (!SHA256.matcher(name).matches()) {
      Response.writeError(
          request,
          response,
          callback,
          HttpStatus.BAD_REQUEST_400,
          "an object is named by its SHA-256 in 64 lowercase hexadecimal digits");
      return true;
    }
    Optional<byte[]> object = content.object(name);
    if (object.isEmpty()) {
      Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
      return true;
    }
    byte[] bytes = object.get();
    String etag = "\"" + name + "\"";
    var headers = response.getHeaders();
    headers.put(HttpHeader.ETAG, etag);
    headers.put(HttpHeader.CACHE_CONTROL, "public, max-age=31536000, immutable");
    headers.put(HttpHeader.ACCEPT_RANGES, "bytes");
    headers.put(HttpHeader.CONTENT_TYPE, "application/octet-stream");
    if (EntityTags.matches(request.getHeaders().get(HttpHeader.IF_NONE_MATCH), etag)) {
      response.setStatus(HttpStatus.NOT_MODIFIED_304);
      callback.succeeded();
      return true;
    }
    int from = 0;
    int to = bytes.length - 1;
    String range = request.getHeaders().get(HttpHeader.RANGE);
    if (range != null) {
      Matcher matcher = RANGE.matcher(range.strip());
      // Several ranges or other units: allowed to answer with the whole object.
      if (matcher.matches() && !(matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
        long first;
        long last;
        if (matcher.group(1).isEmpty()) {
          long suffix = Long.parseLong(matcher.group(2));
          first = Math.max(0, bytes.length - suffix);
          last = bytes.length - 1;
        } else {
          first = Long.parseLong(matcher.group(1));
          last =
              matcher.group(2).isEmpty()
                  ? bytes.length - 1
                  : Math.min(Long.parseLong(matcher.group(2)), bytes.length - 1);
        }
        if (first >= bytes.length || first > last) {
          headers.put(HttpHeader.CONTENT_RANGE, "bytes */" + bytes.length);
          Response.writeError(request, response, callback, HttpStatus.RANGE_NOT_SATISFIABLE_416);
          return true;
        }
        from = (int) first;
        to = (int) last;
        response.setStatus(HttpStatus.PARTIAL_CONTENT_206);
        headers.put(HttpHeader.CONTENT_RANGE, "bytes " + from + "-" + to + "/" + bytes.length);
      }
    }
    if (response.getStatus() != HttpStatus.PARTIAL_CONTENT_206) {
      response.setStatus(HttpStatus.OK_200);
    }
    int length = to - from + 1;
    headers.put(HttpHeader.CONTENT_LENGTH, length);
    response.write(
        true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(bytes, from, length), callback);
    return true;
  }
}
