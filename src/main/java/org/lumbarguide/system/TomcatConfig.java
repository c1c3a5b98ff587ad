package org.lumbarguide.system;

import java.time.Duration;

import org.lumbarguide.config.GuideProperties;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tomcat's own error pages carry the security headers (see {@link SecureErrorReportValve}), and a request
 * body that stops arriving is given up on sooner than an idle connection.
 */
@Configuration
class TomcatConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final Duration bodyReadTimeout;

    TomcatConfig(GuideProperties settings) {
        this.bodyReadTimeout = settings.bodyReadTimeout();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                // A body shorter than its Content-Length held a thread for the whole connection timeout
                // (10 s). Once the headers are in, Tomcat waits this long between body reads instead: an
                // honest client (or nginx, which buffers the whole body) sends its form at once.
                http.setDisableUploadTimeout(false);
                http.setConnectionUploadTimeout((int) bodyReadTimeout.toMillis());
            }
        });
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof SecureErrorReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new SecureErrorReportValve());
            if (host instanceof org.apache.catalina.core.StandardHost standardHost) {
                standardHost.setErrorReportValveClass(SecureErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        // After Boot's own customizer, which adds the plain ErrorReportValve this one replaces.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
