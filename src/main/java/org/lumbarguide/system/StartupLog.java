package org.lumbarguide.system;

import org.lumbarguide.config.GuideProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One line at start saying where the site answers, so an operator need not work it out. */
@Component
class StartupLog {

    private static final Logger log = LoggerFactory.getLogger(StartupLog.class);

    private final String publicBaseUrl;
    private final String address;
    private final String managementAddress;
    private final String managementPort;

    StartupLog(GuideProperties settings,
               @Value("${server.address:0.0.0.0}") String address,
               @Value("${management.server.address:}") String managementAddress,
               @Value("${management.server.port:}") String managementPort) {
        this.publicBaseUrl = settings.publicBaseUrl();
        this.address = address;
        this.managementAddress = managementAddress;
        this.managementPort = managementPort;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            log.info("Serving http://{}:{} (public address {}); health and metrics on {}:{}", address,
                    web.getWebServer().getPort(),
                    publicBaseUrl.isBlank() ? "taken from each request: set LUMBARGUIDE_PUBLIC_BASE_URL" : publicBaseUrl,
                    managementAddress.isEmpty() ? address : managementAddress, managementPort);
        }
    }
}
