package com.benchcrm.demo;

import static com.benchcrm.common.WorkAuthorization.GC_EAD;
import static com.benchcrm.common.WorkAuthorization.GREEN_CARD;
import static com.benchcrm.common.WorkAuthorization.H1B;
import static com.benchcrm.common.WorkAuthorization.H4_EAD;
import static com.benchcrm.common.WorkAuthorization.L2_EAD;
import static com.benchcrm.common.WorkAuthorization.OPT_EAD;
import static com.benchcrm.common.WorkAuthorization.STEM_OPT;
import static com.benchcrm.common.WorkAuthorization.TN;
import static com.benchcrm.common.WorkAuthorization.US_CITIZEN;

import com.benchcrm.common.SkillNames;
import com.benchcrm.common.WorkAuthorization;
import java.util.List;
import java.util.Map;

/**
 * The built-in word lists: people's names, metro areas, fictional clients, vendor visa lines and
 * how long a technology can plausibly have been on a resume. All invented for the demo; phone
 * numbers use the fictional 555-01xx range and mail goes to example.com.
 */
final class Catalog {

    private Catalog() {
    }

    static final List<String> FIRST_NAMES = List.of(
            "James", "Michael", "David", "Robert", "Daniel", "Matthew", "Christopher", "Andrew", "Joshua", "Brian",
            "Jennifer", "Sarah", "Jessica", "Emily", "Ashley", "Megan", "Rachel", "Lauren", "Nicole", "Amanda",
            "Priya", "Rahul", "Anil", "Sneha", "Arjun", "Deepika", "Venkat", "Lakshmi", "Srinivas", "Kavya",
            "Ravi", "Anjali", "Suresh", "Divya", "Karthik", "Meera", "Rohit", "Pooja", "Vikram", "Neha",
            "Sanjay", "Harpreet", "Swati", "Naveen", "Sai", "Wei", "Mei", "Jian", "Xin", "Hiroshi",
            "Yuki", "Minh", "Linh", "Jose", "Maria", "Carlos", "Sofia", "Luis", "Ana", "Miguel",
            "Gabriela", "Diego", "Ahmed", "Fatima", "Omar", "Layla", "Hassan", "Tunde", "Ngozi", "Kwame",
            "Chidi", "Adaeze", "Dmitri", "Elena", "Ivan", "Olga", "Marcus", "Keisha", "Andre", "Jasmine");

    static final List<String> LAST_NAMES = List.of(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
            "Thomas", "Moore", "Jackson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen",
            "Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Ramirez", "Torres", "Flores", "Rivera",
            "Patel", "Shah", "Sharma", "Reddy", "Rao", "Kumar", "Singh", "Gupta", "Iyer", "Nair",
            "Menon", "Desai", "Joshi", "Kulkarni", "Agarwal", "Mehta", "Chowdhury", "Venkataraman", "Chen", "Wang",
            "Zhang", "Liu", "Huang", "Lin", "Kim", "Park", "Choi", "Nguyen", "Tran", "Pham",
            "Tanaka", "Sato", "Okafor", "Adeyemi", "Mensah", "Okonkwo", "Khan", "Hussain", "Abdullah", "Haddad",
            "Ivanov", "Petrov", "Kowalski", "Novak", "Silva", "Santos", "Murphy", "O'Brien", "Sullivan", "Cohen");

    /** A metro area; {@code weight} is how often consultants live or requirements sit there. */
    record Metro(String city, String state, String areaCode, int weight) {
    }

    static final List<Metro> METROS = List.of(
            new Metro("Dallas", "TX", "214", 5), new Metro("Irving", "TX", "972", 3),
            new Metro("Plano", "TX", "469", 3), new Metro("Houston", "TX", "713", 4),
            new Metro("Austin", "TX", "512", 3), new Metro("Charlotte", "NC", "704", 4),
            new Metro("Raleigh", "NC", "919", 2), new Metro("Atlanta", "GA", "404", 4),
            new Metro("Alpharetta", "GA", "678", 2), new Metro("Tampa", "FL", "813", 2),
            new Metro("Jacksonville", "FL", "904", 2), new Metro("Chicago", "IL", "312", 4),
            new Metro("Columbus", "OH", "614", 2), new Metro("Cincinnati", "OH", "513", 1),
            new Metro("Detroit", "MI", "313", 2), new Metro("Indianapolis", "IN", "317", 1),
            new Metro("Minneapolis", "MN", "612", 2), new Metro("St. Louis", "MO", "314", 1),
            new Metro("Kansas City", "MO", "816", 1), new Metro("New York", "NY", "212", 3),
            new Metro("Jersey City", "NJ", "201", 3), new Metro("Edison", "NJ", "732", 3),
            new Metro("Princeton", "NJ", "609", 2), new Metro("Philadelphia", "PA", "215", 2),
            new Metro("Pittsburgh", "PA", "412", 1), new Metro("Boston", "MA", "617", 2),
            new Metro("Hartford", "CT", "860", 1), new Metro("Washington", "DC", "202", 2),
            new Metro("Reston", "VA", "703", 2), new Metro("Richmond", "VA", "804", 1),
            new Metro("Baltimore", "MD", "410", 1), new Metro("Phoenix", "AZ", "602", 2),
            new Metro("Denver", "CO", "303", 2), new Metro("Salt Lake City", "UT", "801", 1),
            new Metro("San Jose", "CA", "408", 3), new Metro("San Francisco", "CA", "415", 2),
            new Metro("Los Angeles", "CA", "213", 2), new Metro("Sacramento", "CA", "916", 1),
            new Metro("Seattle", "WA", "206", 3), new Metro("Portland", "OR", "503", 1));

    /** An end client; every name is fictional. */
    record Client(String name, String industry) {
    }

    static final List<Client> CLIENTS = List.of(
            new Client("Northwind Bank", "banking"), new Client("Woodgrove Bank", "banking"),
            new Client("Granite Ledger Capital", "capital markets"), new Client("Prairie Lantern Credit Union", "banking"),
            new Client("Contoso Health", "healthcare"), new Client("Lamna Healthcare", "healthcare"),
            new Client("Harborlight Health System", "healthcare"), new Client("Fabrikam Insurance", "insurance"),
            new Client("Humongous Insurance", "insurance"), new Client("Bluebonnet Mutual Insurance", "insurance"),
            new Client("Tailspin Airlines", "airline"), new Client("Wingtip Logistics", "logistics"),
            new Client("Consolidated Messenger", "logistics"), new Client("Litware Retail", "retail"),
            new Client("Wide World Importers", "wholesale distribution"), new Client("Adventure Works Outfitters", "retail"),
            new Client("Fourth Coffee", "retail"), new Client("Relecloud Telecom", "telecom"),
            new Client("City Power & Light", "utilities"), new Client("Maple Crest Energy", "energy"),
            new Client("Trey Research Pharma", "pharma"), new Client("Lucerne Publishing", "media"),
            new Client("Proseware Software", "software"), new Client("VanArsdel Manufacturing", "manufacturing"),
            new Client("Alpine Ski House Resorts", "hospitality"), new Client("Bellows State University", "higher education"),
            new Client("State of Columbia Department of Revenue", "public sector"),
            new Client("Coho Vineyard & Winery", "consumer goods"));

    /** How a vendor mail states the visas it accepts, and what that means. */
    record VisaPolicy(String label, List<WorkAuthorization> accepted, int weight) {
    }

    static final List<VisaPolicy> VISA_POLICIES = List.of(
            new VisaPolicy("H1B, GC, USC", List.of(H1B, GREEN_CARD, US_CITIZEN), 22),
            new VisaPolicy("H1B, GC EAD, USC", List.of(H1B, GC_EAD, US_CITIZEN), 10),
            new VisaPolicy("All visas OK (OPT/STEM OPT, H4/L2 EAD, H1B, GC, USC)",
                    List.of(US_CITIZEN, GREEN_CARD, GC_EAD, H1B, H4_EAD, L2_EAD, OPT_EAD, STEM_OPT, TN), 15),
            new VisaPolicy("No OPT/CPT", List.of(US_CITIZEN, GREEN_CARD, GC_EAD, H1B, H4_EAD, L2_EAD, TN), 15),
            new VisaPolicy("No H1B (USC, GC, GC EAD, H4 EAD, L2 EAD)",
                    List.of(US_CITIZEN, GREEN_CARD, GC_EAD, H4_EAD, L2_EAD), 14),
            new VisaPolicy("USC/GC only", List.of(US_CITIZEN, GREEN_CARD), 17),
            new VisaPolicy("USC only (public sector)", List.of(US_CITIZEN), 7));

    /**
     * The most years a resume can credibly claim for a technology as of the 2026 demo anchor;
     * skills not listed are capped only by the consultant's own experience.
     */
    private static final Map<String, Integer> MAX_YEARS = Map.ofEntries(
            Map.entry("kubernetes", 11), Map.entry("docker", 12), Map.entry("terraform", 11),
            Map.entry("spring boot", 12), Map.entry("spring cloud", 10), Map.entry("reactjs", 12),
            Map.entry("angular", 10), Map.entry("typescript", 12), Map.entry(".net core", 10),
            Map.entry("kafka", 13), Map.entry("airflow", 10), Map.entry("snowflake", 9),
            Map.entry("databricks", 10), Map.entry("dbt", 8), Map.entry("pyspark", 12),
            Map.entry("next.js", 9), Map.entry("redux", 10), Map.entry("ngrx", 9), Map.entry("rxjs", 10),
            Map.entry("jest", 10), Map.entry("cypress", 9), Map.entry("playwright", 6),
            Map.entry("graphql", 10), Map.entry("helm", 10), Map.entry("argocd", 7),
            Map.entry("github actions", 7), Map.entry("prometheus", 11), Map.entry("grafana", 11),
            Map.entry("eks", 8), Map.entry("aks", 8), Map.entry("bicep", 5), Map.entry("aws lambda", 12),
            Map.entry("azure functions", 10), Map.entry("azure devops", 10), Map.entry("microservices", 13),
            Map.entry("lightning web components", 7), Map.entry("salesforce dx", 9), Map.entry("copado", 10),
            Map.entry("flows", 10), Map.entry("salesforce cpq", 11), Map.entry("sap s/4hana", 11),
            Map.entry("sap fiori", 12), Map.entry("sapui5", 12), Map.entry("sap btp", 6),
            Map.entry("cds views", 10), Map.entry("sap central finance", 10), Map.entry("generative ai", 4),
            Map.entry("langchain", 3), Map.entry("mlflow", 8), Map.entry("mlops", 7), Map.entry("pytorch", 10),
            Map.entry("tensorflow", 11), Map.entry("aws sagemaker", 9), Map.entry("fastapi", 7),
            Map.entry("jira align", 7), Map.entry("safe", 14), Map.entry("microsoft sentinel", 7),
            Map.entry("crowdstrike", 12), Map.entry("zscaler", 12), Map.entry("sd-wan", 11),
            Map.entry("vue.js", 12), Map.entry("svelte", 9), Map.entry("micro frontends", 7),
            Map.entry("nestjs", 9), Map.entry("go", 15), Map.entry("pulumi", 8), Map.entry("istio", 9),
            Map.entry("delta lake", 7), Map.entry("apache iceberg", 7), Map.entry("apache flink", 12),
            Map.entry("vertex ai", 5), Map.entry("blazor", 8), Map.entry("quarkus", 8), Map.entry("micronaut", 8),
            Map.entry("aws glue", 10), Map.entry("azure data factory", 10), Map.entry("material ui", 10),
            Map.entry("figma", 10), Map.entry("datadog", 12), Map.entry("aws control tower", 7),
            Map.entry("experience cloud", 10), Map.entry("veeva crm", 15), Map.entry("sap ibp", 10),
            Map.entry("sap ewm", 15), Map.entry("node.js", 17), Map.entry("express.js", 15),
            Map.entry("jasmine", 15), Map.entry("karma", 12), Map.entry("gitlab ci", 12));

    /** At most this many years on a resume for {@code skill}, and never more than {@code careerYears}. */
    static int maxYears(String skill, int careerYears) {
        Integer cap = MAX_YEARS.get(SkillNames.key(skill));
        return cap == null ? careerYears : Math.min(cap, careerYears);
    }
}
