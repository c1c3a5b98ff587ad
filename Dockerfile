# Build the app with the Maven wrapper, then run it on a small JRE image.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 guide
COPY --from=build /src/target/lumbar-guide-*.jar /app/app.jar
USER guide
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
