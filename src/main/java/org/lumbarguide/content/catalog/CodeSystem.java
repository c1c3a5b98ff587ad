package org.lumbarguide.content.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The clinical code systems a topic's codes come from, named the three ways health records name them: the HL7
 * OID an Infobutton request sends ({@code mainSearchCriteria.v.cs}), the FHIR system URI a CDS Hooks
 * {@code Condition} carries, and the label people read.
 */
public enum CodeSystem {

    ICD_10_CM("2.16.840.1.113883.6.90", "http://hl7.org/fhir/sid/icd-10-cm", "ICD-10-CM"),
    SNOMED_CT("2.16.840.1.113883.6.96", "http://snomed.info/sct", "SNOMED CT");

    private final String oid;
    private final String fhirSystem;
    private final String label;

    CodeSystem(String oid, String fhirSystem, String label) {
        this.oid = oid;
        this.fhirSystem = fhirSystem;
        this.label = label;
    }

    public String oid() {
        return oid;
    }

    public String fhirSystem() {
        return fhirSystem;
    }

    public String label() {
        return label;
    }

    public static Optional<CodeSystem> fromOid(String oid) {
        return Arrays.stream(values()).filter(s -> s.oid.equals(oid == null ? null : oid.strip())).findFirst();
    }

    public static Optional<CodeSystem> fromFhirSystem(String uri) {
        return Arrays.stream(values()).filter(s -> s.fhirSystem.equals(uri == null ? null : uri.strip())).findFirst();
    }
}
