package de.buergerinfo.provisioning.central;

import java.io.IOException;
import java.io.Writer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/** Error pages without stack traces or the server's name and version: nothing for a scanner. */
final class QuietErrorHandler extends ErrorHandler {

  QuietErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  @Override
  protected void writeErrorHtmlBody(
      Request request, Writer writer, int code, String message, Throwable cause)
      throws IOException {
    writer.write("<h2>HTTP ERROR " + code + "</h2>\n");
  }
}
