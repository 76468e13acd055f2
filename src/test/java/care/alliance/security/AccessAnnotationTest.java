package care.alliance.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.stereotype.Service;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/** Deny by default, checked structurally so a new view or service cannot forget its guard. */
class AccessAnnotationTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("care.alliance");

    @Test
    void everyRouteCarriesAnAccessAnnotation() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(CLASSES);
    }

    @Test
    void onlyTheLoginViewIsOpenToAnonymousUsers() {
        classes().that().areAnnotatedWith(Route.class).and().areAnnotatedWith(AnonymousAllowed.class)
                .should().haveSimpleName("LoginView")
                .check(CLASSES);
    }

    @Test
    void everyPublicServiceMethodIsGuarded() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .and().areDeclaredInClassesThat().resideInAPackage("care.alliance..")
                .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("DetailsService")
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void methodSecurityIsSwitchedOn() {
        assertThat(CLASSES.stream().anyMatch(c -> c.isAnnotatedWith(EnableMethodSecurity.class))).isTrue();
    }
}
