package eu.flightclaim.files.application;

import eu.flightclaim.files.domain.model.ValidationRule;
import eu.flightclaim.files.domain.model.ValidationRuleRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Set;

/** The per-document-type upload rules, as stored in {@code file_validation_rule}. */
@Stateless
public class ValidationRuleCatalog {

    @EJB
    private ValidationRuleRepository rules;

    public List<ValidationRule> all() {
        return rules.all();
    }

    /** The content types an admin may allow: those the intake can recognise and the viewers can show. */
    public static final Set<String> KNOWN_TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/heic",
            "image/webp", "text/plain");
    /** No rule may allow more than this per file. */
    public static final long MAX_SIZE = 1L << 30;

    /** An admin changes a type's rule; returns it as stored. */
    public ValidationRule update(ValidationRule rule, String actor) {
        if (rule.allowedMimeTypes().isEmpty() || !KNOWN_TYPES.containsAll(rule.allowedMimeTypes())) {
            throw new InvalidDocumentInputException("allowedMimeTypes", "must be some of " + KNOWN_TYPES.stream().sorted().toList());
        }
        if (rule.maxSizeBytes() < 1 || rule.maxSizeBytes() > MAX_SIZE) {
            throw new InvalidDocumentInputException("maxSizeBytes", "must be from 1 to " + MAX_SIZE);
        }
        if (rule.maxPdfPages() != null && (rule.maxPdfPages() < 1 || rule.maxPdfPages() > 10_000)) {
            throw new InvalidDocumentInputException("maxPdfPages", "must be from 1 to 10000, or null for no limit");
        }
        if (!rules.update(rule, actor)) {
            throw new DocumentNotFoundException("document type", rule.documentType());
        }
        return all().stream().filter(r -> r.documentType().equals(rule.documentType())).findFirst().orElseThrow();
    }

}
