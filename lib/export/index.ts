/**
 * The export formats of GET /api/export (CSV, JSON, CSL-JSON, RIS, BibTeX): pure writers of
 * ExportRecords, the file's name and the streamed body. The route resolves the records from
 * lib/data; nothing here reads data.
 */
export { EXPORT_FORMATS, EXPORT_FORMAT_INFO, exportWriter, isExportFormat, writeExport, type ExportFormat, type ExportWriter } from './formats';
export { exportHref } from './format-names';
export { contentDisposition, exportFilename, type ExportFilename } from './filename';
export { exportStream } from './stream';
export { exportRecord, type ExportMeta, type ExportRecord } from './record';
