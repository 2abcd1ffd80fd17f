package com.benchcrm.demo;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.SkillNames;
import com.benchcrm.requirement.Seniority;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The role families a bench-sales desk markets, each with its titles, skills in the spelling
 * recruiters use, and hourly C2C rate band.
 *
 * <p>Each skill concept has exactly one spelling across the catalog ("ReactJS", never also "React"),
 * so two records never disagree on a name and no record lists a skill and its alias. "SFDC" appears
 * in titles; the skill is "Salesforce".
 */
enum RoleFamily {
    JAVA_BACKEND(
            "Java backend",
            "engineer",
            14,
            14,
            55,
            110,
            List.of(new Track(
                    List.of("Java Developer", "Java Backend Developer", "Java Engineer"),
                    "Java Architect",
                    List.of("Java", "Spring Boot"),
                    List.of(
                            "Microservices",
                            "REST APIs",
                            "Kafka",
                            "Spring MVC",
                            "Hibernate",
                            "Spring Cloud",
                            "JUnit",
                            "Spring Security",
                            "Maven"))),
            List.of("AWS", "Docker", "Oracle", "Kubernetes", "PostgreSQL", "Jenkins", "Redis", "MongoDB"),
            List.of("Quarkus", "Apache Camel", "Micronaut", "GraphQL"),
            List.of("ReactJS", "Angular", "Python", "Git", "JIRA", "Agile", "SQL", "Linux"),
            List.of(
                    "Build and support Spring Boot microservices behind a high-volume payments platform.",
                    "Break a legacy Java monolith into event-driven services on Kafka and AWS.",
                    "Own REST APIs and batch jobs for the core servicing platform, from design to production support.")),

    DOTNET(
            ".NET",
            "developer",
            8,
            7,
            50,
            100,
            List.of(new Track(
                    List.of(".NET Developer", "C# .NET Developer", ".NET Core Developer"),
                    ".NET Architect",
                    List.of("C#", ".NET Core", "ASP.NET MVC"),
                    List.of(
                            "Web API",
                            "Entity Framework",
                            "LINQ",
                            "Azure Functions",
                            "Microservices",
                            "WCF",
                            "xUnit"))),
            List.of("SQL Server", "Azure", "Azure DevOps", "Angular", "JavaScript", "REST APIs", "Docker"),
            List.of("Blazor", "WPF", "Xamarin"),
            List.of("ReactJS", "Git", "JIRA", "Agile", "PowerShell", "SSIS"),
            List.of(
                    "Develop .NET Core Web APIs and Angular screens for an internal claims platform.",
                    "Migrate .NET Framework applications to .NET Core on Azure App Service.",
                    "Maintain and extend C# services that feed the member portal and call-center tools.")),

    DATA_ENGINEERING(
            "Python/data engineering",
            "engineer",
            10,
            12,
            55,
            115,
            List.of(
                    new Track(
                            List.of("Data Engineer", "Big Data Engineer", "Cloud Data Engineer"),
                            "Data Architect",
                            List.of("Python", "SQL", "PySpark"),
                            List.of(
                                    "Airflow",
                                    "Snowflake",
                                    "Databricks",
                                    "AWS Glue",
                                    "Kafka",
                                    "ETL",
                                    "Redshift",
                                    "Hive",
                                    "Hadoop",
                                    "dbt",
                                    "Scala",
                                    "Azure Data Factory")),
                    new Track(
                            List.of("Python Developer", "Python Backend Developer"),
                            null,
                            List.of("Python", "Django"),
                            List.of(
                                    "Flask",
                                    "FastAPI",
                                    "REST APIs",
                                    "Pandas",
                                    "PostgreSQL",
                                    "Celery",
                                    "Microservices"))),
            List.of("AWS", "Docker", "SQL", "Shell Scripting", "Azure", "PostgreSQL"),
            List.of("Apache Flink", "Apache Iceberg", "Delta Lake"),
            List.of("Java", "Tableau", "Power BI", "Linux", "JIRA", "Agile", "Kubernetes"),
            List.of(
                    "Build batch and streaming pipelines into the enterprise data lake and Snowflake warehouse.",
                    "Move on-prem Hadoop ETL to Databricks and orchestrate it with Airflow.",
                    "Build Python services and data APIs used by the analytics and reporting teams.")),

    FRONT_END(
            "front end",
            "developer",
            8,
            7,
            50,
            100,
            List.of(
                    new Track(
                            List.of("React Developer", "ReactJS Developer", "UI Developer"),
                            "UI Architect",
                            List.of("ReactJS", "JavaScript", "TypeScript"),
                            List.of("Redux", "Jest", "Next.js", "Material UI", "Webpack", "GraphQL")),
                    new Track(
                            List.of("Angular Developer", "Angular UI Developer", "Front End Developer"),
                            "UI Architect",
                            List.of("Angular", "TypeScript", "JavaScript"),
                            List.of("RxJS", "NgRx", "Angular Material", "Jasmine", "Karma"))),
            List.of("HTML5", "CSS3", "REST APIs", "Node.js", "Bootstrap", "SASS", "Figma"),
            List.of("Vue.js", "Svelte", "Micro Frontends", "WCAG"),
            List.of("Java", "Python", "AWS", "JIRA", "Agile", "Git", "Cypress"),
            List.of(
                    "Build responsive customer-facing screens for the online account opening flow.",
                    "Rebuild an agent desktop as a single-page application with a shared component library.",
                    "Own the front end of the self-service portal, working closely with UX and API teams.")),

    FULL_STACK(
            "full stack",
            "developer",
            8,
            8,
            55,
            105,
            List.of(
                    new Track(
                            List.of("Java Full Stack Developer", "Full Stack Java Developer"),
                            "Full Stack Architect",
                            List.of("Java", "Spring Boot", "Angular"),
                            List.of(
                                    "Microservices",
                                    "REST APIs",
                                    "TypeScript",
                                    "Hibernate",
                                    "Oracle",
                                    "JUnit",
                                    "ReactJS")),
                    new Track(
                            List.of("Full Stack Developer", "MERN Stack Developer", "Node.js Developer"),
                            "Full Stack Architect",
                            List.of("Node.js", "ReactJS", "JavaScript"),
                            List.of("Express.js", "MongoDB", "TypeScript", "Redux", "GraphQL", "Next.js"))),
            List.of("AWS", "Docker", "HTML5", "CSS3", "PostgreSQL", "Jenkins", "Kubernetes"),
            List.of("Vue.js", "NestJS", "Go"),
            List.of("Python", "Azure", "JIRA", "Agile", "Git", "Linux"),
            List.of(
                    "Deliver features end to end, from Angular or React screens to the services and database behind them.",
                    "Build the new partner portal and its APIs in a small, fast-moving product team.",
                    "Modernize an internal scheduling application into a cloud-hosted web app.")),

    DEVOPS_SRE(
            "DevOps/SRE",
            "engineer",
            9,
            10,
            60,
            115,
            List.of(
                    new Track(
                            List.of("DevOps Engineer", "Build and Release Engineer", "Platform Engineer"),
                            "DevOps Architect",
                            List.of("Kubernetes", "Docker", "Terraform"),
                            List.of("Jenkins", "Ansible", "Helm", "GitLab CI", "GitHub Actions", "ArgoCD")),
                    new Track(
                            List.of("Site Reliability Engineer", "SRE"),
                            null,
                            List.of("Kubernetes", "Prometheus", "Linux"),
                            List.of(
                                    "Grafana",
                                    "Datadog",
                                    "Splunk",
                                    "ELK Stack",
                                    "Incident Management",
                                    "PagerDuty",
                                    "Go"))),
            List.of("AWS", "Python", "Bash", "Azure", "Terraform", "Jenkins", "Helm", "Linux"),
            List.of("Pulumi", "Istio", "Nomad", "Chef"),
            List.of("Java", "Git", "JIRA", "Agile", "ServiceNow", "Groovy"),
            List.of(
                    "Run CI/CD pipelines and the Kubernetes platform that product teams deploy to.",
                    "Automate infrastructure with Terraform and drive the move from VMs to containers.",
                    "Own reliability, monitoring and on-call for customer-facing services.")),

    CLOUD(
            "cloud",
            "engineer",
            6,
            8,
            60,
            120,
            List.of(
                    new Track(
                            List.of("AWS Cloud Engineer", "AWS Engineer", "Cloud Engineer"),
                            "AWS Solutions Architect",
                            List.of("AWS", "EC2", "IAM"),
                            List.of("AWS Lambda", "CloudFormation", "VPC", "S3", "EKS", "CloudWatch", "Route 53")),
                    new Track(
                            List.of("Azure Cloud Engineer", "Azure Engineer", "Azure Infrastructure Engineer"),
                            "Azure Architect",
                            List.of("Azure", "Azure DevOps", "Azure AD"),
                            List.of(
                                    "ARM Templates",
                                    "AKS",
                                    "PowerShell",
                                    "Azure Functions",
                                    "Bicep",
                                    "Azure Networking"))),
            List.of("Terraform", "Kubernetes", "Python", "Linux", "Docker", "Ansible", "Windows Server"),
            List.of("GCP", "OpenShift", "AWS Control Tower"),
            List.of("Jenkins", "Git", "JIRA", "Agile", "Bash", "ServiceNow"),
            List.of(
                    "Build the landing zone and migrate application workloads from the data center to the cloud.",
                    "Design and operate secure cloud networking, identity and cost controls for several business units.",
                    "Automate cloud provisioning and harden accounts and subscriptions to the security baseline.")),

    SALESFORCE(
            "Salesforce",
            "consultant",
            6,
            6,
            55,
            110,
            List.of(
                    new Track(
                            List.of("Salesforce Developer", "SFDC Developer", "Salesforce Lightning Developer"),
                            "Salesforce Technical Architect",
                            List.of("Salesforce", "Apex", "Lightning Web Components"),
                            List.of("Visualforce", "SOQL", "Aura Components", "Salesforce DX", "Copado", "REST APIs")),
                    new Track(
                            List.of("Salesforce Administrator", "Salesforce Admin", "SFDC Admin"),
                            "Salesforce Solution Architect",
                            List.of("Salesforce", "Sales Cloud", "Flows"),
                            List.of(
                                    "Reports and Dashboards",
                                    "Data Loader",
                                    "Validation Rules",
                                    "Permission Sets",
                                    "Process Builder"))),
            List.of(
                    "Service Cloud",
                    "Sales Cloud",
                    "SOQL",
                    "Flows",
                    "Experience Cloud",
                    "Salesforce CPQ",
                    "Data Loader"),
            List.of("Marketing Cloud", "Vlocity", "Veeva CRM", "MuleSoft"),
            List.of("JavaScript", "Java", "Git", "JIRA", "Agile", "SQL"),
            List.of(
                    "Enhance Sales Cloud and Service Cloud for a growing field sales organization.",
                    "Build Lightning components and integrations between Salesforce and the order system.",
                    "Support a multi-cloud Salesforce org: releases, user requests and automation.")),

    SAP(
            "SAP",
            "consultant",
            4,
            4,
            65,
            130,
            List.of(
                    new Track(
                            List.of("SAP ABAP Developer", "SAP ABAP Consultant"),
                            "SAP Technical Architect",
                            List.of("SAP ABAP", "SAP HANA"),
                            List.of("SAP Fiori", "OData", "SAPUI5", "BAPI", "CDS Views", "SAP BTP", "Smartforms")),
                    new Track(
                            List.of("SAP FICO Consultant", "SAP FICO Functional Consultant"),
                            "SAP Finance Solution Architect",
                            List.of("SAP FICO", "SAP S/4HANA"),
                            List.of(
                                    "Record to Report",
                                    "SAP Asset Accounting",
                                    "SAP Central Finance",
                                    "SAP Treasury",
                                    "SAP BPC")),
                    new Track(
                            List.of("SAP MM Consultant", "SAP MM Functional Consultant"),
                            "SAP Supply Chain Architect",
                            List.of("SAP MM", "SAP S/4HANA"),
                            List.of("Procure to Pay", "SAP SD", "SAP Ariba", "SAP WM", "SAP EWM"))),
            List.of("SAP S/4HANA", "IDoc", "SAP Solution Manager", "SAP HANA", "SAP BW", "Cutover Planning"),
            List.of("SAP SuccessFactors", "SAP IBP", "SAP PI/PO", "SAP GRC"),
            List.of("SQL", "Excel", "JIRA", "Agile", "ServiceNow", "Visio"),
            List.of(
                    "Support the ECC to S/4HANA conversion, from blueprint through cutover and hypercare.",
                    "Handle enhancements and production support for a global SAP landscape.",
                    "Work with business users on process design, configuration and testing in a rollout wave.")),

    QA_AUTOMATION(
            "QA automation",
            "engineer",
            8,
            7,
            40,
            85,
            List.of(
                    new Track(
                            List.of("QA Automation Engineer", "Automation Test Engineer", "QA Automation Tester"),
                            "Test Automation Architect",
                            List.of("Selenium", "Java", "TestNG"),
                            List.of("Cucumber", "Rest Assured", "BDD", "Maven", "Jenkins")),
                    new Track(
                            List.of("SDET", "Cypress Automation Engineer"),
                            "Test Automation Architect",
                            List.of("Cypress", "JavaScript"),
                            List.of("Playwright", "TypeScript", "Cucumber", "Jest", "Mocha"))),
            List.of("API Testing", "Postman", "SQL", "JIRA", "Agile", "Regression Testing", "Git", "Jenkins"),
            List.of("Appium", "JMeter", "Tricentis Tosca", "LoadRunner"),
            List.of("Python", "AWS", "Docker", "Confluence", "Linux", "Azure DevOps"),
            List.of(
                    "Grow the UI and API automation suite and wire it into the CI pipeline.",
                    "Replace manual regression with a maintainable BDD framework.",
                    "Own test strategy and automation for two agile product teams.")),

    DATA_SCIENCE(
            "data science/ML",
            "specialist",
            5,
            6,
            65,
            125,
            List.of(
                    new Track(
                            List.of("Data Scientist", "Applied Data Scientist"),
                            null,
                            List.of("Python", "Machine Learning", "SQL"),
                            List.of(
                                    "Pandas",
                                    "scikit-learn",
                                    "Statistics",
                                    "NLP",
                                    "Tableau",
                                    "A/B Testing",
                                    "R",
                                    "NumPy")),
                    new Track(
                            List.of("Machine Learning Engineer", "ML Engineer", "MLOps Engineer"),
                            "ML Architect",
                            List.of("Python", "Machine Learning", "PyTorch"),
                            List.of(
                                    "TensorFlow",
                                    "MLOps",
                                    "Deep Learning",
                                    "MLflow",
                                    "AWS SageMaker",
                                    "Docker",
                                    "Kubernetes"))),
            List.of("Deep Learning", "AWS", "NLP", "Databricks", "PySpark", "Generative AI", "Snowflake"),
            List.of("LangChain", "Computer Vision", "Reinforcement Learning", "Vertex AI"),
            List.of("Git", "JIRA", "Agile", "Power BI", "Java", "Scala"),
            List.of(
                    "Build and productionize models for fraud detection and customer churn.",
                    "Take models from notebook to production with monitored, repeatable pipelines.",
                    "Apply NLP and generative AI to document-heavy operations workflows.")),

    BUSINESS_ANALYSIS(
            "business analysis",
            "analyst",
            5,
            5,
            45,
            90,
            List.of(
                    new Track(
                            List.of("Business Analyst", "IT Business Analyst", "Agile Business Analyst"),
                            null,
                            List.of("Requirements Gathering", "User Stories", "JIRA"),
                            List.of("UAT", "Process Mapping", "Gap Analysis", "Stakeholder Management", "Confluence")),
                    new Track(
                            List.of("Business Systems Analyst", "Technical Business Analyst"),
                            null,
                            List.of("Requirements Gathering", "SQL"),
                            List.of("Data Analysis", "Data Mapping", "API Documentation", "UAT", "JIRA"))),
            List.of("Agile", "Excel", "Visio", "Confluence", "Power BI", "Tableau", "UAT"),
            List.of("Guidewire", "HL7", "Capital Markets", "FHIR"),
            List.of("ServiceNow", "Salesforce", "SharePoint", "Scrum", "Python"),
            List.of(
                    "Translate business needs into user stories and acceptance criteria for a modernization program.",
                    "Document current and future-state processes and support UAT for a new platform.",
                    "Bridge business and engineering teams on data mapping and integration requirements.")),

    SCRUM_PM(
            "scrum/project management",
            "leader",
            4,
            4,
            50,
            100,
            List.of(
                    new Track(
                            List.of("Scrum Master", "Agile Scrum Master"),
                            "Agile Coach",
                            List.of("Scrum", "Agile", "JIRA"),
                            List.of(
                                    "SAFe",
                                    "Kanban",
                                    "CSM",
                                    "Sprint Planning",
                                    "Jira Align",
                                    "Rally",
                                    "Agile Coaching")),
                    new Track(
                            List.of("Project Manager", "IT Project Manager", "Technical Project Manager"),
                            "Program Manager",
                            List.of("Project Management", "MS Project"),
                            List.of(
                                    "PMP",
                                    "Risk Management",
                                    "Budgeting",
                                    "Waterfall",
                                    "Smartsheet",
                                    "Vendor Management"))),
            List.of("Stakeholder Management", "Confluence", "Agile", "JIRA", "Excel", "SharePoint"),
            List.of("PRINCE2", "SAFe SPC", "Clarity PPM"),
            List.of("Power BI", "Visio", "ServiceNow", "SQL", "Tableau"),
            List.of(
                    "Lead two to three agile teams through PI planning, sprints and releases.",
                    "Run a multi-vendor delivery program with tight budget and schedule tracking.",
                    "Coach teams on agile practice while keeping delivery on plan.")),

    MAINFRAME(
            "mainframe",
            "developer",
            2,
            3,
            55,
            100,
            List.of(new Track(
                    List.of("Mainframe Developer", "COBOL Developer", "Mainframe Programmer Analyst"),
                    "Mainframe Architect",
                    List.of("COBOL", "JCL", "DB2"),
                    List.of("CICS", "VSAM", "TSO/ISPF", "Endevor", "Changeman", "REXX", "Easytrieve", "File-AID"))),
            List.of("z/OS", "Batch Processing", "SPUFI", "Xpediter", "IMS DB"),
            List.of("Assembler", "PL/I", "IDMS", "Natural/Adabas"),
            List.of("SQL", "Java", "JIRA", "Agile", "ServiceNow", "Unix"),
            List.of(
                    "Maintain and enhance COBOL batch and CICS programs on the core policy system.",
                    "Support mainframe modernization by analyzing and documenting legacy jobs.",
                    "Provide production support and enhancements for nightly batch cycles.")),

    NETWORK_SECURITY(
            "network/security",
            "engineer",
            3,
            4,
            55,
            110,
            List.of(
                    new Track(
                            List.of("Network Engineer", "Network Administrator"),
                            "Network Architect",
                            List.of("Cisco", "Routing & Switching", "BGP"),
                            List.of("OSPF", "F5", "SD-WAN", "Juniper", "Wireshark", "CCNP")),
                    new Track(
                            List.of("Cybersecurity Analyst", "Security Engineer", "SOC Analyst"),
                            "Security Architect",
                            List.of("SIEM", "Splunk", "Incident Response"),
                            List.of(
                                    "Vulnerability Management",
                                    "CrowdStrike",
                                    "Qualys",
                                    "NIST",
                                    "Microsoft Sentinel",
                                    "Threat Hunting",
                                    "CISSP"))),
            List.of("Firewalls", "Palo Alto", "VPN", "Fortinet", "Network Security", "Linux", "Windows Server"),
            List.of("Zscaler", "CyberArk", "SailPoint", "Okta"),
            List.of("Python", "AWS", "Azure", "ServiceNow", "PowerShell"),
            List.of(
                    "Design and support the campus and data center network through a hardware refresh.",
                    "Monitor, triage and respond to alerts in a 24x7 security operations center.",
                    "Harden network and endpoint controls ahead of a regulatory audit."));

    /** A below-market budget is this share of the market rate, at least. */
    static final double BELOW_MARKET_MIN = 0.75;
    /** A below-market budget is this share of the market rate, at most. */
    static final double BELOW_MARKET_MAX = 0.88;

    final String label;
    final String noun;
    /** Share of the bench (out of the sum over families). */
    final int benchWeight;
    /** Share of incoming requirements. */
    final int demandWeight;
    /** Hourly C2C band, dollars. */
    final int c2cMin;

    final int c2cMax;
    final List<Track> tracks;
    /** Family-wide skills, the more common first. */
    final List<String> pool;
    /** Rare asks: few consultants list them, which makes some requirements hard to fill. */
    final List<String> niche;
    /** Skills from other families that people in this one often list. */
    final List<String> extras;

    final List<String> pitches;

    RoleFamily(
            String label,
            String noun,
            int benchWeight,
            int demandWeight,
            int c2cMin,
            int c2cMax,
            List<Track> tracks,
            List<String> pool,
            List<String> niche,
            List<String> extras,
            List<String> pitches) {
        this.label = label;
        this.noun = noun;
        this.benchWeight = benchWeight;
        this.demandWeight = demandWeight;
        this.c2cMin = c2cMin;
        this.c2cMax = c2cMax;
        this.tracks = List.copyOf(tracks);
        this.pool = List.copyOf(pool);
        this.niche = List.copyOf(niche);
        this.extras = List.copyOf(extras);
        this.pitches = List.copyOf(pitches);
    }

    /** Track skills then family skills, without repeats (by skill key), in catalog order. */
    List<String> vocabulary(Track track) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (List<String> part : List.of(track.core(), track.pool(), pool)) {
            for (String s : part) {
                byKey.putIfAbsent(SkillNames.key(s), s);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** Hourly C2C amount for a position in {@code [0, 1]} of the band. */
    double c2cAt(double position) {
        return c2cMin + (c2cMax - c2cMin) * position;
    }

    /** The lowest and highest hourly amount a consultant of this family may ask on an employment type. */
    int[] consultantBand(EmploymentType type) {
        double f = factor(type);
        return new int[] {(int) Math.floor(c2cMin * f), (int) Math.ceil(c2cMax * f)};
    }

    /** The lowest and highest hourly budget a requirement of this family may carry on an employment type. */
    int[] budgetBand(EmploymentType type) {
        double f = factor(type);
        return new int[] {(int) Math.floor(c2cMin * f * BELOW_MARKET_MIN), (int) Math.ceil(c2cMax * f)};
    }

    /** What a W2 or 1099 rate is worth relative to C2C for the same person. */
    static double factor(EmploymentType type) {
        return switch (type) {
            case C2C -> 1.0;
            case W2 -> 0.85;
            case C1099 -> 0.92;
            case FULL_TIME -> throw new IllegalArgumentException("demo rates are hourly");
        };
    }

    /** Where in the band a level sits: {@code [low, high]} as fractions of the band. */
    static double[] bandPosition(Seniority seniority) {
        return switch (seniority) {
            case JUNIOR -> new double[] {0.00, 0.20};
            case MID -> new double[] {0.15, 0.45};
            case SENIOR -> new double[] {0.40, 0.70};
            case LEAD -> new double[] {0.60, 0.85};
            case PRINCIPAL -> new double[] {0.80, 1.00};
        };
    }
}
