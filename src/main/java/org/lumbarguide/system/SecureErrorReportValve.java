package org.lumbarguide.system;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page (for requests it rejects before the application sees them, such as an
 * illegal character in the address) with the same security headers as every other response, and
 * without a report or the server's name. An unknown HTTP version is answered 400, not 505, and CONNECT
 * 405, not 501.
 */
class SecureErrorReportValve extends ErrorReportValve {

    SecureErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!response.isCommitted() && response.getStatus() >= 400) {
            if (response.getStatus() == HttpServletResponse.SC_HTTP_VERSION_NOT_SUPPORTED) {
                // A made-up protocol version is the client's mistake: keep 5xx for the server's own.
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            } else if (response.getStatus() == HttpServletResponse.SC_NOT_IMPLEMENTED) {
                // Tomcat answers CONNECT itself, before any filter, with 501; the site implements every
                // method it routes, so a method it refuses is the client's mistake too.
                response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                response.setHeader("Allow", "GET, HEAD, POST");
            }
            SecurityHeaders.write(request, response);
        }
        super.report(request, response, throwable);
    }
}
