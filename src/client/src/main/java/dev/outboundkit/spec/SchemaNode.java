package dev.outboundkit.spec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One schema of the spec as the checks read it: {@code $ref}s resolved, limits parsed, nothing
 * left to look up. Immutable: built once when the spec is loaded and shared by every check in
 * the JVM, so no caller can change what another sees.
 *
 * <p>Every keyword the spec may use has a field here; a keyword that has none is refused when
 * the spec is loaded (see {@link ApiSpec}), so that no rule is ignored in silence.
 */
public final class SchemaNode {
  /** The JSON types the checks know. */
  public enum Type {
    OBJECT, ARRAY, STRING, INTEGER, NUMBER, BOOLEAN;

    /** @return the name the spec spells it with */
    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * {@code x-conditional-required}: when {@code property} equals {@code equals}, every one of
   * {@code require} must be present.
   */
  public record ConditionalRequired(String property, Object equals, List<String> require) {
  }

  /**
   * {@code x-ordered-pairs}: {@code then} must not come before {@code first} ({@code strict}:
   * must come after); both are dates or HH:mm:ss times.
   */
  public record OrderedPair(String first, String then, boolean strict) {
  }

  final String pointer;
  final String name;
  final Type type;
  final String format;
  final boolean nullable;
  final List<Object> enumValues;
  final BigDecimal minimum;
  final BigDecimal maximum;
  final boolean exclusiveMinimum;
  final boolean exclusiveMaximum;
  final BigDecimal multipleOf;
  final Integer minLength;
  final Integer maxLength;
  final Pattern pattern;
  final Map<String, SchemaNode> properties;
  final List<String> required;
  final boolean closed;
  final SchemaNode items;
  final Integer minItems;
  final Integer maxItems;
  final List<SchemaNode> oneOf;
  final List<ConditionalRequired> conditionalRequired;
  final List<OrderedPair> orderedPairs;
  final boolean acceptIntegerBoolean;

  // Built by ApiSpec's loader only; every collection it passes is already unmodifiable.
  SchemaNode(Builder b) {
    this.pointer = b.pointer;
    this.name = b.name;
    this.type = b.type;
    this.format = b.format;
    this.nullable = b.nullable;
    this.enumValues = b.enumValues;
    this.minimum = b.minimum;
    this.maximum = b.maximum;
    this.exclusiveMinimum = b.exclusiveMinimum;
    this.exclusiveMaximum = b.exclusiveMaximum;
    this.multipleOf = b.multipleOf;
    this.minLength = b.minLength;
    this.maxLength = b.maxLength;
    this.pattern = b.pattern;
    this.properties = b.properties;
    this.required = b.required;
    this.closed = b.closed;
    this.items = b.items;
    this.minItems = b.minItems;
    this.maxItems = b.maxItems;
    this.oneOf = b.oneOf;
    this.conditionalRequired = b.conditionalRequired;
    this.orderedPairs = b.orderedPairs;
    this.acceptIntegerBoolean = b.acceptIntegerBoolean;
  }

  /** @return where the schema sits in the document, e.g. {@code #/components/schemas/TaskId} */
  public String pointer() {
    return pointer;
  }

  /** @return its name under {@code components.schemas}, if it has one */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** @return {@code type}, absent for a schema that is only a {@code oneOf} */
  public Optional<Type> type() {
    return Optional.ofNullable(type);
  }

  public Optional<String> format() {
    return Optional.ofNullable(format);
  }

  public boolean nullable() {
    return nullable;
  }

  /** @return {@code enum}, empty when the schema has none */
  public List<Object> enumValues() {
    return enumValues;
  }

  public Optional<BigDecimal> minimum() {
    return Optional.ofNullable(minimum);
  }

  public Optional<BigDecimal> maximum() {
    return Optional.ofNullable(maximum);
  }

  public boolean exclusiveMinimum() {
    return exclusiveMinimum;
  }

  public boolean exclusiveMaximum() {
    return exclusiveMaximum;
  }

  public Optional<BigDecimal> multipleOf() {
    return Optional.ofNullable(multipleOf);
  }

  public Optional<Integer> minLength() {
    return Optional.ofNullable(minLength);
  }

  public Optional<Integer> maxLength() {
    return Optional.ofNullable(maxLength);
  }

  public Optional<Pattern> pattern() {
    return Optional.ofNullable(pattern);
  }

  /** @return the properties in the spec's order, each resolved */
  public Map<String, SchemaNode> properties() {
    return properties;
  }

  public List<String> required() {
    return required;
  }

  /** @return whether {@code additionalProperties: false} */
  public boolean closed() {
    return closed;
  }

  public Optional<SchemaNode> items() {
    return Optional.ofNullable(items);
  }

  public Optional<Integer> minItems() {
    return Optional.ofNullable(minItems);
  }

  public Optional<Integer> maxItems() {
    return Optional.ofNullable(maxItems);
  }

  /** @return the variants of {@code oneOf}, each resolved; empty when the schema has none */
  public List<SchemaNode> oneOf() {
    return oneOf;
  }

  public List<ConditionalRequired> conditionalRequired() {
    return conditionalRequired;
  }

  public List<OrderedPair> orderedPairs() {
    return orderedPairs;
  }

  /** @return whether {@code x-accept-integer-boolean: true} */
  public boolean acceptIntegerBoolean() {
    return acceptIntegerBoolean;
  }

  /** @return the name for messages: the schema's own, else its pointer */
  String label() {
    return name != null ? name : pointer;
  }

  @Override
  public String toString() {
    return "SchemaNode{" + label() + "}";
  }

  /** Mutable while the loader fills it in; never leaves this package. */
  static final class Builder {
    String pointer;
    String name;
    Type type;
    String format;
    boolean nullable;
    List<Object> enumValues = List.of();
    BigDecimal minimum;
    BigDecimal maximum;
    boolean exclusiveMinimum;
    boolean exclusiveMaximum;
    BigDecimal multipleOf;
    Integer minLength;
    Integer maxLength;
    Pattern pattern;
    Map<String, SchemaNode> properties = Map.of();
    List<String> required = List.of();
    boolean closed;
    SchemaNode items;
    Integer minItems;
    Integer maxItems;
    List<SchemaNode> oneOf = List.of();
    List<ConditionalRequired> conditionalRequired = List.of();
    List<OrderedPair> orderedPairs = List.of();
    boolean acceptIntegerBoolean;
  }
}
