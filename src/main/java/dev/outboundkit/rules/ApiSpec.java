package dev.outboundkit.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI document, read at run time so that every check takes its limits from it: the
 * client's checks before sending and the mock's checks on receipt read the same numbers, and a
 * limit changed in {@code api/openapi.yaml} changes both with no second edit.
 *
 * <p>Only what the checks need is modelled: named schemas under {@code components.schemas},
 * with local {@code $ref}s resolved on demand.
 */
public final class ApiSpec {
  /** Where the build puts {@code api/openapi.yaml} inside the jar. */
  public static final String CLASSPATH_LOCATION = "dev/outboundkit/spec/openapi.yaml";

  private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
  private static volatile ApiSpec bundled;

  private final String source;
  private final Map<String, Object> schemas;
  private final String version;

  private ApiSpec(String source, Map<String, Object> document) {
    this.source = source;
    this.schemas = map(map(document.get("components"), "components").get("schemas"), "components.schemas");
    this.version = String.valueOf(map(document.get("info"), "info").get("version"));
  }

  /** @return the spec packaged with this library, read once */
  public static ApiSpec bundled() {
    ApiSpec spec = bundled;
    if (spec == null) {
      synchronized (ApiSpec.class) {
        if (bundled == null) {
          bundled = loadBundled();
        }
        spec = bundled;
      }
    }
    return spec;
  }

  /**
   * @param file an OpenAPI document in YAML or JSON
   * @return the spec it holds
   * @throws IllegalArgumentException naming the file when it cannot be read or is not a spec
   */
  public static ApiSpec load(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the spec " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @param yaml an OpenAPI document in YAML or JSON
   * @param source where it came from, for messages
   * @return the spec it holds
   */
  public static ApiSpec parse(String yaml, String source) {
    Objects.requireNonNull(yaml, "yaml");
    return read(new StringReader(yaml), source);
  }

  private static ApiSpec loadBundled() {
    InputStream in = ApiSpec.class.getClassLoader().getResourceAsStream(CLASSPATH_LOCATION);
    if (in == null) {
      throw new IllegalStateException("the bundled spec " + CLASSPATH_LOCATION + " is missing from the classpath");
    }
    try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader, CLASSPATH_LOCATION);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled spec: " + e.getMessage(), e);
    }
  }

  private static ApiSpec read(Reader reader, String source) {
    Object document;
    try {
      document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(source + " is not valid YAML: " + e.getMessage(), e);
    }
    try {
      return new ApiSpec(source, map(document, "the document"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  /** @return {@code info.version} */
  public String version() {
    return version;
  }

  /** @return where the spec was read from */
  public String source() {
    return source;
  }

  /**
   * @param name a schema under {@code components.schemas}
   * @return the schema, its own {@code $ref} resolved
   * @throws IllegalArgumentException when the spec has no such schema
   */
  public Map<String, Object> schema(String name) {
    Object schema = schemas.get(name);
    if (schema == null) {
      throw new IllegalArgumentException(source + " has no schema " + name);
    }
    return resolve(map(schema, name));
  }

  /** @return whether the spec defines the named schema */
  public boolean hasSchema(String name) {
    return schemas.containsKey(name);
  }

  /**
   * @param schema a schema node, possibly a {@code $ref}
   * @return the schema it stands for
   */
  public Map<String, Object> resolve(Map<String, Object> schema) {
    Map<String, Object> current = schema;
    for (int depth = 0; current.containsKey("$ref"); depth++) {
      if (depth > 16) {
        throw new IllegalArgumentException(source + ": $ref chain too long at " + schema.get("$ref"));
      }
      String ref = String.valueOf(current.get("$ref"));
      if (!ref.startsWith(SCHEMA_REF_PREFIX)) {
        throw new IllegalArgumentException(source + ": only local schema refs are supported, not " + ref);
      }
      current = map(schemas.get(ref.substring(SCHEMA_REF_PREFIX.length())), ref);
    }
    return current;
  }

  /**
   * @param schemaName a schema under {@code components.schemas}
   * @return its properties, each resolved, in the spec's order
   */
  public Map<String, Map<String, Object>> properties(String schemaName) {
    Map<String, Object> properties = map(schema(schemaName).getOrDefault("properties", Map.of()), schemaName + ".properties");
    Map<String, Map<String, Object>> resolved = new LinkedHashMap<>();
    properties.forEach((name, node) -> resolved.put(name, resolve(map(node, schemaName + "." + name))));
    return Collections.unmodifiableMap(resolved);
  }

  /** @return the property names the named schema requires */
  public List<String> required(String schemaName) {
    return stringList(schema(schemaName).get("required"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node, String where) {
    if (!(node instanceof Map)) {
      throw new IllegalArgumentException(where + " must be a mapping");
    }
    return (Map<String, Object>) node;
  }

  static List<String> stringList(Object node) {
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof List<?> list)) {
      throw new IllegalArgumentException("expected a list, found " + node);
    }
    return list.stream().map(String::valueOf).toList();
  }
}
