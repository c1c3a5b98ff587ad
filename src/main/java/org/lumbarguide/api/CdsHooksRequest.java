package org.lumbarguide.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lumbarguide.config.Languages;
import org.lumbarguide.content.catalog.CodeSystem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CDS Hooks 2.0 service call, read strictly from its JSON with Jackson's tree model (no FHIR library: the service
 * reads five fields of two resource types; see docs/architecture.md, "Health records"). Only what the service
 * uses is read: the hook, its {@code hookInstance} and {@code context}, and two prefetch keys, {@code patient} (for
 * the language) and {@code conditions} (a FHIR R4 searchset Bundle of Condition resources). Nothing read here is
 * kept or logged; a parse failure's message (which may quote the body) is dropped.
 *
 * @param language   the patient's language as the guide serves it ({@code en} when unknown)
 * @param conditions the prefetched conditions' codes, one list per active condition
 */
record CdsHooksRequest(String language, List<List<Coded>> conditions) {

    static final String HOOK = "patient-view";
    static final String PATIENT = "patient";
    static final String CONDITIONS = "conditions";
    static final int MAX_HOOK_INSTANCE = 200;

    /** Clinical statuses that mean the patient has the condition now (FHIR R4 condition-clinical). */
    private static final Set<String> CURRENT = Set.of("active", "recurrence", "relapse");
    /** Verification statuses that mean the patient does not have it (FHIR R4 condition-ver-status). */
    private static final Set<String> NOT_SO = Set.of("refuted", "entered-in-error");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** A code of a system the guide has codes in. */
    record Coded(CodeSystem system, String code) {
    }

    /** Why a call cannot be answered: its HTTP status and message key. */
    record Problem(int status, String messageKey) {
    }

    /** The call, or the problem with it; exactly one is present. */
    record Parsed(CdsHooksRequest request, Problem problem) {
    }

    static Parsed parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException notJson) {
            return problem(400, "cds.error.json");
        }
        if (root == null || !root.isObject()) {
            return problem(400, "cds.error.json");
        }
        JsonNode hook = root.get("hook");
        if (hook == null || !hook.isString() || !HOOK.equals(hook.asString())) {
            return problem(400, "cds.error.hook");
        }
        JsonNode instance = root.get("hookInstance");
        if (instance == null || !instance.isString() || instance.asString().isBlank()
                || instance.asString().length() > MAX_HOOK_INSTANCE) {
            return problem(400, "cds.error.hookInstance");
        }
        JsonNode context = root.get("context");
        if (context == null || !context.isObject() || !string(context.get("patientId"))) {
            return problem(400, "cds.error.context");
        }
        JsonNode prefetch = root.get("prefetch");
        if (prefetch != null && !prefetch.isObject() && !prefetch.isNull()) {
            return problem(400, "cds.error.json");
        }
        // No prefetched conditions and no FHIR server calls: the specification's answer is 412 Precondition Failed.
        if (prefetch == null || prefetch.isNull() || !prefetch.has(CONDITIONS)) {
            return problem(412, "cds.error.prefetch");
        }
        JsonNode conditions = prefetch.get(CONDITIONS);
        if (isResource(conditions, "OperationOutcome")) {
            // The client tried and failed: still no data, so the same answer.
            return problem(412, "cds.error.prefetch");
        }
        List<List<Coded>> coded = new ArrayList<>();
        if (!conditions.isNull()) {
            // null: the client has no data for the template (CDS Hooks 2.0), so no conditions.
            if (isResource(conditions, "Condition")) {
                condition(conditions).ifPresent(coded::add);
            } else if (isResource(conditions, "Bundle")) {
                JsonNode entries = conditions.get("entry");
                if (entries != null && !entries.isArray()) {
                    return problem(400, "cds.error.json");
                }
                if (entries != null) {
                    for (JsonNode entry : entries) {
                        JsonNode resource = entry.isObject() ? entry.get("resource") : null;
                        if (isResource(resource, "Condition")) {
                            condition(resource).ifPresent(coded::add);
                        }
                    }
                }
            } else {
                return problem(400, "cds.error.json");
            }
        }
        JsonNode patient = prefetch.get(PATIENT);
        String language = isResource(patient, "Patient") ? language(patient) : Languages.defaultCode();
        return new Parsed(new CdsHooksRequest(language, List.copyOf(coded)), null);
    }

    /** A current, not refuted condition's codes in the guide's systems; empty when it is not current. */
    private static Optional<List<Coded>> condition(JsonNode condition) {
        if (!statusIn(condition.get("clinicalStatus"), CURRENT, true)
                || statusIn(condition.get("verificationStatus"), NOT_SO, false)) {
            return Optional.empty();
        }
        List<Coded> codes = new ArrayList<>();
        JsonNode code = condition.get("code");
        JsonNode codings = code == null ? null : code.get("coding");
        if (codings != null && codings.isArray()) {
            for (JsonNode coding : codings) {
                if (coding.isObject() && string(coding.get("system")) && string(coding.get("code"))) {
                    CodeSystem.fromFhirSystem(coding.get("system").asString())
                            .ifPresent(system -> codes.add(new Coded(system, coding.get("code").asString().strip())));
                }
            }
        }
        return codes.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(codes));
    }

    /**
     * Whether a CodeableConcept's codes are among {@code codes}; {@code whenAbsent} when it has none (a condition
     * without a clinical status is taken as current: the prefetch asked for active ones).
     */
    private static boolean statusIn(JsonNode concept, Set<String> codes, boolean whenAbsent) {
        JsonNode codings = concept == null ? null : concept.get("coding");
        if (codings == null || !codings.isArray() || codings.isEmpty()) {
            return whenAbsent;
        }
        for (JsonNode coding : codings) {
            if (coding.isObject() && string(coding.get("code")) && codes.contains(coding.get("code").asString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The patient's language: the preferred {@code communication} (else the first), then the resource's
     * {@code language}; as the guide serves it (Spanish or English).
     */
    private static String language(JsonNode patient) {
        JsonNode communications = patient.get("communication");
        if (communications != null && communications.isArray()) {
            JsonNode chosen = null;
            for (JsonNode communication : communications) {
                if (!communication.isObject()) {
                    continue;
                }
                JsonNode preferred = communication.get("preferred");
                if (chosen == null || preferred != null && preferred.isBoolean() && preferred.asBoolean()) {
                    chosen = communication;
                    if (preferred != null && preferred.isBoolean() && preferred.asBoolean()) {
                        break;
                    }
                }
            }
            if (chosen != null) {
                JsonNode concept = chosen.get("language");
                JsonNode codings = concept == null ? null : concept.get("coding");
                if (codings != null && codings.isArray()) {
                    for (JsonNode coding : codings) {
                        if (coding.isObject() && string(coding.get("code"))) {
                            return InfobuttonRequest.language(coding.get("code").asString());
                        }
                    }
                }
            }
        }
        JsonNode language = patient.get("language");
        return string(language) ? InfobuttonRequest.language(language.asString()) : Languages.defaultCode();
    }

    private static boolean isResource(JsonNode node, String type) {
        return node != null && node.isObject() && string(node.get("resourceType"))
                && type.equals(node.get("resourceType").asString());
    }

    private static boolean string(JsonNode node) {
        return node != null && node.isString() && !node.asString().isBlank();
    }

    private static Parsed problem(int status, String key) {
        return new Parsed(null, new Problem(status, key));
    }
}
