package io.newsdesk.answer.question;

import java.util.List;

/**
 * A coarse class of things a noun names, read from WordNet 3.1 ({@link NounClasses}): a noun sense
 * belongs to the class of the nearest anchor synset among its hypernyms (instance hypernyms
 * included), so "eggs" is food (egg, foodstuff, food), "lion" an animal and "white" a colour.
 * The anchors are WordNet sense keys, WordNet's stable names for a sense; a more specific anchor
 * is nearer, so it wins over a broader one ("state" the polity is a place, though a polity is
 * also an organisation).
 */
public enum NounClass {
    PERSON("person%1:03:00::"),
    ORGANIZATION("organization%1:14:00::", "social_group%1:14:00::"),
    LOCATION(
            "location%1:03:00::",
            "political_unit%1:14:00::", "geological_formation%1:17:00::", "body_of_water%1:17:00::"),
    FOOD("food%1:03:00::", "food%1:13:00::", "nutriment%1:13:00::"),
    ANIMAL("animal%1:03:00::"),
    PLANT("plant%1:03:00::"),
    /** Other living things: microorganisms, viruses. */
    ORGANISM("organism%1:03:00::"),
    COLOUR("color%1:07:00::"),
    /** Man-made things: products, devices, vehicles, buildings. */
    ARTIFACT("artifact%1:03:00::"),
    /** Happenings and acts, sports and games among them. */
    EVENT("event%1:03:00::"),
    /** Matter and materials, drugs and other agents among them. */
    SUBSTANCE("substance%1:03:00::", "material%1:27:00::", "agent%1:27:00::"),
    /** Natural phenomena and processes: storms, fires, eclipses. */
    PHENOMENON("phenomenon%1:03:00::"),
    DISEASE("illness%1:26:00::"),
    /** Conditions other than illness: homelessness, drought, poverty. */
    STATE("state%1:03:00::"),
    TIME("time_period%1:28:00::", "time_unit%1:28:00::"),
    QUANTITY("measure%1:03:00::"),
    /** Words, names, messages, music, writing, software. */
    COMMUNICATION("communication%1:03:00::"),
    /** Ideas, methods, fields of knowledge. */
    COGNITION("cognition%1:03:00::"),
    /**
     * Classifying nouns ("species", "kind", "variety"): they name a class of things, not a thing, so
     * a question's classifier defers to the noun before it ("which animal species").
     */
    KIND("kind%1:09:00::", "taxonomic_group%1:14:00::");

    private final List<String> anchors;

    NounClass(String... anchors) {
        this.anchors = List.of(anchors);
    }

    /** The WordNet sense keys of the synsets whose hyponyms belong to this class. */
    public List<String> anchors() {
        return anchors;
    }
}
