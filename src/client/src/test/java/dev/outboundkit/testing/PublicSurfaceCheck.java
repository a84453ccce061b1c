package dev.outboundkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * An artifact's public surface is what {@code docs/java-api.md} lists for it: every public
 * top-level type compiled into the artifact is in its list, and no public or protected signature
 * of those types names a type of an internal package (one named {@code internal}). Each module's
 * {@code PublicSurfaceTest} extends this to hold its own classes to its own list.
 */
public abstract class PublicSurfaceCheck {
  private static final Path DOC = RepoFiles.path("docs", "java-api.md");
  private static final String ROOT = "dev.outboundkit.";

  private final String artifact;
  private final Class<?> anchor;

  /**
   * @param artifact the artifact's id, which names its list: {@code <!-- public-types: ARTIFACT -->}
   * @param anchor a class of the artifact, whose classes directory is read
   */
  protected PublicSurfaceCheck(String artifact, Class<?> anchor) {
    this.artifact = artifact;
    this.anchor = anchor;
  }

  @Test
  void everyPublicTypeIsListedAndEveryListedTypeIsPublic() throws IOException {
    Set<String> listed = block("public-types: " + artifact);

    Set<String> found = new TreeSet<>();
    for (Class<?> type : compiledTypes()) {
      if (Modifier.isPublic(type.getModifiers()) && !isInternal(type.getPackageName())) {
        found.add(type.getName());
      }
    }

    assertThat(difference(found, listed)).as("public types of " + artifact + " not listed in " + DOC
        + " (list them, make them package-private, or move them to an internal package)").isEmpty();
    assertThat(difference(listed, found)).as("types listed for " + artifact + " in " + DOC + " that are not public")
        .isEmpty();
  }

  @Test
  void noPublicSignatureNamesAnInternalType() throws IOException {
    List<String> leaks = new ArrayList<>();
    for (String name : block("public-types: " + artifact)) {
      visit(load(name), leaks);
    }

    assertThat(leaks).as("public signatures naming an internal type").isEmpty();
  }

  /** Records every internal type that {@code type}'s public and protected members mention. */
  private static void visit(Class<?> type, List<String> leaks) {
    String where = type.getName();
    check(where + " extends", type.getGenericSuperclass(), leaks);
    for (Type implemented : type.getGenericInterfaces()) {
      check(where + " implements", implemented, leaks);
    }
    for (Field field : type.getDeclaredFields()) {
      if (exposed(field)) {
        check(where + "." + field.getName(), field.getGenericType(), leaks);
      }
    }
    List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredConstructors()));
    executables.addAll(List.of(type.getDeclaredMethods()));
    for (Executable executable : executables) {
      if (!exposed(executable) || executable.isSynthetic()) {
        continue;
      }
      String signature = where + "." + executable.getName() + "(...)";
      if (executable instanceof Method method) {
        check(signature, method.getGenericReturnType(), leaks);
      }
      for (Type parameter : executable.getGenericParameterTypes()) {
        check(signature, parameter, leaks);
      }
      for (Type thrown : executable.getGenericExceptionTypes()) {
        check(signature, thrown, leaks);
      }
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (exposed(nested.getModifiers())) {
        visit(nested, leaks);
      }
    }
  }

  private static void check(String where, Type type, List<String> leaks) {
    if (type == null) {
      return;
    }
    if (type instanceof Class<?> plain) {
      Class<?> element = plain;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      if (!element.isPrimitive() && isInternal(element.getPackageName())) {
        leaks.add(where + " names " + element.getName());
      }
    } else if (type instanceof ParameterizedType parameterized) {
      check(where, parameterized.getRawType(), leaks);
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(where, argument, leaks);
      }
    } else if (type instanceof GenericArrayType array) {
      check(where, array.getGenericComponentType(), leaks);
    } else if (type instanceof WildcardType wildcard) {
      Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
          .forEach(bound -> check(where, bound, leaks));
    } else if (type instanceof TypeVariable<?> variable) {
      for (Type bound : variable.getBounds()) {
        if (bound != type) {
          check(where, bound instanceof ParameterizedType p ? p.getRawType() : bound, leaks);
        }
      }
    }
  }

  private static boolean exposed(Member member) {
    return exposed(member.getModifiers());
  }

  private static boolean exposed(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** Internal: under a package named {@code internal}. */
  private static boolean isInternal(String packageName) {
    return packageName.startsWith(ROOT) && (packageName.contains(".internal.") || packageName.endsWith(".internal"));
  }

  /** @return the lines of the {@code text} block after {@code <!-- marker -->} in the document */
  private static Set<String> block(String marker) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher matcher = Pattern.compile("<!-- " + marker + " -->\\s*```text\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(matcher.find()).as(DOC + " has a text block after <!-- " + marker + " -->").isTrue();
    Set<String> lines = new TreeSet<>(matcher.group(1).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    assertThat(lines).as(marker).isNotEmpty().allMatch(line -> line.startsWith(ROOT));
    return lines;
  }

  /** @return every top-level type compiled into the artifact's classes directory */
  private List<Class<?>> compiledTypes() throws IOException {
    Path classes;
    try {
      classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    assertThat(classes).as(artifact + "'s classes, as a directory").isDirectory();
    try (Stream<Path> files = Files.walk(classes.resolve(ROOT.replace('.', '/')))) {
      return files.map(file -> classes.relativize(file).toString().replace('\\', '/'))
          .filter(file -> file.endsWith(".class") && !file.contains("$") && !file.endsWith("package-info.class"))
          .map(file -> load(file.substring(0, file.length() - ".class".length()).replace('/', '.')))
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PublicSurfaceCheck.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(DOC + " lists " + name + ", which is not compiled", e);
    }
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> result = new TreeSet<>(a);
    result.removeAll(b);
    return result;
  }
}
