package dev.askbar.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;

/**
 * How a fake LLM server decides what to answer, whatever its wire format: scripted responses in order first,
 * then the first rule whose condition holds, then the fallback. Records every call.
 */
final class ChatScript {
    private final Deque<MockResponse> script = new ConcurrentLinkedDeque<>();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<ChatCall> calls = new CopyOnWriteArrayList<>();
    private volatile Function<ChatCall, MockResponse> fallback;
    private volatile long latencyMillis;

    private record Rule(Predicate<ChatCall> match, Function<ChatCall, MockResponse> answer) {}

    ChatScript(Function<ChatCall, MockResponse> fallback) {
        this.fallback = fallback;
    }

    MockResponse answer(ChatCall call) throws InterruptedException {
        calls.add(call);
        if (latencyMillis > 0) {
            Thread.sleep(latencyMillis);
        }
        MockResponse scripted = script.poll();
        if (scripted != null) {
            return scripted;
        }
        for (Rule rule : rules) {
            if (rule.match().test(call)) {
                return rule.answer().apply(call);
            }
        }
        return fallback.apply(call);
    }

    void enqueue(MockResponse response) {
        script.add(response);
    }

    void clear() {
        script.clear();
    }

    void rule(Predicate<ChatCall> match, Function<ChatCall, MockResponse> answer) {
        rules.add(new Rule(match, answer));
    }

    void otherwise(Function<ChatCall, MockResponse> answer) {
        fallback = answer;
    }

    void latency(long millis) {
        latencyMillis = millis;
    }

    List<ChatCall> calls() {
        return Collections.unmodifiableList(new ArrayList<>(calls));
    }

    int callCount() {
        return calls.size();
    }
}
