/** Document text (resumes as PDF, DOCX, RTF, text) behind the {@link com.benchcrm.documents.DocumentText} port. */
package com.benchcrm.documents;
