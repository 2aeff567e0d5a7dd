# Build stage: the same Maven build as on a laptop, without tests (CI runs those).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY bot-core/pom.xml bot-core/
COPY bot-testkit/pom.xml bot-testkit/
COPY bot-discord/pom.xml bot-discord/
COPY bot-slack/pom.xml bot-slack/
COPY bot-app/pom.xml bot-app/
RUN mvn -B -q -ntp dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN mvn -B -q -ntp -DskipTests package

# Run stage: a JRE and the one jar.
FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /home/askbar askbar
WORKDIR /app
COPY --from=build /src/bot-app/target/askbar.jar /app/askbar.jar
COPY deploy/jvm.options /app/jvm.options
USER askbar
ENV ASKBAR_HOME=/home/askbar/.askbar
# sized for a small container: the heap follows the container's memory limit
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"
# inside a container, loopback is the container itself: /health and /metrics must listen on its interface to be
# reached through a published port (outside containers the default stays 127.0.0.1)
ENV ASKBAR_HTTP_HOST=0.0.0.0
EXPOSE 8080 3000
# the rest of the JVM's options are deploy/jvm.options, as for ./askbar
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/askbar.jar"]
CMD ["run"]
