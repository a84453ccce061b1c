package dev.outboundkit.spec;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.BaseKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;

/**
 * networknt json-schema-validator reading the same spec with its OpenAPI 3.0 dialect, format
 * assertions on, and the project's two cross-field extensions as custom keywords: the library
 * the hand validator is measured against (differential test and benchmark).
 */
final class NetworkntChecks {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  private final Schema schema;

  NetworkntChecks(String schemaName) {
    Dialect.Builder dialect = Dialect.builder(Dialects.getOpenApi30())
        .keyword(new ConditionalRequired())
        .keyword(new OrderedPairs());
    // Read but not rules here: the document's own sections (the schemas sit inside the whole
    // document), generator hints, and the server-only integer Boolean (the comparison is CLIENT).
    for (String name : List.of("openapi", "info", "servers", "security", "tags", "paths", "components",
        "x-enum-varnames", "x-enum-descriptions", "x-accept-integer-boolean")) {
      dialect.keyword(new NonValidationKeyword(name));
    }
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .formatAssertionsEnabled(true)
        // OpenAPI 3.0.3 takes JSON Schema Wright draft 00, where 3.0 is an integer.
        .losslessNarrowing(true)
        .build();
    SchemaRegistry registry = SchemaRegistry.withDialect(dialect.build(), builder -> builder.schemaRegistryConfig(config));
    this.schema = registry.getSchema(SchemaLocation.of("classpath:" + ApiSpec.CLASSPATH_LOCATION
        + "#/components/schemas/" + schemaName));
    schema.initializeValidators();
  }

  /** @return the library's errors for a body given as JSON text */
  List<Error> validate(String json) {
    return validate(parse(json));
  }

  List<Error> validate(JsonNode json) {
    return schema.validate(json);
  }

  static JsonNode parse(String json) {
    try {
      return JACKSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A keyword whose rule reads one JSON object and names what is wrong with it. */
  private abstract static class ObjectRule implements Keyword {
    private final String name;

    ObjectRule(String name) {
      this.name = name;
    }

    @Override
    public String getValue() {
      return name;
    }

    /** @return what is wrong with {@code object} under the keyword's value {@code rules} */
    abstract List<String> problems(JsonNode rules, JsonNode object);

    @Override
    public KeywordValidator newValidator(SchemaLocation location, JsonNode node, Schema parent, SchemaContext context) {
      return new BaseKeywordValidator(this, node, location, parent, context) {
        @Override
        public void validate(ExecutionContext execution, JsonNode instance, JsonNode root, NodePath at) {
          if (!instance.isObject()) {
            return;
          }
          for (String problem : problems(schemaNode, instance)) {
            execution.addError(error().instanceNode(instance).instanceLocation(at)
                .evaluationPath(execution.getEvaluationPath()).message(problem).build());
          }
        }
      };
    }
  }

  /** {@code x-conditional-required}: when {@code when.property} equals {@code when.equals}, {@code require} must be present. */
  private static final class ConditionalRequired extends ObjectRule {
    ConditionalRequired() {
      super("x-conditional-required");
    }

    @Override
    List<String> problems(JsonNode rules, JsonNode object) {
      List<String> problems = new java.util.ArrayList<>();
      for (JsonNode rule : rules) {
        JsonNode value = object.get(rule.get("when").get("property").asText());
        if (value == null || value.isNull() || !same(value, rule.get("when").get("equals"))) {
          continue;
        }
        for (JsonNode required : rule.get("require")) {
          JsonNode present = object.get(required.asText());
          if (present == null || present.isNull()) {
            problems.add(required.asText() + " is required");
          }
        }
      }
      return problems;
    }

    private static boolean same(JsonNode value, JsonNode expected) {
      if (value.isNumber() && expected.isNumber()) {
        return value.decimalValue().compareTo(expected.decimalValue()) == 0;
      }
      return value.equals(expected);
    }
  }

  /** {@code x-ordered-pairs}: {@code then} must not come before {@code first} ({@code strict}: after). */
  private static final class OrderedPairs extends ObjectRule {
    OrderedPairs() {
      super("x-ordered-pairs");
    }

    @Override
    List<String> problems(JsonNode pairs, JsonNode object) {
      List<String> problems = new java.util.ArrayList<>();
      for (JsonNode pair : pairs) {
        Integer order = compare(object.get(pair.get("first").asText()), object.get(pair.get("then").asText()));
        boolean strict = pair.path("strict").asBoolean(false);
        if (order != null && (order > 0 || (strict && order == 0))) {
          problems.add(pair.get("then").asText() + " is out of order");
        }
      }
      return problems;
    }

    private static Integer compare(JsonNode first, JsonNode then) {
      if (first == null || then == null || !first.isTextual() || !then.isTextual()) {
        return null;
      }
      String a = first.textValue();
      String b = then.textValue();
      if (a.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") && b.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        try {
          return LocalDate.parse(a).compareTo(LocalDate.parse(b));
        } catch (DateTimeParseException e) {
          return null;
        }
      }
      if (a.matches("[0-9]{2}:[0-9]{2}:[0-9]{2}") && b.matches("[0-9]{2}:[0-9]{2}:[0-9]{2}")) {
        try {
          return LocalTime.parse(a).compareTo(LocalTime.parse(b));
        } catch (DateTimeParseException e) {
          return null;
        }
      }
      return null;
    }
  }
}
