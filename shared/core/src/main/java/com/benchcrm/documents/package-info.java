/** Document text (resumes as PDF, DOCX, RTF, text) behind the {@link com.benchcrm.documents.DocumentText} port. */
@NullMarked
package com.benchcrm.documents;

import org.jspecify.annotations.NullMarked;
