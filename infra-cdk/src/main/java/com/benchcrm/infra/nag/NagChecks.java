package com.benchcrm.infra.nag;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.cxapi.SynthesisMessageLevel;
import software.constructs.IConstruct;

/**
 * Applies cdk-nag's {@code AwsSolutionsChecks} to a scope (the app, or a test's app) and reads its
 * findings back from a synthesized cloud assembly. The same call is used by {@code BenchCrmApp}
 * and by the tests, so what passes in the tests is what is deployed.
 *
 * <pre>{@code
 * NagChecks.apply(app);
 * CloudAssembly assembly = app.synth();
 * List<String> errors = NagChecks.findings(assembly, SynthesisMessageLevel.ERROR);
 * }</pre>
 */
public final class NagChecks {

    private NagChecks() {}

    /** Adds the AWS Solutions pack; reports (CSV, one per stack) go to the assembly directory. */
    public static void apply(IConstruct scope) {
        Aspects.of(scope)
                .add(new AwsSolutionsChecks(
                        NagPackProps.builder().verbose(false).reports(true).build()));
    }

    /** The cdk-nag findings of one level, as {@code stack: path: message} lines. */
    public static List<String> findings(CloudAssembly assembly, SynthesisMessageLevel level) {
        List<String> out = new ArrayList<>();
        for (CloudFormationStackArtifact stack : assembly.getStacks()) {
            for (SynthesisMessage m : stack.getMessages()) {
                Object data = m.getEntry().getData();
                if (m.getLevel() == level && data != null && data.toString().startsWith("AwsSolutions-")) {
                    out.add(stack.getStackName() + ": " + m.getId() + ": " + data);
                }
            }
        }
        return out;
    }
}
