package dev.askbar.app;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.platform.ChatAdapter;

import java.util.ArrayList;
import java.util.List;

/** The adapters whose tokens are configured, each given the one shared engine. */
final class ChatAdapters {
    private ChatAdapters() {
    }

    static List<ChatAdapter> create(AskBarConfig config, AskBarRuntime runtime) {
        List<ChatAdapter> adapters = new ArrayList<>();
        return adapters;
    }
}
