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
    // Never read more than the manifest declares: a server sending endless data is cut off.
    byte[] bytes;
    try {
      bytes =
          get(
              base.resolve(ObjectHandler.PATH + entry.sha256()),
              "application/octet-stream",
              (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1, entry.size())));
    } catch (ContentUnavailableException e) {
      // Jetty's buffering limit is the declared size: more is an attack, not a network fault.
      if (e.getCause() instanceof IllegalArgumentException overflow
          && String.valueOf(overflow.getMessage()).contains("capacity")) {
        throw new UntrustedContentException(
            "endless data: object "
                + entry.path()
                + " is not what the signed manifest says (more than its "
                + entry.size()
                + " bytes)",
            e);
      }
      throw e;
    }
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
