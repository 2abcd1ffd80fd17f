package com.benchcrm.infra.database;

import com.benchcrm.infra.constructs.EncryptedLogGroup;
import java.util.List;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IInterfaceVpcEndpoint;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * A VPC with isolated subnets only (no internet gateway, no NAT) in two AZs: it holds Aurora and
 * the few functions that speak JDBC (the migrations, the secret rotations). Everything else reaches
 * the database through the Data API and stays outside the VPC. What the inside needs from AWS comes
 * through endpoints: Secrets Manager (interface) and S3 (gateway; CloudFormation's response URL is
 * in S3). Rejected traffic is logged (flow logs to an encrypted log group).
 */
public final class DatabaseNetwork extends Construct {

    private final Vpc vpc;
    private final IInterfaceVpcEndpoint secretsManager;

    public DatabaseNetwork(Construct scope, String id, IKey logsKey) {
        super(scope, id);
        this.vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(IpAddresses.cidr("10.40.0.0/20"))
                .maxAzs(2)
                .natGateways(0)
                .subnetConfiguration(List.of(SubnetConfiguration.builder()
                        .name("data").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(24).build()))
                .build();
        vpc.addFlowLog("RejectedTraffic", FlowLogOptions.builder()
                .trafficType(FlowLogTrafficType.REJECT)
                .destination(FlowLogDestination.toCloudWatchLogs(new EncryptedLogGroup(this, "FlowLogs",
                        EncryptedLogGroup.Props.builder().encryptionKey(logsKey).retention(RetentionDays.ONE_MONTH).build())
                        .logGroup()))
                .build());
        vpc.addGatewayEndpoint("S3", GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.S3)
                .subnets(List.of(isolated()))
                .build());
        this.secretsManager = vpc.addInterfaceEndpoint("SecretsManager", InterfaceVpcEndpointOptions.builder()
                .service(InterfaceVpcEndpointAwsService.SECRETS_MANAGER)
                .subnets(isolated())
                .privateDnsEnabled(true)
                .open(true) // HTTPS from inside the VPC only: its CIDR is the only source
                .build());
        // the provisioning function seals webhook signing secrets under the tenants' keys (ADR 0057)
        vpc.addInterfaceEndpoint("Kms", InterfaceVpcEndpointOptions.builder()
                .service(InterfaceVpcEndpointAwsService.KMS)
                .subnets(isolated())
                .privateDnsEnabled(true)
                .open(true)
                .build());
    }

    public IVpc vpc() {
        return vpc;
    }

    public static SubnetSelection isolated() {
        return SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();
    }

    /** The Secrets Manager endpoint: rotation functions are told its DNS name. */
    public IInterfaceVpcEndpoint secretsManagerEndpoint() {
        return secretsManager;
    }
}
