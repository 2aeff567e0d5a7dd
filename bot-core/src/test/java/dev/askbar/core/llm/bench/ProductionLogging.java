package dev.askbar.core.llm.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Logging as the application's {@code logback.xml} sets it up: INFO and above, one line per event, written
 * synchronously to a rolling file with the same pattern. Benchmarks time the gateway with this in place, since
 * formatting and writing every line is part of what a call costs in production.
 */
final class ProductionLogging implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level level = root.getLevel();
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
    private final RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
    private final Path path;

    ProductionLogging(Path path) {
        this.path = path;
        try {
            Files.createDirectories(path.getParent());
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoggerContext context = root.getLoggerContext();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{0} - %msg%n");
        encoder.start();
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(path.toString().replace(".log", "") + ".%d{yyyy-MM-dd}.%i.log.gz");
        rolling.setMaxFileSize(FileSize.valueOf("20MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("500MB"));
        file.setContext(context);
        file.setFile(path.toString());
        file.setEncoder(encoder);
        file.setRollingPolicy(rolling);
        rolling.start();
        file.start();
        root.iteratorForAppenders().forEachRemaining(detached::add);
        detached.forEach(root::detachAppender);
        root.addAppender(file);
        root.setLevel(Level.INFO);
    }

    /** Lines written to the file so far. */
    long lines() {
        try (var lines = Files.lines(path)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        root.detachAppender(file);
        file.stop();
        detached.forEach(root::addAppender);
        root.setLevel(level);
    }
}
