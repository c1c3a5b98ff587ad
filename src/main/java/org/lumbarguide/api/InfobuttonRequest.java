package org.lumbarguide.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.CodeSystem;

/**
 * An HL7 URL-based Infobutton knowledge request as MedlinePlus Connect reads it: one or more main search criteria
 * (a code, its code system's OID and a display name), the recipient's language and the response type. The first
 * criterion has no index ({@code mainSearchCriteria.v.c}); more are indexed ({@code mainSearchCriteria.v.c1},
 * {@code .cs1}, {@code .dn1}; {@code 0} is read too, as some records count from it). Parameters the guide does
 * not use (patient age, gender, task, performer) are ignored, as MedlinePlus Connect ignores them.
 * <p>
 * {@link #parse} never throws: bad input is a {@link Problem} naming the parameter, never echoing its value.
 *
 * @param criteria     the search criteria in the order given (index order)
 * @param language     the served language's code: {@code en} or {@code es}; anything else is English
 * @param type         the response format
 * @param recipient    {@code informationRecipient}: PAT (the patient, the default) or PROV, echoed in the feed
 */
record InfobuttonRequest(List<Criterion> criteria, String language, ResponseType type, String recipient) {

    static final String CODE = "mainSearchCriteria.v.c";
    static final String SYSTEM = "mainSearchCriteria.v.cs";
    static final String DISPLAY = "mainSearchCriteria.v.dn";
    static final String LANGUAGE = "informationRecipient.languageCode.c";
    static final String RESPONSE_TYPE = "knowledgeResponseType";
    static final String RECIPIENT = "informationRecipient";

    /** Indexed criteria read: none (the first), then 0 to 9. More than ten codes at once is no record's use. */
    static final int MAX_INDEX = 9;
    static final int MAX_CODE = 40;
    static final int MAX_DISPLAY = 200;
    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]{0,15})){1,30}");
    /** Letters, digits, dots and hyphens: every ICD-10-CM and SNOMED CT code, and most others. */
    private static final Pattern CODE_CHARS = Pattern.compile("[A-Za-z0-9.\\-]+");

    /** The formats a record may ask for ({@code knowledgeResponseType}); XML when it names none. */
    enum ResponseType {
        XML("text/xml"), JSON("application/json"), HTML("text/html");

        final String mediaType;

        ResponseType(String mediaType) {
            this.mediaType = mediaType;
        }

        static Optional<ResponseType> of(String value) {
            if (value == null || value.isBlank()) {
                return Optional.of(XML);
            }
            String type = value.strip().toLowerCase(Locale.ROOT);
            return switch (type) {
                case "text/xml", "application/xml", "application/atom+xml" -> Optional.of(XML);
                case "application/json" -> Optional.of(JSON);
                case "text/html" -> Optional.of(HTML);
                default -> Optional.empty();
            };
        }
    }

    /**
     * One main search criterion. {@code system} is empty when the OID is one the guide has no codes in (ICD-9-CM,
     * RxNorm): such a code matches nothing, and only its display name may.
     *
     * @param suffix the parameters' index as written ({@code ""}, {@code "1"}), so the feed echoes them by name
     */
    record Criterion(String suffix, String code, String oid, Optional<CodeSystem> system, String displayName) {

        boolean hasCode() {
            return !code.isEmpty();
        }
    }

    /** Why a request cannot be read: the message key and the parameter it names (never the value). */
    record Problem(String messageKey, String parameter) {
    }

    /** The request, or the problem with it; exactly one is present. */
    record Parsed(InfobuttonRequest request, Problem problem, ResponseType type, String language) {
    }

    static Parsed parse(Map<String, String[]> parameters) {
        // The language and format come first: a problem is told in them.
        String language = language(first(parameters, LANGUAGE));
        Optional<ResponseType> type = ResponseType.of(first(parameters, RESPONSE_TYPE));
        if (type.isEmpty()) {
            return problem("infobutton.error.type", RESPONSE_TYPE, ResponseType.XML, language);
        }
        for (String name : List.of(LANGUAGE, RESPONSE_TYPE, RECIPIENT)) {
            if (count(parameters, name) > 1) {
                return problem("infobutton.error.repeated", name, type.get(), language);
            }
        }
        String recipient = first(parameters, RECIPIENT);
        recipient = recipient == null || recipient.isBlank() ? "PAT" : recipient.strip().toUpperCase(Locale.ROOT);
        if (!recipient.equals("PAT") && !recipient.equals("PROV")) {
            return problem("infobutton.error.recipient", RECIPIENT, type.get(), language);
        }
        List<Criterion> criteria = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        suffixes.add("");
        for (int i = 0; i <= MAX_INDEX; i++) {
            suffixes.add(Integer.toString(i));
        }
        for (String suffix : suffixes) {
            for (String name : List.of(CODE + suffix, SYSTEM + suffix, DISPLAY + suffix)) {
                if (count(parameters, name) > 1) {
                    return problem("infobutton.error.repeated", name, type.get(), language);
                }
            }
            String code = blankToEmpty(first(parameters, CODE + suffix));
            String oid = blankToEmpty(first(parameters, SYSTEM + suffix));
            String display = blankToEmpty(first(parameters, DISPLAY + suffix));
            if (code.isEmpty() && oid.isEmpty() && display.isEmpty()) {
                continue;
            }
            if (code.length() > MAX_CODE || !code.isEmpty() && !CODE_CHARS.matcher(code).matches()) {
                return problem("infobutton.error.code", CODE + suffix, type.get(), language);
            }
            if (!code.isEmpty() && oid.isEmpty()) {
                return problem("infobutton.error.systemMissing", SYSTEM + suffix, type.get(), language);
            }
            if (!oid.isEmpty() && (oid.length() > 100 || !OID.matcher(oid).matches())) {
                return problem("infobutton.error.system", SYSTEM + suffix, type.get(), language);
            }
            if (display.length() > MAX_DISPLAY || display.codePoints().anyMatch(c -> !xmlText(c))) {
                return problem("infobutton.error.display", DISPLAY + suffix, type.get(), language);
            }
            if (code.isEmpty() && display.isEmpty()) {
                return problem("infobutton.error.nothing", CODE + suffix, type.get(), language);
            }
            criteria.add(new Criterion(suffix, code, oid, oid.isEmpty() ? Optional.empty() : CodeSystem.fromOid(oid),
                    display));
        }
        if (criteria.isEmpty()) {
            return problem("infobutton.error.nothing", CODE, type.get(), language);
        }
        return new Parsed(new InfobuttonRequest(List.copyOf(criteria), language, type.get(), recipient), null,
                type.get(), language);
    }

    /**
     * The language asked for, as the guide serves it: {@code es}, {@code es-MX}, {@code spa} are Spanish, any
     * other value (or none) English, as MedlinePlus Connect assumes English when it is not told.
     */
    static String language(String value) {
        if (value == null) {
            return Languages.defaultCode();
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        if (dash < 0) {
            dash = code.indexOf('_');
        }
        if (dash > 0) {
            code = code.substring(0, dash);
        }
        if (code.equals("spa")) {
            code = "es";
        } else if (code.equals("eng")) {
            code = "en";
        }
        return Languages.isSupported(code) ? code : Languages.defaultCode();
    }

    /**
     * The request said one way only, for its ETag and cache key: the same question asked with parameters in
     * another order, or with other spacing, is the same answer.
     */
    String canonical() {
        StringBuilder key = new StringBuilder(64).append(language).append('|').append(type).append('|')
                .append(recipient);
        for (Criterion criterion : criteria) {
            key.append('|').append(criterion.suffix()).append('\u0001').append(criterion.code())
                    .append('\u0001').append(criterion.oid()).append('\u0001').append(criterion.displayName());
        }
        return key.toString();
    }

    /** Printable text XML 1.0 can carry: no control characters, no non-characters. */
    private static boolean xmlText(int c) {
        return !Character.isISOControl(c) && c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF)
                && Character.isDefined(c);
    }

    private static Parsed problem(String key, String parameter, ResponseType type, String language) {
        return new Parsed(null, new Problem(key, parameter), type, language);
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static int count(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? 0 : values.length;
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
