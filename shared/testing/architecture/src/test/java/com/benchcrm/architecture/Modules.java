package com.benchcrm.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every production module's main classes, each known by the module it comes from. A class's module
 * is read from where it was loaded (the module's {@code target/} in a reactor build, its artifact in
 * the local Maven repository otherwise), never from its package: several adapters share a package
 * root with the core ({@code com.benchcrm.mail} and {@code com.benchcrm.mail.mime}).
 *
 * <p>The modules and their kinds come from the root pom's {@code <modules>} and the folder each
 * lives in ({@code shared/core}, {@code shared/adapters/*}, {@code functions/*}, {@code shared/local/*},
 * {@code shared/tools/*}, {@code shared/testing/*}), so a module added later is classified without
 * editing this class; only this module's pom must list it as a dependency.
 */
final class Modules {

    /** What a module is, from the folder it lives in. */
    enum Kind {
        CORE,
        ADAPTER,
        FUNCTION,
        LOCAL,
        TOOL,
        TESTING,
        SCHEMA,
        INFRA,
        OTHER;

        static Kind ofPath(String path) {
            if (path.equals("shared/core")) {
                return CORE;
            } else if (path.startsWith("shared/adapters/")) {
                return ADAPTER;
            } else if (path.startsWith("functions/")) {
                return FUNCTION;
            } else if (path.startsWith("shared/local/")) {
                return LOCAL;
            } else if (path.startsWith("shared/tools/")) {
                return TOOL;
            } else if (path.startsWith("shared/testing/")) {
                return TESTING;
            } else if (path.equals("shared/db-schema")) {
                return SCHEMA;
            } else if (path.equals("infra-cdk")) {
                return INFRA;
            }
            return OTHER;
        }
    }

    /** One Maven module: its folder relative to the repository root, its artifactId and kind. */
    record Module(String path, String artifactId, Kind kind) {}

    /** Main classes only: no test directories, no test jars of other modules. */
    static final ImportOption MAIN_ONLY = new ImportOption() {
        @Override
        public boolean includes(Location location) {
            return ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                    && !location.contains("-tests.jar")
                    && !location.contains("/test-classes/");
        }
    };

    /** Every production module's main classes under {@code com.benchcrm}. */
    static final JavaClasses ALL =
            new ClassFileImporter().withImportOption(MAIN_ONLY).importPackages("com.benchcrm");

    static final List<Module> MODULES = readModules(repoRoot());

    private Modules() {}

    /** The module a class was loaded from, if it is one of the reactor's. */
    static Optional<Module> of(JavaClass javaClass) {
        if (javaClass.getSource().isEmpty()) {
            return Optional.empty();
        }
        String uri = javaClass.getSource().get().getUri().toString();
        for (Module module : MODULES) {
            if (uri.contains("/" + module.path() + "/target/")
                    || uri.contains("/com/benchcrm/" + module.artifactId() + "/")) {
                return Optional.of(module);
            }
        }
        return Optional.empty();
    }

    static Optional<Kind> kindOf(JavaClass javaClass) {
        return of(javaClass).map(Module::kind);
    }

    static DescribedPredicate<JavaClass> inModulesOfKind(Kind... kinds) {
        Set<Kind> wanted = Set.of(kinds);
        return DescribedPredicate.describe(
                "in a module of kind " + wanted,
                javaClass -> kindOf(javaClass).filter(wanted::contains).isPresent());
    }

    static DescribedPredicate<JavaClass> inModule(String artifactId) {
        return DescribedPredicate.describe(
                "in " + artifactId,
                javaClass -> of(javaClass)
                        .filter(module -> module.artifactId().equals(artifactId))
                        .isPresent());
    }

    /** The repository root: the {@code benchcrm.repo.root} property surefire sets, else up from here. */
    static Path repoRoot() {
        String property = System.getProperty("benchcrm.repo.root");
        if (property != null && Files.isRegularFile(Path.of(property, "pom.xml"))) {
            return Path.of(property);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("shared/core"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static List<Module> readModules(Path root) {
        List<Module> modules = new ArrayList<>();
        for (String path : childTexts(root.resolve("pom.xml"), "module")) {
            Path pom = root.resolve(path).resolve("pom.xml");
            if (Files.isRegularFile(pom)) {
                modules.add(new Module(path, ownArtifactId(pom), Kind.ofPath(path)));
            }
        }
        return List.copyOf(modules);
    }

    private static String ownArtifactId(Path pom) {
        Element project = parse(pom);
        NodeList children = project.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element
                    && element.getTagName().equals("artifactId")) {
                return element.getTextContent().trim();
            }
        }
        throw new IllegalStateException(pom + " names no artifactId");
    }

    private static List<String> childTexts(Path pom, String tag) {
        NodeList nodes = parse(pom).getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }

    private static Element parse(Path pom) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }
}
