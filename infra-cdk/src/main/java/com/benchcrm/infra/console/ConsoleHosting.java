package com.benchcrm.infra.console;

import com.benchcrm.infra.nag.Suppress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CacheCookieBehavior;
import software.amazon.awscdk.services.cloudfront.CacheHeaderBehavior;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.CacheQueryStringBehavior;
import software.amazon.awscdk.services.cloudfront.CachedMethods;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.Function;
import software.amazon.awscdk.services.cloudfront.FunctionAssociation;
import software.amazon.awscdk.services.cloudfront.FunctionCode;
import software.amazon.awscdk.services.cloudfront.FunctionEventType;
import software.amazon.awscdk.services.cloudfront.FunctionRuntime;
import software.amazon.awscdk.services.cloudfront.HeadersFrameOption;
import software.amazon.awscdk.services.cloudfront.HeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ResponseCustomHeader;
import software.amazon.awscdk.services.cloudfront.ResponseCustomHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentSecurityPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentTypeOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersFrameOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersStrictTransportSecurity;
import software.amazon.awscdk.services.cloudfront.ResponseSecurityHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.SecurityPolicyProtocol;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.Source;
import software.constructs.Construct;

/**
 * The console on CloudFront. One distribution, two origins, so the browser sees one origin:
 *
 * <ul>
 *   <li>default: the private assets bucket through origin access control (no public access, TLS
 *       only); a viewer-request CloudFront Function rewrites paths without a file extension to
 *       {@code /index.html} (the SPA's routes), so a missing asset is still a 404 and API errors are
 *       never masked as the app;</li>
 *   <li>{@code /v1/*}: the HTTP API, every method, nothing cached (the API says {@code no-store};
 *       the cache policy keys on {@code Authorization}, which is how CloudFront forwards it), every
 *       viewer header but {@code Host} forwarded.</li>
 * </ul>
 * Every response gets the security headers: a strict Content-Security-Policy ({@code default-src
 * 'self'}; scripts from this origin only; {@code connect-src} this origin and Cognito;
 * {@code frame-ancestors 'none'}), HSTS, {@code nosniff}, {@code DENY}, a referrer policy and a
 * permissions policy. The built console and a generated {@code console-config.json} are deployed
 * to the bucket; {@code index.html} and the config are invalidated on each deployment.
 */
public final class ConsoleHosting extends Construct {

    /**
     * The SPA fallback: a path whose last segment has no dot is one of the console's routes.
     * CloudFront Functions runtime 2.0.
     */
    static final String SPA_REWRITE = """
            function handler(event) {
              var request = event.request;
              var uri = request.uri;
              var last = uri.substring(uri.lastIndexOf('/') + 1);
              if (last.indexOf('.') === -1) {
                request.uri = '/index.html';
              }
              return request;
            }
            """;

    /** The hosting's inputs. */
    public record Props(
            Path webDist,
            String apiUrl,
            String cognitoIssuer,
            String cognitoDomainUrl,
            Map<String, Object> consoleConfig) {
        public Props {
            Objects.requireNonNull(webDist, "webDist");
            Objects.requireNonNull(apiUrl, "apiUrl");
            Objects.requireNonNull(cognitoIssuer, "cognitoIssuer");
            Objects.requireNonNull(cognitoDomainUrl, "cognitoDomainUrl");
            consoleConfig = Map.copyOf(consoleConfig);
        }
    }

    private final Bucket assets;
    private final Distribution distribution;
    private final ResponseHeadersPolicy headers;

    public ConsoleHosting(Construct scope, String id, Props props) {
        super(scope, id);
        Bucket logs = Bucket.Builder.create(this, "AccessLogs")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Suppress.on(
                logs,
                "S1",
                "This is the server access log bucket of the console's assets bucket; logging it to "
                        + "itself or another bucket would only log log deliveries.");
        this.assets = Bucket.Builder.create(this, "Assets")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .versioned(true)
                .serverAccessLogsBucket(logs)
                .serverAccessLogsPrefix("assets/")
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        String cognitoOrigin = origin(props.cognitoIssuer());
        String csp = String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                // React and the charts set style attributes; scripts stay 'self' only
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self' " + cognitoOrigin + " " + props.cognitoDomainUrl(),
                // oidc-client-ts's silent renew falls back to a hidden iframe on the hosted sign-in
                "frame-src 'self' " + props.cognitoDomainUrl(),
                "frame-ancestors 'none'",
                "form-action 'self' " + props.cognitoDomainUrl(),
                "base-uri 'self'",
                "object-src 'none'",
                "upgrade-insecure-requests");
        this.headers = ResponseHeadersPolicy.Builder.create(this, "SecurityHeaders")
                .comment("BenchCRM console: CSP, HSTS, nosniff, DENY, referrer and permissions policies")
                .securityHeadersBehavior(ResponseSecurityHeadersBehavior.builder()
                        .contentSecurityPolicy(ResponseHeadersContentSecurityPolicy.builder()
                                .contentSecurityPolicy(csp)
                                .override(true)
                                .build())
                        .strictTransportSecurity(ResponseHeadersStrictTransportSecurity.builder()
                                .accessControlMaxAge(Duration.days(730))
                                .includeSubdomains(true)
                                .preload(true)
                                .override(true)
                                .build())
                        .contentTypeOptions(ResponseHeadersContentTypeOptions.builder()
                                .override(true)
                                .build())
                        .frameOptions(ResponseHeadersFrameOptions.builder()
                                .frameOption(HeadersFrameOption.DENY)
                                .override(true)
                                .build())
                        .referrerPolicy(ResponseHeadersReferrerPolicy.builder()
                                .referrerPolicy(HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)
                                .override(true)
                                .build())
                        .build())
                .customHeadersBehavior(ResponseCustomHeadersBehavior.builder()
                        .customHeaders(List.of(
                                ResponseCustomHeader.builder()
                                        .header("Permissions-Policy")
                                        .value("camera=(), microphone=(), geolocation=(), payment=(), usb=()")
                                        .override(true)
                                        .build(),
                                ResponseCustomHeader.builder()
                                        .header("Cross-Origin-Opener-Policy")
                                        .value("same-origin")
                                        .override(true)
                                        .build()))
                        .build())
                .build();

        Function spa = Function.Builder.create(this, "SpaRewrite")
                .comment("Console routes (no file extension) -> /index.html")
                .runtime(FunctionRuntime.JS_2_0)
                .code(FunctionCode.fromInline(SPA_REWRITE))
                .build();

        // /v1/*: never cached (TTL 0; max 1 s only so that Authorization may be part of the key, which is how
        // CloudFront forwards it on GET), every viewer header but Host, every query string
        CachePolicy apiPassThrough = CachePolicy.Builder.create(this, "ApiPassThrough")
                .comment("BenchCRM /v1: forward Authorization, cache nothing (the API answers no-store)")
                .defaultTtl(Duration.seconds(0))
                .minTtl(Duration.seconds(0))
                .maxTtl(Duration.seconds(1))
                .headerBehavior(CacheHeaderBehavior.allowList("Authorization"))
                .queryStringBehavior(CacheQueryStringBehavior.all())
                .cookieBehavior(CacheCookieBehavior.none())
                .enableAcceptEncodingGzip(true)
                .enableAcceptEncodingBrotli(true)
                .build();
        String apiHost = Fn.select(2, Fn.split("/", props.apiUrl()));
        BehaviorOptions api = BehaviorOptions.builder()
                .origin(HttpOrigin.Builder.create(apiHost)
                        .protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY)
                        .build())
                .viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
                .allowedMethods(AllowedMethods.ALLOW_ALL)
                .cachedMethods(CachedMethods.CACHE_GET_HEAD)
                .cachePolicy(apiPassThrough)
                .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER)
                .responseHeadersPolicy(headers)
                .compress(true)
                .build();

        this.distribution = Distribution.Builder.create(this, "Distribution")
                .comment("BenchCRM console and /v1")
                .defaultRootObject("index.html")
                .httpVersion(HttpVersion.HTTP2_AND_3)
                .priceClass(PriceClass.PRICE_CLASS_100)
                .minimumProtocolVersion(SecurityPolicyProtocol.TLS_V1_2_2021)
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(assets))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .allowedMethods(AllowedMethods.ALLOW_GET_HEAD)
                        .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                        .responseHeadersPolicy(headers)
                        .functionAssociations(List.of(FunctionAssociation.builder()
                                .function(spa)
                                .eventType(FunctionEventType.VIEWER_REQUEST)
                                .build()))
                        .compress(true)
                        .build())
                .additionalBehaviors(Map.of("/v1/*", api))
                .build();
        Suppress.on(
                distribution,
                "CFR1",
                "The console serves staffing firms wherever their recruiters work; access is "
                        + "controlled by sign-in, not by country.");
        Suppress.on(
                distribution,
                "CFR2",
                "WAF is not attached yet: every /v1 call needs a verified token and is rate limited "
                        + "per tenant in the function (ADR 0035); a web ACL is listed as open work in docs/deploy.md.");
        Suppress.on(
                distribution,
                "CFR3",
                "The API's own access logs (API Gateway, one JSON line per /v1 request with the tenant) "
                        + "cover what the console does; static asset hits carry no tenant data.");
        Suppress.on(
                distribution,
                "CFR4",
                "With the default CloudFront certificate the viewer TLS floor cannot be raised; "
                        + "minimumProtocolVersion TLSv1.2_2021 applies as soon as a custom domain and certificate are set.");

        Map<String, Object> config = new LinkedHashMap<>(props.consoleConfig());
        BucketDeployment deployment = BucketDeployment.Builder.create(this, "Deploy")
                .sources(List.of(
                        Source.asset(props.webDist().toString()), Source.jsonData("console-config.json", config)))
                .destinationBucket(assets)
                .distribution(distribution)
                .distributionPaths(List.of("/index.html", "/console-config.json"))
                // keep the previous build's hashed assets: an open tab may still load its chunks
                .prune(false)
                .memoryLimit(512)
                .build();
        // CDK makes the deployment's handler once per stack, beside this construct, not inside it
        software.constructs.IConstruct handler = software.amazon.awscdk.Stack.of(this).getNode().getChildren().stream()
                .filter(c -> c.getNode().getId().startsWith("Custom::CDKBucketDeployment"))
                .findFirst()
                .orElseThrow();
        for (software.constructs.IConstruct target : List.of(handler, this)) {
            suppressDeploymentFindings(target);
        }
    }

    private static void suppressDeploymentFindings(software.constructs.IConstruct target) {
        Suppress.on(
                target,
                "IAM4",
                "CDK's BucketDeployment custom resource uses AWSLambdaBasicExecutionRole for its logs.",
                "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
        Suppress.on(
                target,
                "IAM5",
                "CDK's BucketDeployment copies the built console from the CDK asset bucket to the console "
                        + "bucket (s3:GetObject*, List*, DeleteObject* on those two) and invalidates this distribution.",
                "Action::s3:GetBucket*",
                "Action::s3:GetObject*",
                "Action::s3:List*",
                "Action::s3:DeleteObject*",
                "Action::s3:Abort*",
                "Resource::*",
                Suppress.matching("^Resource::.*\\*$"));
        Suppress.on(
                target,
                "L1",
                "The runtime of CDK's own BucketDeployment and custom-resource handlers is chosen by CDK; "
                        + "they run only during deployments.");
    }

    /** {@code https://host} of a URL. */
    static String origin(String url) {
        int slash = url.indexOf('/', "https://".length());
        return slash < 0 ? url : url.substring(0, slash);
    }

    public Bucket assets() {
        return assets;
    }

    public Distribution distribution() {
        return distribution;
    }

    public ResponseHeadersPolicy headers() {
        return headers;
    }

    /** {@code https://<distribution domain>}. */
    public String url() {
        return "https://" + distribution.getDistributionDomainName();
    }
}
