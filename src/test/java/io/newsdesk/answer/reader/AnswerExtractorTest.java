package io.newsdesk.answer.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.question.QuestionAnalysis;
import io.newsdesk.answer.question.QuestionAnalyzer;
import io.newsdesk.util.ModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerExtractorTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();
    private final AnswerExtractor extractor = new AnswerExtractor();

    @Test
    void should_resolve_the_country_to_the_sentence_subject_when_question_asks_who_vetoed() {
        // given
        EvidenceSentence sentence = evidence(
                "Russian Federation is Syria's ally, and on Wednesday, the country "
                        + "vetoed a United Nations resolution that would have called on Syria to help in an worldwide "
                        + "investigation of the attack.",
                2.0);

        // when
        List<AnswerCandidate> answers = answer("who vetoed the UN resolution?", sentence);

        // then
        AnswerCandidate top = answers.get(0);
        assertThat(top.text()).isEqualTo("Russian Federation");
        assertThat(top.start()).isZero();
        assertThat(top.end()).isEqualTo(18);
    }

    @Test
    void should_prefer_the_country_doing_the_asked_deed_to_a_person_doing_another_when_question_asks_who() {
        // given: the best sentence says the country vetoed, the next names it again; a person leads the third one,
        // about other resolutions (ranking scores as the service gives them on the development set)
        List<EvidenceSentence> sentences = List.of(
                new EvidenceSentence(
                        "Russian Federation is Syria's ally, and on Wednesday, the country vetoed a United"
                                + " Nations resolution on the attack.",
                        7.7,
                        List.of(),
                        "a2",
                        "Syria strike"),
                new EvidenceSentence(
                        "It was the eighth time Russian Federation had used its veto power to block a"
                                + " resolution against Assad's regime since 2011.",
                        6.9,
                        List.of(),
                        "a2",
                        "Syria strike"),
                new EvidenceSentence(
                        "Elise Stefanik calls UN resolutions aimed at Israel 'antisemitic rot'.",
                        6.0,
                        List.of(),
                        "a1",
                        "Stefanik on the UN"));

        // when
        List<AnswerCandidate> answers = new AnswerExtractor(shippedWeights())
                .extract(analyzer.analyze("who vetoed the UN resolution?"), sentences);

        // then
        assertThat(answers.get(0).text()).isEqualTo("Russian Federation");
    }

    @Test
    void should_prefer_a_count_that_gives_a_number_to_a_vague_one_when_question_asks_how_many() {
        // given: the best sentence says only "millions"; the next one gives the number
        List<EvidenceSentence> sentences = List.of(
                new EvidenceSentence(
                        "Millions of baby swings and rockers were recalled this week after reports of infant"
                                + " injuries.",
                        7.7,
                        List.of(),
                        "a1",
                        "Baby swing recall"),
                new EvidenceSentence(
                        "The recall covers about 2 million swings and rockers sold since 2015.",
                        5.5,
                        List.of(),
                        "a1",
                        "Baby swing recall"));

        // when
        List<AnswerCandidate> answers = new AnswerExtractor(shippedWeights())
                .extract(
                        analyzer.analyze("Approximately how many baby swings and rockers were recalled this week?"),
                        sentences);

        // then
        assertThat(answers.get(0).text()).isEqualTo("2 million");
    }

    @Test
    void should_extract_money_when_question_asks_how_much() {
        // given
        EvidenceSentence sentence = evidence(
                "The city council agreed to pay $1.5 billion for the new " + "stadium, officials said on Monday.", 1.0);

        // when
        List<AnswerCandidate> answers = answer("How much will the council pay for the stadium?", sentence);

        // then
        assertThat(answers.get(0).text()).isEqualTo("$1.5 billion");
        assertThat(answers.get(0).type()).isEqualTo(AnswerType.MONEY);
    }

    @Test
    void should_extract_money_with_currency_word_when_written_after_the_number() {
        // given
        EvidenceSentence sentence = evidence("The club was fined 3 million euros by the league in March.", 1.0);

        // when
        List<AnswerCandidate> answers = answer("How much was the club fined?", sentence);

        // then
        assertThat(answers.get(0).text()).isEqualTo("3 million euros");
    }

    @Test
    void should_extract_a_count_when_question_asks_how_many() {
        // given
        EvidenceSentence sentence = evidence(
                "The U.S. launched 59 Tomahawk cruise missiles at Syria's Shayrat " + "airbase on April 6.", 1.0);

        // when
        List<AnswerCandidate> answers = answer("How many cruise missiles did the US launch at Syria?", sentence);

        // then
        assertThat(answers.get(0).text()).isEqualTo("59");
        assertThat(answers.get(0).type()).isEqualTo(AnswerType.NUMBER);
    }

    @Test
    void should_extract_a_date_when_question_asks_when() {
        // given
        EvidenceSentence sentence = evidence(
                "The U.S. launched 59 Tomahawk cruise missiles at Syria's Shayrat " + "airbase on April 6.", 1.0);

        // when
        List<AnswerCandidate> answers = answer("When did the U.S. launch the missiles at Shayrat airbase?", sentence);

        // then
        assertThat(answers.get(0).text()).isEqualTo("April 6");
        assertThat(answers.get(0).type()).isEqualTo(AnswerType.DATE);
    }

    @Test
    void should_extract_a_percentage_when_question_asks_what_percentage() {
        // given
        EvidenceSentence sentence =
                evidence("Turnout reached 64.5% in the northern districts, the " + "electoral board said.", 1.0);

        // when
        List<AnswerCandidate> answers = answer("What percentage was turnout in the northern districts?", sentence);

        // then
        assertThat(answers.get(0).text()).isEqualTo("64.5%");
    }

    @Test
    void should_extract_a_location_when_question_asks_which_state() {
        // given
        EvidenceSentence sentence =
                evidence("The governor signed the water bill in Nevada after a long " + "drought.", 1.0);

        // when
        List<AnswerCandidate> answers = answer("Which state passed the water bill this week?", sentence);

        // then
        assertThat(answers.get(0).text()).isEqualTo("Nevada");
    }

    @Test
    void should_take_the_person_from_context_when_the_answer_sentence_says_he_said() {
        // given
        EvidenceSentence sentence = new EvidenceSentence(
                "He said the bridge would reopen in May.",
                1.0,
                List.of("The works were delayed by floods.", "Mayor Tom Becker visited the site on Tuesday."),
                "a1",
                "Bridge works");

        // when
        List<AnswerCandidate> answers = answer("Who said the bridge would reopen?", sentence);

        // then
        AnswerCandidate top = answers.get(0);
        assertThat(top.text()).isEqualTo("Tom Becker");
        assertThat(top.start()).isEqualTo(-1);
        assertThat(top.end()).isEqualTo(-1);
        assertThat(top.sentenceIndex()).isZero();
    }

    @Test
    void should_not_read_a_name_into_the_empty_it_of_it_was_the_eighth_time() {
        // given: "It" opens an extraposition; the name before it in the article is not its referent
        EvidenceSentence sentence = new EvidenceSentence(
                "It was the eighth time the Kremlin had used its veto" + " power.",
                1.0,
                List.of("Western capitals blamed Bashar al-Assad for the attack."),
                "a1",
                "Veto");

        // when
        List<AnswerCandidate> answers = answer("Who used its veto power?", sentence);

        // then
        assertThat(answers).extracting(AnswerCandidate::text).doesNotContain("Bashar al-Assad");
    }

    @Test
    void should_prefer_the_subject_of_the_question_verb_when_question_asks_who_did_it() {
        // given
        EvidenceSentence sentence = evidence(
                "After talks with Maria Lopez, Jens Stoltenberg announced the " + "new mission in Brussels.", 1.0);

        // when
        List<AnswerCandidate> answers = answer("Who announced the new mission?", sentence);

        // then
        assertThat(answers.get(0).text()).isEqualTo("Jens Stoltenberg");
    }

    @Test
    void should_drop_candidates_made_of_question_words_when_extracting() {
        // given
        EvidenceSentence sentence = evidence("Anna Berg of Northwind Energy won the Green Award on Friday.", 1.0);

        // when
        List<AnswerCandidate> answers = answer("Which company won the Green Award?", sentence);

        // then
        assertThat(answers).extracting(AnswerCandidate::text).doesNotContain("Green Award");
        assertThat(answers.get(0).text()).isEqualTo("Northwind Energy");
    }

    @Test
    void should_drop_the_place_when_the_question_names_it_by_its_demonym() {
        // given: "Europe" only restates the question's "European"
        EvidenceSentence sentence =
                evidence("High levels of radioactivity have been found in Europe's wild boars" + " for decades.", 1.0);

        // when
        List<AnswerCandidate> answers = answer("Radioactivity is high in which wild European animal?", sentence);

        // then
        assertThat(answers).extracting(AnswerCandidate::text).doesNotContain("Europe");
    }

    @Test
    void should_answer_with_the_candidate_the_kind_matcher_rates_highest_when_the_question_names_a_kind() {
        // given: one sentence listing several foods; each matcher says a different one is a seed
        EvidenceSentence sentence = evidence(
                "The FDA has been reviewing whether to put sesame seeds on the major food"
                        + " allergens list, which also includes milk, eggs, fish, crustacean shellfish and tree nuts.",
                1.0);
        QuestionAnalysis question = analyzer.analyze("Which seed did the FDA add to its list of major food allergens?");

        // when
        AnswerCandidate sesame = new AnswerExtractor(shippedWeights(), favouring("sesame seeds"))
                .extract(question, List.of(sentence))
                .get(0);
        AnswerCandidate nuts = new AnswerExtractor(shippedWeights(), favouring("tree nuts"))
                .extract(question, List.of(sentence))
                .get(0);

        // then
        assertThat(question.headNoun()).isEqualTo("seed");
        assertThat(sesame.text()).isEqualTo("sesame seeds");
        assertThat(nuts.text()).isEqualTo("tree nuts");
    }

    /** A kind matcher that rates one candidate 0.8 and every other 0.1. */
    private static KindMatcher favouring(String favourite) {
        return (kind, candidates) -> candidates.stream()
                .mapToDouble(c -> c.equals(favourite) ? 0.8 : 0.1)
                .toArray();
    }

    @Test
    void should_merge_votes_when_several_articles_give_the_same_answer() {
        // given
        List<EvidenceSentence> sentences = List.of(
                new EvidenceSentence("Officials in Lisbon and Porto discussed the summit.", 2.0, List.of(), "a1", ""),
                new EvidenceSentence("The summit will be held in Porto next spring.", 1.5, List.of(), "a2", ""),
                new EvidenceSentence("Porto beat three rival cities to host the summit.", 1.0, List.of(), "a3", ""));

        // when
        List<AnswerCandidate> answers =
                extractor.extract(analyzer.analyze("Which city will host the summit?"), sentences);

        // then
        assertThat(answers.get(0).text()).isEqualTo("Porto");
        assertThat(answers).extracting(AnswerCandidate::text).containsOnlyOnce("Porto");
    }

    @Test
    void should_keep_text_equal_to_the_sentence_span_when_candidate_is_in_the_sentence() {
        // given
        List<EvidenceSentence> sentences = List.of(
                evidence("Moscow accused the United States of striking Syria with 59 missiles.", 1.0),
                evidence("Rex Tillerson met Vladimir Putin in Moscow on Wednesday.", 0.5));

        // when
        List<AnswerCandidate> answers = extractor.extract(analyzer.analyze("Who met Vladimir Putin?"), sentences);

        // then
        assertThat(answers)
                .isNotEmpty()
                .filteredOn(AnswerCandidate::inSentence)
                .allSatisfy(
                        c -> assertThat(sentences.get(c.sentenceIndex()).text().substring(c.start(), c.end()))
                                .isEqualTo(c.text()));
        assertThat(answers.get(0).text()).isEqualTo("Rex Tillerson");
    }

    @Test
    void should_return_no_candidates_when_there_is_no_evidence() {
        // when
        List<AnswerCandidate> answers = answer("Who won the election?");

        // then
        assertThat(answers).isEmpty();
    }

    @Test
    void should_extract_a_duration_when_question_asks_how_long() {
        // given
        EvidenceSentence sentence =
                evidence("The plant will halt production for four weeks because of a chip " + "shortage.", 1.0);

        // when
        List<AnswerCandidate> answers = answer("How long will the plant halt production?", sentence);

        // then
        assertThat(answers.get(0).text()).isEqualTo("four weeks");
    }

    @Test
    void should_answer_with_a_pair_of_names_when_head_noun_is_plural() {
        // given
        EvidenceSentence sentence =
                evidence("The alliance invited Norway and Iceland to join its new climate " + "pact on Thursday.", 1.0);

        // when
        List<AnswerCandidate> answers =
                answer("Which two countries did the alliance invite to join the pact?", sentence);

        // then
        assertThat(answers.get(0).text()).isEqualTo("Norway and Iceland");
    }

    @Test
    void should_answer_a_state_question_with_a_us_state_rather_than_a_country() {
        // given
        EvidenceSentence sentence = evidence(
                "Japan said its carmakers would build the new battery plant, " + "and Ohio offered the land.", 1.0);

        // when
        List<AnswerCandidate> answers = answer("Which state will get the new battery plant?", sentence);

        // then
        assertThat(answers.get(0).text()).isEqualTo("Ohio");
    }

    @Test
    void should_not_take_an_age_for_a_duration() {
        // given
        EvidenceSentence lead = evidence(
                "A 21-year-old from California has broken the world record for the fastest"
                        + " time solving a Rubik's Cube.",
                3.0);
        EvidenceSentence detail =
                evidence("Max Park pulled off the feat in just 3.134 seconds, at an event in the US.", 2.0);

        // when
        List<AnswerCandidate> answers = answer("How long did it take him to solve the Rubik's Cube?", lead, detail);

        // then
        assertThat(answers)
                .extracting(AnswerCandidate::text)
                .doesNotContain("21-year")
                .contains("3.134 seconds");
    }

    @Test
    void should_answer_with_the_full_name_when_the_best_candidate_is_its_surname() {
        // given
        AnswerCandidate surname = new AnswerCandidate("Washington", 0, 0, 10, 9.0, AnswerType.LOCATION);
        AnswerCandidate other = new AnswerCandidate("Phil Nevin", 0, 20, 30, 8.0, AnswerType.PERSON);
        AnswerCandidate fullName = new AnswerCandidate("Ron Washington", 1, 30, 44, 7.0, AnswerType.PERSON);
        List<AnswerExtractor.Featured> ranked =
                List.of(featured(surname, 0.5), featured(other, 0.5), featured(fullName, 0.5));
        List<AnswerExtractor.Featured> offTopic =
                List.of(featured(surname, 0.5), featured(other, 0.5), featured(fullName, 0.0));

        // when
        List<AnswerCandidate> forPerson = AnswerExtractor.fullNameFirst(AnswerType.PERSON, ranked);
        List<AnswerCandidate> forPlace = AnswerExtractor.fullNameFirst(AnswerType.LOCATION, ranked);
        List<AnswerCandidate> fromAnotherStory = AnswerExtractor.fullNameFirst(AnswerType.PERSON, offTopic);

        // then: the full name, unless its sentence shares no word with the question
        assertThat(forPerson).containsExactly(fullName, surname, other);
        assertThat(forPlace).containsExactly(surname, other, fullName);
        assertThat(fromAnotherStory).containsExactly(surname, other, fullName);
    }

    private static AnswerExtractor.Featured featured(AnswerCandidate candidate, double focusCoverage) {
        double[] features = new double[CandidateFeatures.NAMES.size()];
        features[CandidateFeatures.FOCUS_COVERAGE] = focusCoverage;
        return new AnswerExtractor.Featured(candidate, features);
    }

    private List<AnswerCandidate> answer(String question, EvidenceSentence... sentences) {
        return extractor.extract(analyzer.analyze(question), List.of(sentences));
    }

    @Test
    void should_answer_with_a_common_noun_when_question_asks_what_was_added() {
        // given
        EvidenceSentence sentence = evidence("The FDA added sesame to the list of major food allergens.", 1.0);

        // when
        List<AnswerCandidate> answers = new AnswerExtractor(shippedWeights())
                .extract(
                        analyzer.analyze("What did the FDA add to the list of major food allergens?"),
                        List.of(sentence));

        // then
        assertThat(answers.get(0).text()).isEqualTo("sesame");
    }

    @Test
    void should_answer_with_the_thing_of_the_asked_class_rather_than_a_name_when_question_asks_which_animal() {
        // given: a name and an organisation stand in the sentence beside the one animal
        EvidenceSentence sentence = evidence(
                "Keepers at the Northwind Wildlife Park welcomed a baby giraffe, named Stretch by the"
                        + " Harbour Trust, this week.",
                1.0);

        // when
        List<AnswerCandidate> answers = new AnswerExtractor(shippedWeights())
                .extract(
                        analyzer.analyze("Which animal did keepers at the Northwind Wildlife Park welcome this week?"),
                        List.of(sentence));

        // then
        assertThat(answers.get(0).text()).endsWith("giraffe");
    }

    @Test
    void should_not_answer_with_a_phrase_the_question_names_when_another_candidate_fits() {
        // given: "false alarm calls" half restates "what type of calls"
        EvidenceSentence sentence =
                evidence("The fire brigade said it will stop answering false alarm calls from next month.", 1.0);

        // when
        List<AnswerCandidate> answers = new AnswerExtractor(shippedWeights())
                .extract(
                        analyzer.analyze("What type of calls will the fire brigade stop answering?"),
                        List.of(sentence));

        // then
        assertThat(answers.get(0).text()).isEqualTo("false alarm");
        assertThat(answers).extracting(AnswerCandidate::text).contains("false alarm calls");
    }

    private static EvidenceSentence evidence(String text, double score) {
        return new EvidenceSentence(text, score, List.of(), "article-1", "Test article");
    }

    /** The reader weights the service ships ({@code models/reader.json}). */
    private static ExtractorWeights shippedWeights() {
        try (InputStream in = AnswerExtractorTest.class.getResourceAsStream("/models/reader.json")) {
            return new ExtractorWeights(ModelFile.read(in, "models/reader.json").weights());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
