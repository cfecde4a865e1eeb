package dev.portpath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine stays pure Java: no Spring, no web, no command line inside sim. */
@AnalyzeClasses(packages = "dev.portpath", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule engineHasNoSpring = noClasses().that()
		.resideInAPackage("dev.portpath.sim..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.servlet..");

	@ArchTest
	static final ArchRule engineDoesNotKnowItsUsers = noClasses().that()
		.resideInAPackage("dev.portpath.sim..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.portpath.web..", "dev.portpath.cli..", "dev.portpath.content..");

	@ArchTest
	static final ArchRule cliDoesNotStartSpring = noClasses().that()
		.resideInAPackage("dev.portpath.cli..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..");

	@ArchTest
	static final ArchRule engineDoesNoIo = noClasses().that()
		.resideInAPackage("dev.portpath.sim..")
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("java.nio.file.Files")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("java.io.FileInputStream");

	/** The web draws and shows what the engine answers (traces, findings, explanations), never its model or rules. */
	@ArchTest
	static final ArchRule webReadsAnswersNotTheModel = noClasses().that()
		.resideInAPackage("dev.portpath.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.portpath.sim.model..", "dev.portpath.sim.route..");
}
