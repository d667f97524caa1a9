// How a .docx says bdg wrote it (docs/contract.md §4.3 "bdg recognises its own outputs by their
// metadata"): a custom document property (docProps/custom.xml), which Word and LibreOffice keep
// when the officer edits and saves the report. A clerk's own Word file never carries it.
export const DOCX_FORMAT_PROPERTY = "bdg.format";
export const DOCX_FORMAT = "bdg-narrative-report";
