package de.buergerinfo.kiosk.sync;

import de.buergerinfo.content.bundle.ContentFormatException;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestEntry;
import de.buergerinfo.content.bundle.Sha256;
import de.buergerinfo.content.bundle.SignedManifest;
import de.buergerinfo.content.bundle.TrustedKeys;
import de.buergerinfo.content.bundle.UntrustedContentException;
import de.buergerinfo.content.http.ManifestHandler;
import de.buergerinfo.content.http.ObjectHandler;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;

/** Asks the central server over HTTP (Jetty client), also when it runs in-process. */
public final class HttpContentSource implements ContentSource, AutoCloseable {

  /** How long one request may take, connecting included, before the server counts as down. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

  private final URI base;
  private final TrustedKeys trusted;
  private final HttpClient client;
  private final Duration timeout;

  /** Bytes of objects whose download broke off, by hash, to resume with a byte range. */
  private final java.util.Map<String, byte[]> partial =
      new java.util.concurrent.ConcurrentHashMap<>();

  private HttpContentSource(URI base, TrustedKeys trusted, HttpClient client, Duration timeout) {
    this.base = base;
    this.trusted = trusted;
    this.client = client;
    this.timeout = timeout;
  }

  /**
   * A started client for the central server at {@code base}, such as http://127.0.0.1:8080,
   * accepting manifests signed by a key in {@code trusted}.
   */
  public static HttpContentSource start(URI base, TrustedKeys trusted) {
    return start(base, trusted, DEFAULT_TIMEOUT);
  }

  /** A started client whose requests give up after {@code timeout}. */
  public static HttpContentSource start(URI base, TrustedKeys trusted, Duration timeout) {
    HttpClient client = new HttpClient();
    client.setName("central-client");
    client.setConnectTimeout(timeout.toMillis());
    client.setFollowRedirects(false);
    try {
      client.start();
    } catch (Exception e) {
      throw new IllegalStateException("the HTTP client did not start: " + e.getMessage(), e);
    }
    return new HttpContentSource(base, trusted, client, timeout);
  }

  @Override
  public Manifest manifest()
      throws ContentUnavailableException, ContentFormatException, UntrustedContentException {
    byte[] signed =
        get(base.resolve(ManifestHandler.PATH), "application/json", SignedManifest.MAX_BYTES);
    return SignedManifest.parse(signed).verify(trusted);
  }

  @Override
  public FetchedManifest fetchManifest(Manifest applied)
      throws ContentUnavailableException, ContentFormatException, UntrustedContentException {
    String query = applied.version() > 0 ? "?since=" + applied.version() : "";
    byte[] signed =
        get(
            base.resolve(ManifestHandler.PATH + query),
            "application/json",
            SignedManifest.MAX_BYTES);
    SignedManifest envelope = SignedManifest.parse(signed);
    Manifest manifest =
        envelope.isDelta()
            ? envelope.verifyDelta(trusted).applyTo(applied)
            : envelope.verify(trusted);
    return new FetchedManifest(manifest, signed);
  }

  @Override
  public byte[] object(ManifestEntry entry)
      throws ContentUnavailableException, UntrustedContentException {
    byte[] bytes = download(entry);
    if (bytes.length != entry.size() || !Sha256.hex(bytes).equals(entry.sha256())) {
      throw new UntrustedContentException(
          "object "
              + entry.path()
              + " is not what the signed manifest says ("
              + bytes.length
              + " bytes, expected "
              + entry.size()
              + " with hash "
              + entry.sha256().substring(0, 12)
              + "...)");
    }
    return bytes;
  }

  /**
   * Downloads an object, never reading more than the manifest declares (a server sending endless
   * data is cut off). What arrived before a connection broke is kept, and the next attempt asks
   * only for the rest with a byte range.
   */
  private byte[] download(ManifestEntry entry)
      throws ContentUnavailableException, UntrustedContentException {
    URI uri = base.resolve(ObjectHandler.PATH + entry.sha256());
    byte[] prior = partial.getOrDefault(entry.sha256(), new byte[0]);
    java.io.ByteArrayOutputStream received =
        new java.io.ByteArrayOutputStream((int) Math.min(entry.size(), 1 << 20));
    java.util.concurrent.atomic.AtomicBoolean tooLong =
        new java.util.concurrent.atomic.AtomicBoolean();
    Request request =
        client
            .newRequest(uri)
            .method(HttpMethod.GET)
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .headers(
                headers -> {
                  headers.put(HttpHeader.ACCEPT, "application/octet-stream");
                  if (prior.length > 0) {
                    headers.put(HttpHeader.RANGE, "bytes=" + prior.length + "-");
                  }
                })
            .onResponseBegin(
                response -> {
                  // 206: the rest follows the bytes we have; 200: the whole object again.
                  if (response.getStatus() == HttpStatus.PARTIAL_CONTENT_206) {
                    received.writeBytes(prior);
                  }
                })
            .onResponseContent(
                (response, buffer) -> {
                  if (received.size() + buffer.remaining() > entry.size()) {
                    tooLong.set(true);
                    response.abort(new java.io.IOException("more bytes than declared"));
                    return;
                  }
                  byte[] chunk = new byte[buffer.remaining()];
                  buffer.get(chunk);
                  received.writeBytes(chunk);
                });
    java.util.concurrent.CompletableFuture<org.eclipse.jetty.client.Result> done =
        new java.util.concurrent.CompletableFuture<>();
    request.send(done::complete);
    org.eclipse.jetty.client.Result result;
    try {
      result = done.get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      request.abort(e);
      Thread.currentThread().interrupt();
      throw new ContentUnavailableException("interrupted while asking " + uri, e);
    } catch (ExecutionException | TimeoutException e) {
      request.abort(e);
      throw new ContentUnavailableException(
          "the central server at " + base + " did not answer: " + e, e);
    }
    if (tooLong.get()) {
      partial.remove(entry.sha256());
      throw new UntrustedContentException(
          "endless data: object "
              + entry.path()
              + " is not what the signed manifest says (more than its "
              + entry.size()
              + " bytes)");
    }
    int status = result.getResponse().getStatus();
    if (result.isFailed()) {
      if (status == HttpStatus.OK_200 || status == HttpStatus.PARTIAL_CONTENT_206) {
        partial.put(entry.sha256(), received.toByteArray());
      }
      throw new ContentUnavailableException(
          "the central server at " + base + " did not answer: " + result.getFailure(),
          result.getFailure());
    }
    partial.remove(entry.sha256());
    if (status != HttpStatus.OK_200 && status != HttpStatus.PARTIAL_CONTENT_206) {
      throw new ContentUnavailableException(
          "the central server answered HTTP " + status + " for " + uri);
    }
    return received.toByteArray();
  }

  private byte[] get(URI uri, String accept, int maxBytes) throws ContentUnavailableException {
    Request request =
        client
            .newRequest(uri)
            .method(HttpMethod.GET)
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .headers(headers -> headers.put(HttpHeader.ACCEPT, accept));
    ContentResponse response;
    try {
      response =
          new CompletableResponseListener(request, maxBytes)
              .send()
              .get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ContentUnavailableException("interrupted while asking " + uri, e);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new ContentUnavailableException(
          "the central server at " + base + " did not answer: " + cause, cause);
    }
    if (response.getStatus() != HttpStatus.OK_200) {
      throw new ContentUnavailableException(
          "the central server answered HTTP " + response.getStatus() + " for " + uri);
    }
    return response.getContent();
  }

  public URI base() {
    return base;
  }

  @Override
  public void close() {
    try {
      client.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the HTTP client did not stop: " + e.getMessage(), e);
    }
  }
}
