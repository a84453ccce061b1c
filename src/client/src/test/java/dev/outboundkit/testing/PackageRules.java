package dev.outboundkit.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.JarFile;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The package rules every module holds the project's main classes to, its own and those of the
 * modules it depends on (each module's {@code ArchitectureTest}): no cycle between packages, no
 * package using an {@code internal} package it does not own (an internal package belongs to the
 * package its name starts with: {@code a.b.internal} to {@code a.b}), and a spec engine that
 * imports nothing of the client built on it.
 */
public final class PackageRules {
  private static final String ROOT = "dev.outboundkit";

  private PackageRules() {
  }

  /**
   * @return the project's main classes on the class path: class folders and jars, no test classes.
   *     Only the project's own entries are read (a module's {@code target/classes}, an
   *     {@code outboundkit*.jar}): scanning every library jar for the package cost seconds a module.
   */
  public static JavaClasses mainClasses() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Set<Location> own = new LinkedHashSet<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      Path path = Path.of(entry);
      String name = path.getFileName() == null ? "" : path.getFileName().toString();
      if (path.endsWith(Path.of("target", "classes"))) {
        own.add(Location.of(path));
      } else if (name.startsWith("outboundkit") && name.endsWith(".jar") && !name.endsWith("-tests.jar")) {
        own.add(Location.of(jar(path)));
      }
    }
    return new ClassFileImporter().importLocations(own).that(JavaClass.Predicates.resideInAPackage(ROOT + ".."));
  }

  private static JarFile jar(Path path) {
    try {
      return new JarFile(path.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** No cycle between any two packages of the project (a package and its subpackages count apart). */
  public static final ArchRule NO_CYCLES = slices().matching(ROOT + ".(**)").should().beFreeOfCycles()
      .because("packages are layered: a cycle means two packages are one, or one is in the wrong place");

  /** A package uses an internal package only when it is that package's owner, or under it. */
  public static final ArchRule NO_FOREIGN_INTERNALS = classes().should(new ArchCondition<JavaClass>(
      "use no internal package of another owner") {
    @Override
    public void check(JavaClass origin, ConditionEvents events) {
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        String target = dependency.getTargetClass().getPackageName();
        if (foreignInternal(origin.getPackageName(), target)) {
          events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
        }
      }
    }
  });

  /** The spec engine works on JSON: it imports neither the client nor anything generated. */
  public static final ArchRule SPEC_ENGINE_STANDS_ALONE = noClasses().that().resideInAPackage(ROOT + ".spec..")
      .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".client..", ROOT + ".generated..")
      .allowEmptyShould(true);

  /**
   * @return whether a class of package {@code origin} may not use package {@code target}: the
   *     target is an internal package whose owner the origin is not under
   */
  static boolean foreignInternal(String origin, String target) {
    int internal = target.indexOf(".internal");
    if (!target.startsWith(ROOT + ".") || internal < 0) {
      return false;
    }
    String owner = target.substring(0, internal);
    return !(origin.equals(owner) || origin.startsWith(owner + "."));
  }
}
