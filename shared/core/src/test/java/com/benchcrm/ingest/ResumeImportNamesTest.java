package com.benchcrm.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResumeImportNamesTest {

    @Test
    void nameFromFile_dropsResumeWordsNumbersAndExtension() {
        assertThat(ResumeImport.nameFromFile("riley_quinn-resume (2).pdf")).isEqualTo("Riley Quinn");
        assertThat(ResumeImport.nameFromFile("C:\\Users\\me\\Downloads\\JANE.DOE_CV_v3.docx"))
                .isEqualTo("JANE DOE");
        assertThat(ResumeImport.nameFromFile("/tmp/o'brien-updated-resume.txt")).isEqualTo("O'brien");
    }

    @Test
    void nameFromFile_nothingNameLike_isNull() {
        assertThat(ResumeImport.nameFromFile("resume.pdf")).isNull();
        assertThat(ResumeImport.nameFromFile("12345.docx")).isNull();
        assertThat(ResumeImport.nameFromFile("CV_final (1).pdf")).isNull();
    }

    @Test
    void fallbackName_emailThenFileThenTheDocumentsHash() {
        byte[] doc = "no name here".getBytes(StandardCharsets.UTF_8);

        assertThat(ResumeImport.fallbackName("sam.lee@example.com", "x.pdf", doc))
                .isEqualTo("sam.lee");
        assertThat(ResumeImport.fallbackName(null, "sam_lee.pdf", doc)).isEqualTo("Sam Lee");
        String unnamed = ResumeImport.fallbackName(null, null, doc);
        assertThat(unnamed)
                .matches("Unnamed consultant \\([0-9a-f]{8}\\)")
                .isEqualTo(ResumeImport.fallbackName(null, "resume.pdf", doc))
                .isNotEqualTo(ResumeImport.fallbackName(null, null, "another".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void displayName_capitalsAsARecruiterWritesThem_otherNamesAsTheyAre() {
        assertThat(ResumeImport.displayName("TAYLOR SAMPLE")).isEqualTo("Taylor Sample");
        assertThat(ResumeImport.displayName("MARY-JANE O'NEIL")).isEqualTo("Mary-Jane O'Neil");
        assertThat(ResumeImport.displayName("K. SIDDHARTH")).isEqualTo("K. Siddharth");
        assertThat(ResumeImport.displayName("Riley McQueen")).isEqualTo("Riley McQueen");
        assertThat(ResumeImport.displayName("van der Berg")).isEqualTo("van der Berg");
        assertThat(ResumeImport.displayName("AL")).isEqualTo("AL");
        assertThat(ResumeImport.displayName(null)).isNull();
    }
}
