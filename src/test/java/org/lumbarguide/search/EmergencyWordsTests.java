package org.lumbarguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** The phrases that put the emergency box's link first, in both languages, as readers type them. */
class EmergencyWordsTests {

    static final EmergencyWords EN = EmergencyWords.read(new DefaultResourceLoader(), "en");
    static final EmergencyWords ES = EmergencyWords.read(new DefaultResourceLoader(), "es");

    @Test
    void englishPhrasesAreFoundHoweverTheyAreTyped() {
        assertThat(List.of("can't feel my legs", "I CAN’T FEEL MY LEGS!!", "cant feel my legs since last night",
                "cannot pee", "Can't pee", "my legs giving way", "legs gave way on the stairs", "numb bum",
                "wet myself", "chest pain", "emergency", "cauda equina")).allSatisfy(typed ->
                assertThat(EN.in(typed)).as(typed).isTrue());
    }

    @Test
    void englishPhrasesMatchWholeWordsOnly() {
        assertThat(List.of("back pain", "bone scan", "myeloma", "chest", "pee", "legs", "can feel my legs",
                "emergency123", "cant peel", "")).allSatisfy(typed -> assertThat(EN.in(typed)).as(typed).isFalse());
    }

    @Test
    void spanishPhrasesAreFoundWithOrWithoutAccents() {
        assertThat(List.of("no puedo orinar", "No puedo orinar desde ayer", "no siento las piernas",
                "NO SIENTO LAS PIERNAS", "se me doblan las piernas", "dolor en el pecho", "perdi el control de la vejiga",
                "compresión medular", "compresion medular")).allSatisfy(typed ->
                assertThat(ES.in(typed)).as(typed).isTrue());
        assertThat(List.of("dolor de espalda", "orinar", "piernas", "resonancia")).allSatisfy(typed ->
                assertThat(ES.in(typed)).as(typed).isFalse());
    }

    @Test
    void theFilesAreReadCommentsAndBlankLinesLeftOut() {
        assertThat(EN.size()).isGreaterThan(40);
        assertThat(ES.size()).isGreaterThan(30);
        assertThat(EmergencyWords.read(new DefaultResourceLoader(), "fr").in("urgence")).isFalse();
        assertThat(EmergencyWords.normalise("  Can’t — feel,  my LEGS ")).isEqualTo(" cant feel my legs ");
    }
}
