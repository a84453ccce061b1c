package dev.outboundkit.spec;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedList;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedMaxItems;
import org.openapitools.openapidiff.core.model.schema.ChangedMaxLength;
import org.openapitools.openapidiff.core.model.schema.ChangedMinItems;
import org.openapitools.openapidiff.core.model.schema.ChangedMinLength;
import org.openapitools.openapidiff.core.model.schema.ChangedNumericRange;
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedPattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The breaking-change guard of the spec: compares {@code api/openapi.yaml} with the newest spec
 * released under {@code api/released/} (by {@code info.version}, semver) with openapi-diff, and
 * refuses a spec that breaks compatibility with it unless {@code info.version}'s MAJOR was raised.
 *
 * <p>A refusal names every incompatible change it found ("POST /speech/...: request body
 * (application/json) oneOf NotStartedTaskEdit.acw: maximum lowered from 180 to 120"), the two
 * versions, and what to do about it.
 */
final class SpecCompatibilityGuard {

  /** {@code MAJOR.MINOR.PATCH}, optionally {@code -pre.release} and {@code +build}. */
  private static final Pattern SEMVER =
      Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?$");

  private SpecCompatibilityGuard() {
  }

  /** A semantic version; pre-releases sort before their release, build metadata is ignored. */
  record SemVer(int major, int minor, int patch, String preRelease) implements Comparable<SemVer> {

    static SemVer parse(String text) {
      Matcher m = SEMVER.matcher(text == null ? "" : text.trim());
      if (!m.matches()) {
        throw new IllegalArgumentException("info.version " + text + " is not a semantic version MAJOR.MINOR.PATCH");
      }
      return new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), m.group(4));
    }

    @Override
    public int compareTo(SemVer o) {
      int c = Comparator.comparingInt(SemVer::major).thenComparingInt(SemVer::minor)
          .thenComparingInt(SemVer::patch).compare(this, o);
      if (c != 0) {
        return c;
      }
      if (Objects.equals(preRelease, o.preRelease)) {
        return 0;
      }
      if (preRelease == null) {
        return 1;
      }
      if (o.preRelease == null) {
        return -1;
      }
      return preRelease.compareTo(o.preRelease);
    }

    @Override
    public String toString() {
      return major + "." + minor + "." + patch + (preRelease == null ? "" : "-" + preRelease);
    }
  }

  /**
   * The guard's answer.
   *
   * @param allowed whether the spec may go out as it is
   * @param current the spec's own {@code info.version}
   * @param released the newest released version, or null when nothing was released yet
   * @param releasedSpec the file of that release, or null
   * @param breaks the incompatible changes found, one line each (empty when compatible)
   * @param message what was decided and why; names every break when refused
   */
  record Verdict(boolean allowed, SemVer current, SemVer released, Path releasedSpec, List<String> breaks,
      String message) {
  }

  /** Runs {@link #check} and throws an {@link AssertionError} carrying its message when refused. */
  static Verdict enforce(Path spec, Path releasedDir) {
    Verdict verdict = check(spec, releasedDir);
    if (!verdict.allowed()) {
      throw new AssertionError(verdict.message());
    }
    return verdict;
  }

  /**
   * Compares {@code spec} with the newest release in {@code releasedDir}.
   *
   * @param spec the spec to judge (normally {@code api/openapi.yaml})
   * @param releasedDir the folder of released specs, {@code openapi-VERSION.yaml} each
   * @return the verdict; never throws for a breaking change
   */
  static Verdict check(Path spec, Path releasedDir) {
    SemVer current = version(spec);
    Optional<Path> newest = newestRelease(releasedDir);
    if (newest.isEmpty()) {
      return new Verdict(true, current, null, null, List.of(),
          "No released spec under " + releasedDir + ": nothing to be compatible with.");
    }
    Path releasedSpec = newest.get();
    SemVer released = version(releasedSpec);
    if (current.compareTo(released) < 0) {
      return new Verdict(false, current, released, releasedSpec, List.of(),
          "info.version " + current + " of " + spec + " is lower than the newest release " + released + " ("
              + releasedSpec + "): a spec's version must never go back.");
    }
    ChangedOpenApi diff = OpenApiCompare.fromLocations(
        releasedSpec.toAbsolutePath().toString(), spec.toAbsolutePath().toString());
    List<String> breaks = breaks(diff);
    if (breaks.isEmpty()) {
      return new Verdict(true, current, released, releasedSpec, breaks,
          "Compatible with release " + released + " (" + releasedSpec.getFileName() + ").");
    }
    if (current.major() > released.major()) {
      return new Verdict(true, current, released, releasedSpec, breaks,
          "Breaks compatibility with release " + released + ", and info.version " + current
              + " raised the MAJOR version, as semver requires:\n  - " + String.join("\n  - ", breaks));
    }
    return new Verdict(false, current, released, releasedSpec, breaks,
        spec + " breaks compatibility with the released spec " + released + " (" + releasedSpec
            + ") but info.version is " + current + ": a breaking change needs a new MAJOR version ("
            + (released.major() + 1) + ".0.0), or undo the change. Incompatible changes ("
            + breaks.size() + "):\n  - " + String.join("\n  - ", breaks));
  }

  /** The released spec with the highest {@code info.version} among {@code openapi-*.yaml}/{@code .yml}/{@code .json}. */
  static Optional<Path> newestRelease(Path releasedDir) {
    if (!Files.isDirectory(releasedDir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(releasedDir)) {
      return files
          .filter(p -> p.getFileName().toString().matches("openapi-.*\\.(yaml|yml|json)"))
          .max(Comparator.comparing(SpecCompatibilityGuard::version));
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + releasedDir, e);
    }
  }

  /** A spec's {@code info.version}. */
  static SemVer version(Path spec) {
    try (InputStream in = Files.newInputStream(spec)) {
      Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      if (root instanceof Map<?, ?> map && map.get("info") instanceof Map<?, ?> info) {
        Object version = info.get("version");
        try {
          return SemVer.parse(version == null ? null : version.toString());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(spec + ": " + e.getMessage(), e);
        }
      }
      throw new IllegalArgumentException(spec + " has no info.version");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + spec, e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Naming what broke.

  /** Every incompatible change of {@code diff}, as "where: what" lines. */
  static List<String> breaks(ChangedOpenApi diff) {
    List<String> out = new ArrayList<>();
    for (Endpoint endpoint : diff.getMissingEndpoints()) {
      out.add(endpoint.getMethod() + " " + endpoint.getPathUrl() + ": operation removed");
    }
    for (ChangedOperation op : diff.getChangedOperations()) {
      if (!op.isIncompatible()) {
        continue;
      }
      String at = op.getHttpMethod() + " " + op.getPathUrl();
      int before = out.size();
      if (op.isCoreChanged().isIncompatible()) {
        out.add(at + ": operation changed incompatibly (operationId or deprecation)");
      }
      parameters(at, op.getParameters(), out);
      requestBody(at, op.getRequestBody(), out);
      responses(at, op.getApiResponses(), out);
      if (op.getSecurityRequirements() != null && op.getSecurityRequirements().isIncompatible()) {
        out.add(at + ": security requirements changed incompatibly");
      }
      if (out.size() == before) {
        generic(at, op, out);
      }
    }
    if (out.isEmpty() && diff.isIncompatible()) {
      out.add("incompatible change that openapi-diff did not place (see its report): " + diff.isChanged());
    }
    return out;
  }

  private static void parameters(String at, ChangedParameters parameters, List<String> out) {
    if (parameters == null || !parameters.isIncompatible()) {
      return;
    }
    parameters.getMissing().forEach(p -> out.add(at + ": " + p.getIn() + " parameter " + p.getName() + " removed"));
    parameters.getIncreased().stream()
        .filter(p -> Boolean.TRUE.equals(p.getRequired()))
        .forEach(p -> out.add(at + ": new required " + p.getIn() + " parameter " + p.getName()));
    for (ChangedParameter p : parameters.getChanged()) {
      if (!p.isIncompatible()) {
        continue;
      }
      String where = at + ": " + p.getIn() + " parameter " + p.getName();
      int before = out.size();
      if (p.isCoreChanged().isIncompatible()) {
        out.add(where + ": " + (p.isChangeRequired() ? "became required" : "style, explode or allowEmptyValue changed"));
      }
      schema(where, p.getSchema(), out);
      content(where, p.getContent(), out);
      if (out.size() == before) {
        generic(where, p, out);
      }
    }
  }

  private static void requestBody(String at, ChangedRequestBody body, List<String> out) {
    if (body == null || !body.isIncompatible()) {
      return;
    }
    String where = at + ": request body";
    if (body.isCoreChanged().isIncompatible()) {
      out.add(where + (body.isChangeRequired() ? " became required" : " changed incompatibly"));
    }
    content(where, body.getContent(), out);
  }

  private static void responses(String at, ChangedApiResponse responses, List<String> out) {
    if (responses == null || !responses.isIncompatible()) {
      return;
    }
    responses.getMissing().keySet().forEach(code -> out.add(at + ": response " + code + " removed"));
    for (Map.Entry<String, ChangedResponse> e : responses.getChanged().entrySet()) {
      ChangedResponse response = e.getValue();
      if (!response.isIncompatible()) {
        continue;
      }
      String where = at + ": response " + e.getKey();
      int before = out.size();
      if (response.getHeaders() != null && response.getHeaders().isIncompatible()) {
        out.add(where + ": headers changed incompatibly");
      }
      content(where, response.getContent(), out);
      if (out.size() == before) {
        generic(where, response, out);
      }
    }
  }

  private static void content(String where, ChangedContent content, List<String> out) {
    if (content == null || !content.isIncompatible()) {
      return;
    }
    content.getMissing().keySet().forEach(type -> out.add(where + ": media type " + type + " removed"));
    for (Map.Entry<String, ChangedMediaType> e : content.getChanged().entrySet()) {
      schema(where + " (" + e.getKey() + ")", e.getValue().getSchema(), out);
    }
  }

  /** Walks a schema change down to its incompatible leaves. */
  private static void schema(String where, ChangedSchema s, List<String> out) {
    if (s == null || !s.isIncompatible()) {
      return;
    }
    int before = out.size();
    if (s.isChangedType()) {
      out.add(where + ": type changed from " + type(s.getOldSchema()) + " to " + type(s.getNewSchema()));
    }
    if (s.isChangeFormat() && s.isCoreChanged().isIncompatible()) {
      out.add(where + ": format changed from " + format(s.getOldSchema()) + " to " + format(s.getNewSchema()));
    }
    if (s.isDiscriminatorPropertyChanged()) {
      out.add(where + ": discriminator property changed");
    }
    if (s.isCoreChanged().isIncompatible()) {
      if (s.getContext() != null && s.getContext().isResponse()) {
        s.getMissingProperties().keySet().forEach(name -> out.add(where + "." + name + ": property removed from the response"));
      } else {
        s.getMissingProperties().keySet().forEach(name -> out.add(where + "." + name + ": property removed from the request"));
      }
    }
    leaf(where, "required", s.getRequired(), out);
    leaf(where, "enum", s.getEnumeration(), out);
    leaf(where, "range", s.getNumericRange(), out);
    leaf(where, "maxLength", s.getMaxLength(), out);
    leaf(where, "minLength", s.getMinLength(), out);
    leaf(where, "pattern", s.getPattern(), out);
    leaf(where, "maxItems", s.getMaxItems(), out);
    leaf(where, "minItems", s.getMinItems(), out);
    leaf(where, "multipleOf", s.getMultipleOf(), out);
    leaf(where, "nullable", s.getNullable(), out);
    leaf(where, "readOnly", s.getReadOnly(), out);
    leaf(where, "writeOnly", s.getWriteOnly(), out);
    leaf(where, "uniqueItems", s.getUniqueItems(), out);
    leaf(where, "maxProperties", s.getMaxProperties(), out);
    leaf(where, "minProperties", s.getMinProperties(), out);
    for (Map.Entry<String, ChangedSchema> e : s.getChangedProperties().entrySet()) {
      schema(where + "." + e.getKey(), e.getValue(), out);
    }
    schema(where + "[]", s.getItems(), out);
    schema(where + " additionalProperties", s.getAddProp(), out);
    ChangedOneOfSchema oneOf = s.getOneOfSchema();
    if (oneOf != null && oneOf.isIncompatible()) {
      oneOf.getMissing().keySet().forEach(name -> out.add(where + ": oneOf variant " + shortRef(name) + " removed"));
      for (Map.Entry<String, ChangedSchema> e : oneOf.getChanged().entrySet()) {
        schema(where + " oneOf " + shortRef(e.getKey()), e.getValue(), out);
      }
    }
    if (out.size() == before) {
      out.add(where + ": schema changed incompatibly");
    }
  }

  private static void leaf(String where, String what, Changed change, List<String> out) {
    if (change == null || !change.isIncompatible()) {
      return;
    }
    out.add(where + ": " + describe(what, change));
  }

  private static String describe(String what, Changed change) {
    if (change instanceof ChangedNumericRange r) {
      List<String> parts = new ArrayList<>();
      bound(parts, "minimum", r.getOldMinimumValue(), r.getNewMinimumValue(),
          r.getOldMinimumExclusiveValue(), r.getNewMinimumExclusiveValue());
      bound(parts, "maximum", r.getOldMaximumValue(), r.getNewMaximumValue(),
          r.getOldMaximumExclusiveValue(), r.getNewMaximumExclusiveValue());
      return parts.isEmpty() ? "numeric range narrowed" : String.join(", ", parts);
    }
    if (change instanceof ChangedMaxLength c) {
      return "maxLength changed from " + c.getOldValue() + " to " + c.getNewValue();
    }
    if (change instanceof ChangedMinLength c) {
      return "minLength changed from " + c.getOldValue() + " to " + c.getNewValue();
    }
    if (change instanceof ChangedMaxItems c) {
      return "maxItems changed from " + c.getOldValue() + " to " + c.getNewValue();
    }
    if (change instanceof ChangedMinItems c) {
      return "minItems changed from " + c.getOldValue() + " to " + c.getNewValue();
    }
    if (change instanceof ChangedPattern c) {
      return "pattern changed from " + c.getOldPattern() + " to " + c.getNewPattern();
    }
    if (change instanceof ChangedList<?> list) {
      List<String> parts = new ArrayList<>();
      if (!list.getMissing().isEmpty()) {
        parts.add("no longer lists " + list.getMissing());
      }
      if (!list.getIncreased().isEmpty()) {
        parts.add("now also lists " + list.getIncreased());
      }
      return what + " " + String.join(" and ", parts);
    }
    return what + " changed incompatibly";
  }

  private static void bound(List<String> parts, String name, BigDecimal before, BigDecimal after,
      Boolean exclusiveBefore, Boolean exclusiveAfter) {
    if (Objects.equals(before, after) && Objects.equals(exclusiveBefore, exclusiveAfter)) {
      return;
    }
    String from = before == null ? "none" : before.toPlainString();
    String to = after == null ? "none" : after.toPlainString();
    String verb = before != null && after != null
        ? (after.compareTo(before) < 0 ? "lowered" : after.compareTo(before) > 0 ? "raised" : "changed")
        : "changed";
    String exclusive = Objects.equals(exclusiveBefore, exclusiveAfter) ? ""
        : " (exclusive " + exclusiveBefore + " -> " + exclusiveAfter + ")";
    parts.add(name + " " + verb + " from " + from + " to " + to + exclusive);
  }

  /** Last resort: the class names of the incompatible leaves under {@code change}. */
  private static void generic(String where, Changed change, List<String> out) {
    if (change instanceof ComposedChanged composed) {
      boolean any = false;
      for (Changed child : composed.getChangedElements()) {
        if (child != null && child.isIncompatible()) {
          any = true;
          generic(where, child, out);
        }
      }
      if (!any && composed.isCoreChanged().isIncompatible()) {
        out.add(where + ": " + change.getClass().getSimpleName() + " changed incompatibly");
      }
    } else if (change != null && change.isIncompatible()) {
      out.add(where + ": " + change.getClass().getSimpleName() + " changed incompatibly");
    }
  }

  private static String shortRef(String ref) {
    return ref == null ? "?" : ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static String type(io.swagger.v3.oas.models.media.Schema<?> schema) {
    return schema == null ? "none" : String.valueOf(schema.getType());
  }

  private static String format(io.swagger.v3.oas.models.media.Schema<?> schema) {
    return schema == null ? "none" : String.valueOf(schema.getFormat());
  }
}
