/** The {@link com.benchcrm.documents.DocumentText} adapter: PDF (PDFBox), DOCX (StAX), RTF, text. */
package com.benchcrm.documents.text;
