# Build the app with the Maven wrapper (Java 17 bytecode), then run it on a Java 25 JRE with an AOT
# cache made by a training run here, at image build: the app starts in well under half the time.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
 && cp target/lumbar-guide-*.jar /src/app.jar \
 && java -Djarmode=tools -jar /src/app.jar extract --destination /extracted

FROM eclipse-temurin:25-jre
# The build context has no .git, so pass the commit for /actuator/info: --build-arg GIT_COMMIT=$(git rev-parse HEAD)
ARG GIT_COMMIT=unknown
ENV INFO_APP_COMMIT=${GIT_COMMIT}
WORKDIR /app
RUN useradd --system --uid 10001 guide
COPY --from=build /extracted /app
# The heap is bounded: 40 % of the container's memory limit (set one: compose sets 1 GB, so about 410 MB;
# the app's live data is about 100 MB, and the rest of the process about 370 MB more), and the JVM exits
# on OutOfMemoryError so the orchestrator restarts it instead of it limping on. G1 is named because
# below 1792 MB the JVM would choose the serial collector, whose full collections paused everything for
# about 165 ms under a flood of PDF requests (docs/operations.md, Memory); the training run below uses
# the same options, so the AOT cache matches the collector it runs with.
# MALLOC_ARENA_MAX: two native memory arenas instead of one per thread; about 100 MB less resident memory.
ENV JAVA_TOOL_OPTIONS="-XX:+UseG1GC -XX:MaxRAMPercentage=40 -XX:+ExitOnOutOfMemoryError" MALLOC_ARENA_MAX=2
# Training run: start the application context once (embedded H2 in a throwaway folder) and exit
# when it is refreshed; the JVM writes the classes it loaded and linked to app.aot (JEP 514/515).
RUN java -XX:AOTCacheOutput=/app/app.aot -Dspring.context.exit=onRefresh \
        -Dlumbarguide.data-dir=/tmp/aot-training -jar /app/app.jar \
 && rm -rf /tmp/aot-training && chown -R guide /app
USER guide
EXPOSE 8080
# 8081 (health, metrics) is bound to loopback by default; set MANAGEMENT_ADDRESS=0.0.0.0 only on a
# private network (compose does, and does not publish it).
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-jar", "/app/app.jar"]
