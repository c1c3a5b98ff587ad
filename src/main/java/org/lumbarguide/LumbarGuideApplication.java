package org.lumbarguide;

import org.lumbarguide.config.GuideProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableConfigurationProperties(GuideProperties.class)
@EnableScheduling
public class LumbarGuideApplication {

    public static void main(String[] args) {
        SpringApplication.run(LumbarGuideApplication.class, args);
    }
}
