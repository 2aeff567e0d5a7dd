package dev.askbar.discord;

import dev.askbar.core.engine.Answer;
import net.dv8tion.jda.api.entities.MessageEmbed;

import java.util.Optional;

/** Where one answer is shown while it is worked on: a deferred slash command reply, or a reply to a mention. */
interface AnswerTarget {

    /** A short state such as "Running query…", replacing the previous one. */
    void progress(String text);

    void answered(Answer answer, Optional<String> answerId);

    void failed(MessageEmbed error);
}
