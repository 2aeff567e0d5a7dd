package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private final Lexicon lexicon = Lexicon.get();

    @Test
    void synonymsPeopleUseAreKept() {
        assertThat(lexicon.related("movie")).contains("film");
        assertThat(lexicon.related("bought")).contains("purchase");
        assertThat(lexicon.related("rented")).contains("rental");
        assertThat(lexicon.related("rated")).contains("rating");
        assertThat(lexicon.related("paid"))
                .as("what the verb's base names as a thing")
                .contains("salary");
    }

    @Test
    void whoDoesWhatAVerbSaysIsRelated() {
        assertThat(lexicon.related("followed")).contains("follower");
        assertThat(lexicon.related("visited")).contains("visitor");
        assertThat(lexicon.related("subscribe")).contains("subscriber");
        assertThat(lexicon.related("shipped")).as("only doers WordNet knows").doesNotContain("shiper", "shipor");
    }

    @Test
    void rareSensesOfTheWordOrOfTheSynonymAreNot() {
        assertThat(lexicon.related("common")).as("a common is a park, rarely").doesNotContain("park", "green");
        assertThat(lexicon.related("rated")).as("to place is rarely to rate").doesNotContain("place");
        assertThat(lexicon.related("band")).as("a band is rarely a set").doesNotContain("set", "ring");
        assertThat(lexicon.broader("best"))
                .as("best is rarely a person named Best")
                .doesNotContain("person");
    }

    @Test
    void anAdjectiveOfAPlaceIsOfTheKindOfPlaceItIs() {
        // "German customers": the customers of a country, as "customers in Germany" are
        assertThat(lexicon.broader("german")).contains("country");
        assertThat(lexicon.broader("canadian")).contains("country");
    }

    @Test
    void aNamedPlaceIsWhatAnAddressOrARegionHolds() {
        // "orders shipped to Texas": the state is a line of the order's address, Magento's "region"
        assertThat(lexicon.broader("texas")).contains("state", "address", "region");
        assertThat(lexicon.broader("lyon")).contains("city", "address");
        assertThat(lexicon.broader("german")).as("the adjective of a place").contains("address");
        assertThat(lexicon.broader("jazz")).as("no place").doesNotContain("address", "region");
        assertThat(lexicon.broader("city")).as("a kind of place, not one").doesNotContain("address", "region");
    }

    @Test
    void aWordIsDefinedByTheThingsItsDefinitionNames() {
        // payroll: "a list of employees and their salaries"
        assertThat(lexicon.defining("payroll")).contains("employee", "salary");
        assertThat(lexicon.defining("payroll"))
                .as("vague words of a definition")
                .doesNotContain("person", "thing");
        assertThat(lexicon.defining("qwzx")).isEmpty();
    }

    @Test
    void aPhraseHasTheMeaningsOfThePhrase() {
        assertThat(lexicon.isCompound("mountain bike")).isTrue();
        assertThat(lexicon.related("mountain bike"))
                .contains("all-terrain bike")
                .doesNotContain("elevation", "peak");
    }

    @Test
    void wordsComeInWordNetsOrderInEveryProcess() {
        // Set.copyOf orders its elements by a seed drawn at each JVM's start: a prompt whose tables tie on score then
        // differed from one run of AskBar to the next
        assertThat(lexicon.related("work"))
                .containsExactly("piece of work", "employment", "worker", "do work", "workable");
        assertThat(lexicon.broader("french"))
                .containsExactly(
                        "romance",
                        "language",
                        "latin",
                        "nation",
                        "land",
                        "country",
                        "people",
                        "address",
                        "region",
                        "state");
    }

    @Test
    void placesAreLocationsBuildingsAndFacilitiesInTheWordsCommonSenses() {
        assertThat(List.of(
                        "site", "locations", "region", "district", "warehouse", "office", "hotel", "berlin", "texas"))
                .allMatch(lexicon::isPlace);
        assertThat(List.of("rack", "device", "course", "project", "group", "tenant", "march", "product"))
                .as("a course is taught, not gone to, in its common senses")
                .noneMatch(lexicon::isPlace);
    }
}
