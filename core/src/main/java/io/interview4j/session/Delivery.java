package io.interview4j.session;

import io.interview4j.InvalidInputException;
import io.interview4j.text.internal.Texts;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a spoken answer was delivered, computed by {@link #measure} from its transcript and the recording's length.
 *
 * @param words words in the transcript (as {@link Texts#words} counts them)
 * @param durationSeconds the recording's length in seconds, positive
 * @param wordsPerMinute words divided by minutes spoken, one decimal
 * @param fillerCount filler words and phrases heard (see {@link #measure})
 * @param fillerRate fillers per 100 words, one decimal; {@code 0} when there are no words
 * @param pace {@code slow} below {@value #SLOW_BELOW} words a minute, {@code fast} above {@value #FAST_ABOVE},
 *     else {@code steady}
 */
public record Delivery(int words, double durationSeconds, double wordsPerMinute, int fillerCount, double fillerRate,
                       String pace) {

    /** Below this many words a minute the pace is {@code slow}. */
    public static final int SLOW_BELOW = 110;

    /** Above this many words a minute the pace is {@code fast}. */
    public static final int FAST_ABOVE = 170;

    private static final Pattern FILLER = Pattern.compile("(?<![\\p{L}\\p{N}'])(?:u+m+|u+h+|e+r+m+|e+r+|a+h+|h+m+|m{2,}"
            + "|you know|i mean|basically|literally|sort of like|kind of like|like(?=,))(?![\\p{L}\\p{N}'])");

    /** Validates and fills a missing pace. @throws InvalidInputException when a figure is out of range */
    public Delivery {
        if (words < 0 || fillerCount < 0 || !(durationSeconds > 0) || !(wordsPerMinute >= 0) || !(fillerRate >= 0)) {
            throw new InvalidInputException("delivery figures out of range: " + words + " words, " + durationSeconds
                    + " s, " + wordsPerMinute + " wpm, " + fillerCount + " fillers, rate " + fillerRate);
        }
        pace = pace == null ? pace(wordsPerMinute) : pace;
    }

    /**
     * Measures a spoken answer. Fillers counted: {@code um}, {@code uh}, {@code er}, {@code erm}, {@code ah},
     * {@code hmm} (with their drawn-out spellings such as {@code ummm}), {@code you know}, {@code i mean},
     * {@code basically}, {@code literally}, {@code sort of like}, {@code kind of like}, and {@code like} followed by
     * a comma.
     *
     * @param transcript the transcript, which is also the answer's text
     * @param audio the recording's length, positive
     * @return the figures
     * @throws InvalidInputException when the length is zero or negative
     * @throws NullPointerException when an argument is null
     */
    public static Delivery measure(String transcript, Duration audio) {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(audio, "audio");
        if (audio.isZero() || audio.isNegative()) {
            throw new InvalidInputException("audio duration must be positive, was " + audio);
        }
        int words = Texts.words(transcript).size();
        double seconds = audio.toMillis() / 1000.0;
        if (seconds <= 0) {
            throw new InvalidInputException("audio duration must be at least a millisecond, was " + audio);
        }
        Matcher m = FILLER.matcher(transcript.toLowerCase(Locale.ROOT));
        int fillers = 0;
        while (m.find()) {
            fillers++;
        }
        double wpm = round1(words / (seconds / 60.0));
        double rate = words == 0 ? 0 : round1(fillers * 100.0 / words);
        return new Delivery(words, seconds, wpm, fillers, rate, pace(wpm));
    }

    private static String pace(double wpm) {
        return wpm < SLOW_BELOW ? "slow" : wpm > FAST_ABOVE ? "fast" : "steady";
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
