/** The {@link com.benchcrm.documents.DocumentText} adapter: PDF (PDFBox), DOCX (StAX), RTF, text. */
@NullMarked
package com.benchcrm.documents.text;

import org.jspecify.annotations.NullMarked;
