package de.buergerinfo.kiosk.sync;

import de.buergerinfo.content.bundle.ContentFormatException;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestJson;
import de.buergerinfo.content.http.ManifestHandler;
import java.net.URI;
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

  static final long CONNECT_TIMEOUT_MILLIS = 5_000;
  static final long REQUEST_TIMEOUT_MILLIS = 15_000;

  private final URI base;
  private final HttpClient client;

  private HttpContentSource(URI base, HttpClient client) {
    this.base = base;
    this.client = client;
  }

  /** A started client for the central server at {@code base}, such as http://127.0.0.1:8080. */
  public static HttpContentSource start(URI base) {
    HttpClient client = new HttpClient();
    client.setName("central-client");
    client.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
    client.setFollowRedirects(false);
    try {
      client.start();
    } catch (Exception e) {
      throw new IllegalStateException("the HTTP client did not start: " + e.getMessage(), e);
    }
    return new HttpContentSource(base, client);
  }

  @Override
  public Manifest manifest() throws ContentUnavailableException, ContentFormatException {
    URI uri = base.resolve(ManifestHandler.PATH);
    Request request =
        client
            .newRequest(uri)
            .method(HttpMethod.GET)
            .timeout(REQUEST_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
            .headers(headers -> headers.put(HttpHeader.ACCEPT, "application/json"));
    ContentResponse response;
    try {
      response =
          new CompletableResponseListener(request, ManifestJson.MAX_BYTES)
              .send()
              .get(REQUEST_TIMEOUT_MILLIS + 1_000, TimeUnit.MILLISECONDS);
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
    return ManifestJson.read(response.getContent());
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
