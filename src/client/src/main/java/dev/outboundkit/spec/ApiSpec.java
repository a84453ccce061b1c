package dev.outboundkit.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import dev.outboundkit.auth.RequestSigning;

/**
 * The OpenAPI document, read at run time so that every check takes its limits from it: the
 * client's checks before sending and the mock's checks on receipt read the same numbers, and a
 * limit changed in {@code api/openapi.yaml} changes both with no second edit.
 *
 * <p>Loaded once and immutable: every schema is compiled into a {@link SchemaNode} ({@code $ref}s
 * resolved, limits parsed) when the spec is read, and the raw views ({@link #schema(String)},
 * {@link #properties(String)}) are unmodifiable copies, so no caller can change what another
 * sees. Loading fails closed: a schema keyword the checks do not enforce stops the load with a
 * message naming it and where it is.
 */
public final class ApiSpec {
  /** Where the build puts {@code api/openapi.yaml} inside the jar. */
  public static final String CLASSPATH_LOCATION = "dev/outboundkit/spec/openapi.yaml";

  private static final String SCHEMA_REF_PREFIX = SchemaCompiler.SCHEMA_REF_PREFIX;
  private static volatile ApiSpec bundled;

  private final String source;
  private final Map<String, Object> schemas;
  private final String version;
  private final Map<String, SchemaNode> nodes;
  private final Map<String, Map<String, Map<String, Object>>> properties;
  private final RequestSigning signing;
  private final Map<String, String> pathByOperation;

  private ApiSpec(String source, Map<String, Object> document) {
    this.source = source;
    Map<String, Object> frozen = map(freeze(document), "the document");
    this.schemas = map(map(frozen.get("components"), "components").get("schemas"), "components.schemas");
    this.version = String.valueOf(map(frozen.get("info"), "info").get("version"));
    SchemaCompiler compiler = new SchemaCompiler(schemas);
    this.nodes = compiler.compileAll();
    compileOperationSchemas(compiler, frozen.get("paths"));
    Map<String, Map<String, Map<String, Object>>> byName = new LinkedHashMap<>();
    for (String name : schemas.keySet()) {
      Map<String, Object> own = map(resolve(map(schemas.get(name), name)).getOrDefault("properties", Map.of()),
          name + ".properties");
      Map<String, Map<String, Object>> resolved = new LinkedHashMap<>();
      own.forEach((key, node) -> resolved.put(key, resolve(map(node, name + "." + key))));
      byName.put(name, Collections.unmodifiableMap(resolved));
    }
    this.properties = Collections.unmodifiableMap(byName);
    this.signing = SigningHeaders.read(frozen.get("components"));
    this.pathByOperation = operationPaths(frozen.get("paths"));
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
   * @return the schema, compiled: limits parsed and {@code $ref}s resolved
   * @throws IllegalArgumentException when the spec has no such schema
   */
  public SchemaNode node(String name) {
    SchemaNode node = nodes.get(name);
    if (node == null) {
      throw new IllegalArgumentException(source + " has no schema " + name);
    }
    return node;
  }

  /** @return every schema under {@code components.schemas}, compiled, in the spec's order */
  public Map<String, SchemaNode> nodes() {
    return nodes;
  }

  /**
   * Fails closed for a reader that picks a union's variant itself (the mock picks it by the
   * task's status): a variant the reader does not know would otherwise pass unchecked.
   *
   * @param union a schema under {@code components.schemas} that is a {@code oneOf}
   * @param variants the names of the variants the reader knows, in any order
   * @throws IllegalArgumentException naming every variant the union and the reader do not share
   */
  public void requireVariants(String union, List<String> variants) {
    List<String> declared = node(union).oneOf().stream().map(SchemaNode::label).toList();
    if (!new java.util.HashSet<>(declared).equals(new java.util.HashSet<>(variants))) {
      List<String> unknown = declared.stream().filter(v -> !variants.contains(v)).toList();
      List<String> missing = variants.stream().filter(v -> !declared.contains(v)).toList();
      throw new IllegalArgumentException(source + ": oneOf at " + SCHEMA_REF_PREFIX + union + " has the variants "
          + declared + "; this reader knows " + variants
          + (unknown.isEmpty() ? "" : "; unknown: " + unknown) + (missing.isEmpty() ? "" : "; missing: " + missing));
    }
  }

  /**
   * @return the signing protocol with the header names this spec gives: the three signed headers,
   *     named by its {@code x-signing-*} security schemes
   */
  public RequestSigning signing() {
    return signing;
  }

  /**
   * @param name a schema under {@code components.schemas}
   * @return the schema as written, its own {@code $ref} resolved; unmodifiable
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
   * @return its properties, each resolved, in the spec's order; unmodifiable
   */
  public Map<String, Map<String, Object>> properties(String schemaName) {
    Map<String, Map<String, Object>> found = properties.get(schemaName);
    if (found == null) {
      throw new IllegalArgumentException(source + " has no schema " + schemaName);
    }
    return found;
  }

  /** @return the property names the named schema requires */
  public List<String> required(String schemaName) {
    return node(schemaName).required();
  }

  /**
   * @param operationId an operation's {@code operationId}, e.g. {@code editTask}
   * @return its path, e.g. {@code /speech/openapi/v1/task/outbound/edit}
   * @throws IllegalArgumentException when the spec has no such operation
   */
  public String path(String operationId) {
    String path = pathByOperation.get(operationId);
    if (path == null) {
      throw new IllegalArgumentException(source + " has no operation " + operationId);
    }
    return path;
  }

  private static Map<String, String> operationPaths(Object paths) {
    Map<String, String> byOperation = new LinkedHashMap<>();
    if (paths instanceof Map<?, ?> byPath) {
      byPath.forEach((path, item) -> {
        if (item instanceof Map<?, ?> operations) {
          operations.values().forEach(operation -> {
            if (operation instanceof Map<?, ?> op && op.get("operationId") instanceof String id) {
              byOperation.put(id, String.valueOf(path));
            }
          });
        }
      });
    }
    return Collections.unmodifiableMap(byOperation);
  }

  /** Operation schemas (parameters, bodies, answers) are held to the same keywords as named ones. */
  private static void compileOperationSchemas(SchemaCompiler compiler, Object paths) {
    if (!(paths instanceof Map<?, ?> byPath)) {
      return;
    }
    byPath.forEach((path, item) -> {
      String pathPointer = "#/paths/" + SchemaCompiler.escape(String.valueOf(path));
      if (!(item instanceof Map<?, ?> operations)) {
        return;
      }
      operations.forEach((method, operation) -> {
        if (!(operation instanceof Map<?, ?> op)) {
          return;
        }
        String at = pathPointer + "/" + method;
        if (op.get("parameters") instanceof List<?> parameters) {
          for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i) instanceof Map<?, ?> parameter && parameter.containsKey("schema")) {
              compiler.compile(parameter.get("schema"), at + "/parameters/" + i + "/schema");
            }
          }
        }
        if (op.get("requestBody") instanceof Map<?, ?> body) {
          compileContent(compiler, body.get("content"), at + "/requestBody/content");
        }
        if (op.get("responses") instanceof Map<?, ?> responses) {
          responses.forEach((status, response) -> {
            if (response instanceof Map<?, ?> answer) {
              compileContent(compiler, answer.get("content"), at + "/responses/" + status + "/content");
            }
          });
        }
      });
    });
  }

  private static void compileContent(SchemaCompiler compiler, Object content, String pointer) {
    if (content instanceof Map<?, ?> byType) {
      byType.forEach((type, media) -> {
        if (media instanceof Map<?, ?> m && m.containsKey("schema")) {
          compiler.compile(m.get("schema"), pointer + "/" + SchemaCompiler.escape(String.valueOf(type)) + "/schema");
        }
      });
    }
  }

  /** @return an unmodifiable deep copy of what SnakeYAML read, with string keys */
  private static Object freeze(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, value) -> copy.put(String.valueOf(key), freeze(value)));
      return Collections.unmodifiableMap(copy);
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(value -> copy.add(freeze(value)));
      return Collections.unmodifiableList(copy);
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node, String where) {
    if (!(node instanceof Map)) {
      throw new IllegalArgumentException(where + " must be a mapping");
    }
    return (Map<String, Object>) node;
  }
}
