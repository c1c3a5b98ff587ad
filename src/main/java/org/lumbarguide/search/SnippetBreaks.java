package org.lumbarguide.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Where a snippet may start or end: after a sentence ({@code .}, {@code ?} or {@code !} and a space) and after a
 * block of the text ({@link LanguageIndex#BLOCK_END}: a paragraph or a list item). The guide writes short,
 * plain sentences, so this is all a snippet needs, and it costs one pass over the text; the JDK's rule-based
 * sentence iterator took a third of a search's time in profiles, for every result.
 */
final class SnippetBreaks extends BreakIterator {

    private CharacterIterator text = new StringCharacterIterator("");
    private int[] boundaries = {0};
    private int current;

    @Override
    public void setText(String newText) {
        text = new StringCharacterIterator(newText);
        boundaries = boundaries(newText);
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
        text = newText;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public int first() {
        current = 0;
        return boundaries[0];
    }

    @Override
    public int last() {
        current = boundaries.length - 1;
        return boundaries[current];
    }

    @Override
    public int next(int n) {
        int index = current + n;
        if (index < 0 || index >= boundaries.length) {
            current = index < 0 ? 0 : boundaries.length - 1;
            return DONE;
        }
        current = index;
        return boundaries[current];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        int index = Arrays.binarySearch(boundaries, offset);
        index = index >= 0 ? index + 1 : -index - 1;
        if (index >= boundaries.length) {
            current = boundaries.length - 1;
            return DONE;
        }
        current = index;
        return boundaries[current];
    }

    @Override
    public int preceding(int offset) {
        int index = Arrays.binarySearch(boundaries, offset);
        index = index >= 0 ? index - 1 : -index - 2;
        if (index < 0) {
            current = 0;
            return DONE;
        }
        current = index;
        return boundaries[current];
    }

    @Override
    public int current() {
        return boundaries[current];
    }

    @Override
    public Object clone() {
        SnippetBreaks copy = (SnippetBreaks) super.clone();
        copy.text = (CharacterIterator) text.clone();
        return copy;
    }

    /** 0, the start of every sentence and block after the first, and the end. */
    static int[] boundaries(String text) {
        int[] found = new int[16];
        int count = 0;
        found[count++] = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            int next = -1;
            if (c == LanguageIndex.BLOCK_END) {
                next = i + 1;
            } else if ((c == '.' || c == '?' || c == '!') && i + 1 < length && Character.isWhitespace(text.charAt(i + 1))
                    && text.charAt(i + 1) != LanguageIndex.BLOCK_END) {
                next = i + 1;
                while (next < length && Character.isWhitespace(text.charAt(next))
                        && text.charAt(next) != LanguageIndex.BLOCK_END) {
                    next++;
                }
            }
            if (next > 0 && next < length && next > found[count - 1]) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = next;
            }
        }
        if (length > found[count - 1]) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count + 1);
            }
            found[count++] = length;
        }
        return Arrays.copyOf(found, count);
    }
}
