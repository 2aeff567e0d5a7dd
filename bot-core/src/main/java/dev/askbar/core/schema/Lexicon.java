package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * English words from WordNet 3.1 (the extJWNL data jar, read from the class path; no network): which strings are
 * words, how often they occur, and the words that mean the same or derive from each other ("shipped" →
 * shipment, shipper; "movies" → film). Loaded once, on first use (about half a second); without the data jar
 * every lookup answers "unknown" and linking falls back to exact words.
 */
final class Lexicon {
    private static final Logger log = LoggerFactory.getLogger(Lexicon.class);
    private static final String DATA = "net/sf/extjwnl/data/wordnet/wn31/index.";
    /** Only the most common senses: the rare ones ("order" as a monastic order) would link everything to everything. */
    private static final int SENSES = 3;

    /** Words of a gloss that say nothing about what a thing is ("a person who...", "the act of..."). */
    private static final Set<String> VAGUE = Set.of(
            "someone",
            "something",
            "person",
            "people",
            "thing",
            "things",
            "kind",
            "type",
            "sort",
            "act",
            "state",
            "condition",
            "quality",
            "part",
            "form",
            "instance",
            "time",
            "way",
            "use",
            "activity",
            "event",
            "process",
            "being",
            "group",
            "body",
            "number",
            "amount",
            "member",
            "place",
            "object",
            "result",
            "action");

    /**
     * What a named place (Texas, Lyon, Germany) is kept as in a business database, which the kinds WordNet gives it
     * (American state, city, country) do not reach: a line of an address, or a region (Magento's and Oro's name for
     * a state or province).
     */
    private static final List<String> PLACE_KEPT_AS = List.of("address", "region");

    private static volatile Lexicon instance;

    private final Map<String, Integer> frequency;
    private final Set<String> compounds;
    private final Dictionary dictionary;
    // keyed by question words, which anyone in the chat chooses: bounded
    private final Cache<String, Set<String>> related =
            Caffeine.newBuilder().maximumSize(20_000).build();
    private final Cache<String, Set<String>> broader =
            Caffeine.newBuilder().maximumSize(20_000).build();
    private final Cache<String, Set<String>> defining =
            Caffeine.newBuilder().maximumSize(20_000).build();
    private final Cache<String, Boolean> persons =
            Caffeine.newBuilder().maximumSize(20_000).build();
    private final Cache<String, Boolean> places =
            Caffeine.newBuilder().maximumSize(20_000).build();
    // WordNet's own lemmas only (synonyms of looked-up words), so bounded by the dictionary; guarded by its lock
    private final Map<String, Integer> commonCounts = new HashMap<>();
    // the senses every place reaches (a location, a building, a facility, a place of business); guarded by its lock
    private long[] placeKinds;

    private Lexicon(Map<String, Integer> frequency, Set<String> compounds, Dictionary dictionary) {
        this.frequency = frequency;
        this.compounds = compounds;
        this.dictionary = dictionary;
    }

    static Lexicon get() {
        Lexicon l = instance;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = instance;
                if (l == null) {
                    l = load();
                    instance = l;
                }
            }
        }
        return l;
    }

    private static Lexicon load() {
        long started = System.nanoTime();
        Map<String, Integer> frequency = new HashMap<>(200_000);
        Set<String> compounds = new HashSet<>(80_000);
        Dictionary dictionary = null;
        try {
            for (String pos : List.of("noun", "verb", "adj", "adv")) {
                readIndex(DATA + pos, frequency, compounds);
            }
            dictionary = Dictionary.getDefaultResourceInstance();
            log.info(
                    "WordNet loaded in {} ms: {} words, {} compounds",
                    (System.nanoTime() - started) / 1_000_000,
                    frequency.size(),
                    compounds.size());
        } catch (IOException | JWNLException | RuntimeException e) {
            log.warn("WordNet unavailable, schema linking uses exact words only: {}", e.getMessage());
        }
        return new Lexicon(frequency, compounds, dictionary);
    }

    // index.* lines: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets...; tagsense_cnt counts the
    // lemma's senses seen in a tagged corpus, a usable frequency signal for telling words from fragments
    private static void readIndex(String resource, Map<String, Integer> frequency, Set<String> compounds)
            throws IOException {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is not on the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(" ")) {
                    continue; // licence header
                }
                String[] f = line.split(" ");
                String lemma = f[0];
                if (lemma.indexOf('_') > 0) {
                    if (lemma.matches("[a-z]+(_[a-z]+)+")) {
                        compounds.add(lemma.replace('_', ' '));
                    }
                    continue;
                }
                if (!lemma.matches("[a-z]+")) {
                    continue;
                }
                int pointers = Integer.parseInt(f[3]);
                int tagged = Integer.parseInt(f[5 + pointers]);
                frequency.merge(lemma, tagged, Integer::sum);
            }
        }
    }

    boolean isWord(String w) {
        return frequency.containsKey(w);
    }

    /** How often the word's senses were seen in WordNet's tagged corpus; 0 for rare words, -1 for non-words. */
    int frequency(String w) {
        return frequency.getOrDefault(w, -1);
    }

    boolean isCompound(String words) {
        return compounds.contains(words);
    }

    /**
     * Words that share one of the word's common senses, or derive from one ("rented" → rental, renter; "sales
     * rep" → salesperson). Multi-word lemmas come back with spaces. Excludes the word itself.
     */
    Set<String> related(String word) {
        return lookedUp(related, word, this::collect);
    }

    /** WordNet's words for the word, gathered by {@code collect} once per word and kept; the word itself left out. */
    private Set<String> lookedUp(
            Cache<String, Set<String>> cache, String word, java.util.function.BiConsumer<String, Set<String>> collect) {
        if (dictionary == null) {
            return Set.of();
        }
        return cache.get(word, w -> {
            Set<String> out = new LinkedHashSet<>();
            // extJWNL's caches are not documented as thread-safe; look-ups are rare (cached per word) and quick
            synchronized (dictionary) {
                collect.accept(w, out);
            }
            out.remove(w);
            // in WordNet's order: Set.copyOf's order changes from one JVM to the next, and with it which of two
            // equally scored tables a prompt shows first
            return java.util.Collections.unmodifiableSet(out);
        });
    }

    /**
     * The head words of what the word is a kind or an instance of, two levels up its common noun senses:
     * "London" → capital, city; "jazz" → music, genre; "Brazil" → country. Lets a value named in a question
     * find the table that holds such values. A named place is also what an address or a region holds.
     */
    Set<String> broader(String word) {
        return lookedUp(broader, word, this::collectBroader);
    }

    /**
     * The nouns WordNet defines the word by, in its commonest noun sense: "payroll" (a list of employees and their
     * salaries) → employee, salary. For a question word nothing in the schema is named after.
     */
    Set<String> defining(String word) {
        return lookedUp(defining, word, this::collectDefining);
    }

    private void collectDefining(String word, Set<String> out) {
        try {
            IndexWord iw = dictionary.lookupIndexWord(POS.NOUN, word);
            if (iw == null || iw.getSenses().isEmpty()) {
                return;
            }
            String gloss = iw.getSenses().get(0).getGloss();
            int example = gloss.indexOf(';'); // the examples of use follow the definition
            for (String token : Words.tokens(example < 0 ? gloss : gloss.substring(0, example))) {
                if (token.length() < 4 || VAGUE.contains(token) || Words.isStopword(token)) {
                    continue;
                }
                IndexWord noun = dictionary.lookupIndexWord(POS.NOUN, token);
                if (noun != null) {
                    out.add(noun.getLemma().toLowerCase(Locale.ROOT));
                }
            }
        } catch (JWNLException e) {
            log.debug("WordNet lookup failed for {}: {}", word, e.getMessage());
        }
    }

    /**
     * Whether the word names a kind of person in one of its common noun senses ("teachers", "authors", "user",
     * "agent"): WordNet's kinds of person, up to ten levels above the sense.
     */
    boolean isPerson(String word) {
        if (dictionary == null) {
            return false;
        }
        return persons.get(word, w -> {
            synchronized (dictionary) {
                try {
                    IndexWord iw = dictionary.lookupIndexWord(POS.NOUN, w);
                    IndexWord person = dictionary.getIndexWord(POS.NOUN, "person");
                    if (iw == null || person == null) {
                        return false;
                    }
                    long human = person.getSenses().get(0).getOffset();
                    for (Synset sense : commonSenses(iw, commonCount(w))) {
                        if (reaches(sense, human, 10)) {
                            return true;
                        }
                    }
                } catch (JWNLException e) {
                    log.debug("WordNet lookup failed for {}: {}", w, e.getMessage());
                }
                return false;
            }
        });
    }

    /**
     * Whether the word names a kind of place in one of its two commonest noun senses ("site", "region", "district",
     * "warehouse", "office", "hotel"): WordNet's locations, and its buildings, facilities and places of business, up
     * to eight levels above the sense. A named place ("Berlin", "Texas") is one too. Only the commonest two: a "course"
     * is a place (a golf course) only in a rarer one.
     */
    boolean isPlace(String word) {
        if (dictionary == null) {
            return false;
        }
        return places.get(word, w -> {
            synchronized (dictionary) {
                try {
                    IndexWord iw = dictionary.lookupIndexWord(POS.NOUN, w);
                    if (iw == null) {
                        return false;
                    }
                    if (placeKinds == null) {
                        placeKinds = new long[] {
                            firstSense("location"),
                            firstSense("building"),
                            firstSense("facility"),
                            firstSense("place of business")
                        };
                    }
                    for (Synset sense :
                            commonSenses(iw, commonCount(w)).stream().limit(2).toList()) {
                        if ("noun.location".equals(sense.getLexFileName())) {
                            return true;
                        }
                        for (long kind : placeKinds) {
                            if (kind >= 0 && reaches(sense, kind, 8)) {
                                return true;
                            }
                        }
                    }
                } catch (JWNLException e) {
                    log.debug("WordNet lookup failed for {}: {}", w, e.getMessage());
                }
                return false;
            }
        });
    }

    private long firstSense(String noun) throws JWNLException {
        IndexWord iw = dictionary.getIndexWord(POS.NOUN, noun);
        return iw == null ? -1 : iw.getSenses().get(0).getOffset();
    }

    private static boolean reaches(Synset s, long offset, int levels) throws JWNLException {
        if (s.getOffset() == offset) {
            return true;
        }
        if (levels == 0) {
            return false;
        }
        for (Pointer p : s.getPointers()) {
            if ((p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM)
                    && reaches(p.getTargetSynset(), offset, levels - 1)) {
                return true;
            }
        }
        return false;
    }

    private void collectBroader(String word, Set<String> out) {
        try {
            List<Synset> senses = new java.util.ArrayList<>();
            IndexWord iw = dictionary.lookupIndexWord(POS.NOUN, word);
            if (iw != null) {
                senses.addAll(commonSenses(iw, commonCount(word)));
            }
            // "German customers": the adjective pertains to Germany, a country
            IndexWord adjective = dictionary.lookupIndexWord(POS.ADJECTIVE, word);
            if (adjective != null) {
                for (Synset sense : commonSenses(adjective, commonCount(word))) {
                    for (Pointer p : sense.getPointers(PointerType.PERTAINYM)) {
                        senses.add(p.getTargetSynset());
                    }
                }
            }
            for (Synset sense : senses) {
                if (isNamedPlace(sense)) {
                    out.addAll(PLACE_KEPT_AS);
                }
                List<Synset> level = List.of(sense);
                for (int depth = 0; depth < 2; depth++) {
                    List<Synset> next = new java.util.ArrayList<>();
                    for (Synset s : level) {
                        for (Pointer p : s.getPointers()) {
                            if (p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM) {
                                Synset up = p.getTargetSynset();
                                next.add(up);
                                for (Word w : up.getWords()) {
                                    String lemma = w.getLemma().toLowerCase(Locale.ROOT);
                                    out.add(lemma.substring(lemma.lastIndexOf(' ') + 1));
                                }
                            }
                        }
                    }
                    level = next;
                }
            }
        } catch (JWNLException e) {
            log.debug("WordNet lookup failed for {}: {}", word, e.getMessage());
        }
    }

    /** A place with a name (Texas, Lyon, Germany): an instance, not a kind, of WordNet's locations. */
    private static boolean isNamedPlace(Synset sense) {
        return "noun.location".equals(sense.getLexFileName())
                && !sense.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty();
    }

    private void collect(String word, Set<String> out) {
        try {
            int common = commonCount(word);
            for (POS pos : POS.getAllPOS()) {
                IndexWord iw = dictionary.lookupIndexWord(pos, word);
                if (iw == null) {
                    continue;
                }
                for (Synset s : commonSenses(iw, common)) {
                    for (Word w : s.getWords()) {
                        if (commonFor(w)) {
                            out.add(w.getLemma().toLowerCase(Locale.ROOT));
                        }
                    }
                    for (Pointer p : s.getPointers(PointerType.DERIVATION)) {
                        if (p.getTarget() instanceof Word w && commonFor(w)) {
                            out.add(w.getLemma().toLowerCase(Locale.ROOT));
                        }
                    }
                }
                out.add(iw.getLemma().toLowerCase(Locale.ROOT)); // the base form: "rented" → rent
                if (pos == POS.VERB) {
                    agentNouns(iw.getLemma().toLowerCase(Locale.ROOT), out);
                }
                if (pos == POS.VERB && !iw.getLemma().equalsIgnoreCase(word)) {
                    // what the verb's base names as a thing: "paid" → pay, the salary or wage
                    IndexWord noun = dictionary.getIndexWord(POS.NOUN, iw.getLemma());
                    if (noun != null) {
                        for (Synset s : commonSenses(noun, common)) {
                            for (Word w : s.getWords()) {
                                if (commonFor(w)) {
                                    out.add(w.getLemma().toLowerCase(Locale.ROOT));
                                }
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            log.debug("WordNet lookup failed for {}: {}", word, e.getMessage());
        }
    }

    /**
     * Who does what the verb says, when WordNet knows such a noun: "followed" → follower, "visited" → visitor,
     * "subscribe" → subscriber. WordNet links few verbs to their doers, and a schema keeps its people under that name
     * ({@code follows.follower_id}, {@code visitors}).
     */
    private void agentNouns(String verb, Set<String> out) throws JWNLException {
        if (verb.indexOf(' ') >= 0) {
            return;
        }
        String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
        for (String noun : List.of(stem + "er", stem + "or")) {
            if (dictionary.getIndexWord(POS.NOUN, noun) != null) {
                out.add(noun);
            }
        }
    }

    /**
     * The word's senses worth following: the first few of this part of speech, and of those only the ones people
     * use. WordNet counts how often each sense was seen in a tagged corpus; a sense seen less than a tenth as often
     * as the word's commonest one ("common" as a park, "put" as an option, "punk" as tinder) would link questions to
     * tables they never meant.
     */
    private static List<Synset> commonSenses(IndexWord iw, int commonest) {
        List<Synset> out = new java.util.ArrayList<>();
        for (Synset s : iw.getSenses()) {
            if (out.size() >= SENSES) {
                break;
            }
            if (commonest == 0 || useCount(iw, s) * 10 >= commonest) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Whether this sense is a common one for the synonym too: "film" commonly means a movie, but "place" hardly ever
     * means to rate, nor "set" a band, so those synonyms are left out.
     */
    private boolean commonFor(Word synonym) throws JWNLException {
        String lemma = synonym.getLemma();
        if (lemma.indexOf(' ') >= 0) {
            return true; // a phrase ("motion picture") has one meaning to speak of
        }
        int commonest = commonCount(lemma.toLowerCase(Locale.ROOT));
        return commonest == 0 || synonym.getUseCount() * 10 >= commonest;
    }

    /** How often the word's commonest sense, of any part of speech, was seen in WordNet's tagged corpus. */
    private int commonCount(String word) throws JWNLException {
        Integer known = commonCounts.get(word);
        if (known != null) {
            return known;
        }
        int most = 0;
        for (POS pos : POS.getAllPOS()) {
            IndexWord iw = dictionary.lookupIndexWord(pos, word);
            if (iw != null) {
                for (Synset s : iw.getSenses()) {
                    most = Math.max(most, useCount(iw, s));
                }
            }
        }
        commonCounts.put(word, most);
        return most;
    }

    private static int useCount(IndexWord iw, Synset s) {
        for (Word w : s.getWords()) {
            if (w.getLemma().equalsIgnoreCase(iw.getLemma())) {
                return w.getUseCount();
            }
        }
        return 0;
    }
}
