package bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What Spring Boot on Tomcat can do at best for one saved page: the first filter in the chain writes the
 * page's bytes and headers (as the app sent them) for GET {@code ceiling.path}, nothing else runs.
 * {@code --ceiling.page=FILE} the body, {@code --ceiling.headers=FILE} "Name: value" lines (curl -D).
 */
@SpringBootApplication
public class Ceiling {

    public static void main(String[] args) {
        SpringApplication.run(Ceiling.class, args);
    }

    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class PageFilter extends OncePerRequestFilter {

        private static final List<String> SKIPPED = List.of("date", "content-length", "transfer-encoding",
                "connection", "keep-alive", "content-type");

        private final String path;
        private final byte[] body;
        private final String contentType;
        private final String[] names;
        private final String[] values;

        PageFilter(@Value("${ceiling.path}") String path, @Value("${ceiling.page}") Path page,
                   @Value("${ceiling.headers}") Path headers) throws IOException {
            this.path = path;
            this.body = Files.readAllBytes(page);
            List<String> n = new ArrayList<>();
            List<String> v = new ArrayList<>();
            String type = "text/html;charset=UTF-8";
            for (String line : Files.readAllLines(headers, StandardCharsets.ISO_8859_1)) {
                int colon = line.indexOf(':');
                if (colon <= 0 || line.startsWith("HTTP/")) {
                    continue;
                }
                String name = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("content-type")) {
                    type = value;
                } else if (!SKIPPED.contains(name.toLowerCase())) {
                    n.add(name);
                    v.add(value);
                }
            }
            this.contentType = type;
            this.names = n.toArray(String[]::new);
            this.values = v.toArray(String[]::new);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!"GET".equals(request.getMethod()) || !path.equals(request.getRequestURI())) {
                chain.doFilter(request, response);
                return;
            }
            for (int i = 0; i < names.length; i++) {
                response.addHeader(names[i], values[i]);
            }
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
