package org.lumbarguide.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The guide's settings for a test that builds a class by hand: the defaults, bound as Spring binds them. */
public final class TestSettings {

    private TestSettings() {
    }

    /** Every setting at its default. */
    public static GuideProperties defaults() {
        return with();
    }

    /** The defaults with these settings changed, each written as in a properties file: {@code "lumbarguide.pdf.threads=2"}. */
    public static GuideProperties with(String... settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            values.put(setting.substring(0, equals).strip(), setting.substring(equals + 1).strip());
        }
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("lumbarguide", GuideProperties.class);
    }
}
