package dev.askbar.app;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.KeySpec;
import dev.askbar.core.llm.ApiKey;

import java.io.PrintStream;
import java.util.List;

/** {@code askbar keys}: every configured key, masked, with its quota group and models. */
final class KeyReport {
    private KeyReport() {
    }

    static void print(AskBarConfig config, boolean json, PrintStream out) {
        JsonArray rows = new JsonArray();
        for (AskBarConfig.ProviderSettings p : List.of(config.groq(), config.gemini())) {
            for (int i = 0; i < p.keys().size(); i++) {
                KeySpec spec = p.keys().get(i);
                ApiKey key = new ApiKey(p.name(), spec.secret(), "", i + 1, p.keys().size());
                JsonObject row = new JsonObject();
                row.addProperty("provider", p.name());
                row.addProperty("key", key.masked());
                row.addProperty("group", spec.group().orElse("key-" + key.fingerprint()));
                row.addProperty("models", String.join(",", p.models()));
                row.addProperty("state", "available");
                rows.add(row);
            }
        }
        if (json) {
            out.println(new GsonBuilder().create().toJson(rows));
            return;
        }
        if (rows.isEmpty()) {
            out.println("No LLM keys configured; set GROQ_API_KEYS or GEMINI_API_KEYS.");
            return;
        }
        out.printf("%-8s %-14s %-20s %-10s %s%n", "PROVIDER", "KEY", "GROUP", "STATE", "MODELS");
        rows.forEach(e -> {
            JsonObject r = e.getAsJsonObject();
            out.printf("%-8s %-14s %-20s %-10s %s%n", r.get("provider").getAsString(), r.get("key").getAsString(),
                    r.get("group").getAsString(), r.get("state").getAsString(), r.get("models").getAsString());
        });
    }
}
