// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caseload.core.forms.internal.JsonFormFile.Member;
import org.caseload.spi.forms.ChoiceOption;
import org.caseload.spi.forms.FieldCondition;
import org.caseload.spi.forms.FieldLimits;
import org.caseload.spi.forms.FieldType;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormField;

/**
 * Reads one field of a form definition from its members (the format is documented on
 * {@code JsonForms}). Every failure names the file, the place of the member at fault (or of the
 * field, for a rule that involves several members) and the field.
 */
final class FormFieldReader {

    private static final Set<String> MEMBERS = Set.of("id", "type", "label", "required", "minLength",
            "maxLength", "pattern", "min", "max", "options", "default", "showIf", "requiredIf", "sensitive");
    private static final Set<String> OPTION_MEMBERS = Set.of("value", "label");
    private static final Set<String> CONDITION_MEMBERS = Set.of("field", "equals", "in");

    private final JsonFormFile file;
    private final JsonLocation start;
    private final Map<String, Member> members;
    private final Map<String, FormField> earlier;
    private String context = "a field";

    /**
     * @param start   where the field's object starts
     * @param earlier the fields before this one, by id, for its show-if and required-if rules
     */
    FormFieldReader(JsonFormFile file, JsonLocation start, Map<String, Member> members,
                    Map<String, FormField> earlier) {
        this.file = file;
        this.start = start;
        this.members = members;
        this.earlier = earlier;
    }

    FormField read() {
        String id = requiredText("id");
        context = "field \"" + id + "\"";
        for (Member member : members.values()) {
            if (!MEMBERS.contains(member.name())) {
                throw fail(member, "has an unknown member \"" + member.name() + "\"");
            }
        }
        FieldType type = type();
        String label = requiredText("label");
        boolean required = members.containsKey("required") && bool(members.get("required"));
        boolean sensitive = members.containsKey("sensitive") && bool(members.get("sensitive"));
        FieldLimits limits = limits(type);
        List<ChoiceOption> options = members.containsKey("options") ? options(members.get("options")) : List.of();
        Member defaultMember = members.get("default");
        FieldValue defaultValue = defaultMember == null ? null : value(defaultMember, type, false);
        FieldCondition showIf = condition("showIf");
        FieldCondition requiredIf = condition("requiredIf");
        FormField field;
        try {
            field = new FormField(id, type, label, required, limits, options, defaultValue, showIf, requiredIf,
                    sensitive);
        } catch (IllegalArgumentException e) {
            throw file.fail(start, e.getMessage());
        }
        if (defaultValue != null) {
            List<FieldProblem> problems = FieldRules.check(field, defaultValue);
            if (!problems.isEmpty()) {
                throw fail(defaultMember, "the default breaks the field's rule " + problems.get(0).messageKey());
            }
        }
        return field;
    }

    private FieldType type() {
        Member member = members.get("type");
        String name = requiredText("type");
        try {
            return FieldType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(member, "\"type\" must be one of text, number, date, boolean, single_choice, "
                    + "multiple_choice, not \"" + name + "\"");
        }
    }

    private FieldLimits limits(FieldType type) {
        Integer minLength = members.containsKey("minLength") ? length(members.get("minLength")) : null;
        Integer maxLength = members.containsKey("maxLength") ? length(members.get("maxLength")) : null;
        String pattern = members.containsKey("pattern") ? text(members.get("pattern")) : null;
        Member min = members.get("min");
        Member max = members.get("max");
        for (Member bound : new Member[] {min, max}) {
            if (bound != null && type != FieldType.NUMBER && type != FieldType.DATE) {
                throw fail(bound, "\"" + bound.name() + "\" applies only to number and date fields");
            }
        }
        try {
            if (type == FieldType.DATE) {
                return new FieldLimits(minLength, maxLength, pattern, null, null,
                        min == null ? null : date(min), max == null ? null : date(max));
            }
            return new FieldLimits(minLength, maxLength, pattern,
                    min == null ? null : number(min), max == null ? null : number(max), null, null);
        } catch (IllegalArgumentException e) {
            throw file.fail(start, context + ": " + e.getMessage());
        }
    }

    private List<ChoiceOption> options(Member member) {
        if (!member.value().isArray()) {
            throw fail(member, "\"options\" must be an array of {\"value\", \"label\"} objects, not "
                    + JsonFormFile.describe(member.value()));
        }
        List<ChoiceOption> options = new ArrayList<>();
        for (JsonNode option : member.value()) {
            if (!option.isObject() || !OPTION_MEMBERS.containsAll(memberNames(option))
                    || !option.path("value").isTextual() || !option.path("label").isTextual()
                    || option.path("value").asText().isBlank()) {
                throw fail(member, "option " + (options.size() + 1) + " must be an object with a non-blank"
                        + " string \"value\" and a string \"label\", and nothing else");
            }
            options.add(new ChoiceOption(option.get("value").asText(), option.get("label").asText()));
        }
        return options;
    }

    private FieldCondition condition(String rule) {
        Member member = members.get(rule);
        if (member == null) {
            return null;
        }
        JsonNode condition = member.value();
        if (!condition.isObject() || !CONDITION_MEMBERS.containsAll(memberNames(condition))
                || !condition.path("field").isTextual() || condition.has("equals") == condition.has("in")) {
            throw fail(member, "\"" + rule + "\" must be an object with a string \"field\" and either \"equals\" "
                    + "(one value) or \"in\" (an array of values)");
        }
        String target = condition.get("field").asText();
        FormField targetField = earlier.get(target);
        if (targetField == null) {
            throw fail(member, "\"" + rule + "\" refers to \"" + target + "\", which is not a field before it");
        }
        List<JsonNode> expected = new ArrayList<>();
        if (condition.has("equals")) {
            expected.add(condition.get("equals"));
        } else if (condition.get("in").isArray() && !condition.get("in").isEmpty()) {
            condition.get("in").forEach(expected::add);
        } else {
            throw fail(member, "\"in\" of \"" + rule + "\" must be an array of at least one value");
        }
        List<FieldValue> anyOf = new ArrayList<>();
        for (JsonNode value : expected) {
            anyOf.add(value(new Member(rule, value, member.location()), targetField.type(), true));
        }
        return new FieldCondition(target, anyOf);
    }

    /**
     * A value of a field of {@code type}.
     *
     * @param single whether a multiple choice is given as one option (in a rule) rather than a list
     */
    private FieldValue value(Member member, FieldType type, boolean single) {
        JsonNode node = member.value();
        return switch (type) {
            case TEXT -> FieldValue.text(text(member));
            case NUMBER -> FieldValue.number(number(member));
            case DATE -> FieldValue.date(date(member));
            case BOOLEAN -> FieldValue.bool(bool(member));
            case SINGLE_CHOICE -> FieldValue.choice(text(member));
            case MULTIPLE_CHOICE -> single ? FieldValue.choice(text(member)) : choices(member, node);
        };
    }

    private FieldValue choices(Member member, JsonNode node) {
        List<String> chosen = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(option -> chosen.add(option.isTextual() ? option.asText() : null));
        }
        if (chosen.isEmpty() || chosen.contains(null) || Set.copyOf(chosen).size() != chosen.size()) {
            throw fail(member, "\"" + member.name() + "\" must be an array of distinct option values, at least one");
        }
        return new FieldValue.ChoicesValue(chosen);
    }

    private String requiredText(String name) {
        Member member = members.get(name);
        if (member == null) {
            throw file.fail(start, context + " is missing required member \"" + name + "\"");
        }
        String text = text(member);
        if (text.isBlank()) {
            throw fail(member, "\"" + name + "\" must not be blank");
        }
        return text;
    }

    private String text(Member member) {
        if (!member.value().isTextual()) {
            throw fail(member, "\"" + member.name() + "\" must be a string, not "
                    + JsonFormFile.describe(member.value()));
        }
        return member.value().asText();
    }

    private boolean bool(Member member) {
        if (!member.value().isBoolean()) {
            throw fail(member, "\"" + member.name() + "\" must be true or false, not "
                    + JsonFormFile.describe(member.value()));
        }
        return member.value().booleanValue();
    }

    private BigDecimal number(Member member) {
        if (!member.value().isNumber()) {
            throw fail(member, "\"" + member.name() + "\" must be a number, not "
                    + JsonFormFile.describe(member.value()));
        }
        return member.value().decimalValue();
    }

    private Integer length(Member member) {
        if (!member.value().isIntegralNumber() || !member.value().canConvertToInt() || member.value().intValue() < 0) {
            throw fail(member, "\"" + member.name() + "\" must be a whole number of at least 0");
        }
        return member.value().intValue();
    }

    private LocalDate date(Member member) {
        String text = text(member);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(member, "\"" + member.name() + "\" must be a date such as 2024-03-01, not \"" + text + "\"");
        }
    }

    private static Set<String> memberNames(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private RuntimeException fail(Member member, String problem) {
        return file.fail(member.location(), context + ": " + problem);
    }
}
